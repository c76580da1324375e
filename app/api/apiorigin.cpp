// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apiorigin.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ApiOrigin {

QString origin(const QUrl &url)
{
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host());
    const int defaultPort = origin.scheme() == u"https" ? 443 : origin.scheme() == u"http" ? 80 : -1;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString originA = origin(a);
    return !originA.isEmpty() && originA == origin(b);
}

QString problem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiOrigin", "not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return QCoreApplication::translate("ApiOrigin",
                                           "only https:// (or http:// to this computer) is allowed");
    const QHostAddress address(url.host());
    if (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback()))
        return {};
    return QCoreApplication::translate("ApiOrigin",
        "plain http:// would send the admin key unencrypted; use https://, or http:// only "
        "to 127.0.0.1, ::1 or localhost");
}

} // namespace ApiOrigin
