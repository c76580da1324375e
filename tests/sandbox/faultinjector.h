// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

class ProjectStore;
class QRandomGenerator;

/// What a fault's answer may need of the request it answers.
struct FaultContext
{
    const ProjectStore &store; ///< the organization's (the default one when no key matched)
    QRandomGenerator &random;  ///< for fresh cursors
    QUrlQuery query;
    QString pathAndQuery;      ///< as requested: a redirect keeps it
    quint16 port = 0;          ///< the sandbox's
    int use = 0;               ///< 0 for the first request the fault answers, 1 for the next...
};

/// The queue of faults waiting for matching requests, and the answers they turn into.
class FaultInjector
{
public:
    /// Queues @p fault; a fault with a count below 1 is ignored.
    void add(const SandboxFault &fault);
    void clear();
    /// Uses left, summed over all queued faults.
    [[nodiscard]] int pendingCount() const;
    struct Taken
    {
        SandboxFault fault;
        int use = 0; ///< how many requests it answered before this one
    };
    /// Uses up one use of the oldest fault that matches, if any.
    [[nodiscard]] std::optional<Taken> take(const QByteArray &method, const QString &path);
    [[nodiscard]] QJsonArray toJson() const;

    /// What the client gets for @p fault. @p served is the normal answer when the fault comes
    /// after the effect (its body is what gets cut, dropped or spoiled), or nothing.
    [[nodiscard]] static bool needsServedAnswer(const SandboxFault &fault)
    {
        return fault.afterEffect || fault.kind == SandboxFault::Kind::InvalidItem;
    }
    [[nodiscard]] static SandboxResponse answer(const SandboxFault &fault,
                                                const FaultContext &context,
                                                const std::optional<SandboxResponse> &served);

    /// "kind=html,status=502,count=2,..." (see SandboxServer::faultFromSpec).
    [[nodiscard]] static std::optional<SandboxFault> fromSpec(const QString &spec, QString *error);
    /// {"kind":"status","status":500,"method":"POST","path":"...","count":2,"retry_after":1,
    ///  "retry_after_ms":1500,"should_retry":false,"after_effect":true,"param":"name",
    ///  "message":"...","size_mib":64,"compressible":true,"location":"http://..."}; every key
    ///  optional.
    [[nodiscard]] static std::optional<SandboxFault> fromJson(const QJsonObject &object,
                                                              QString *error);
    [[nodiscard]] static QJsonObject toJson(const SandboxFault &fault);

private:
    struct Queued
    {
        SandboxFault fault; ///< its count goes down with each use
        int used = 0;
    };
    QList<Queued> m_faults;
};
