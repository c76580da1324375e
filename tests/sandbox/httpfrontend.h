// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>

#include <functional>

/// QtHttpServer's connection handling and request parsing, with every request handed to one
/// function. The sandbox routes by itself rather than through QHttpServer's router: in 6.4
/// the router sends a wrong method to the missing handler, its afterRequest hooks skip
/// responder routes, and faults need the socket anyway; one entry point answers every
/// request (unknown routes and wrong methods included) with the same headers.
class HttpFrontEnd final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpFrontEnd(Handler handler, QObject *parent = nullptr)
        : QAbstractHttpServer(parent), m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    // Never called: handleRequest() takes every request.
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
};
