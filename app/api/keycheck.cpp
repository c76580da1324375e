// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "keycheck.h"

#include "adminapiclient.h"
#include "apilogging.h"

KeyCheck::KeyCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

KeyCheck::~KeyCheck()
{
    cancel();
}

QString KeyCheck::normalizedKey(const QString &typed)
{
    QString key = typed.trimmed();
    const QLatin1String bearer("Bearer ");
    if (key.startsWith(bearer, Qt::CaseInsensitive))
        key = key.mid(bearer.size());
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

QString KeyCheck::problemText(const ApiError &error, const QString &key)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        return tr("OpenAI rejected this key (401). Check that you copied the whole admin key and "
                  "that it has not been revoked or deleted.");
    case ApiError::Kind::Forbidden:
        if (key.startsWith(QLatin1String("sk-proj-"))) {
            return tr("OpenAI refused this project key (403): the Admin API needs an admin key "
                      "(sk-admin-…), which an organization owner creates under Settings → "
                      "Organization → Admin keys at platform.openai.com.");
        }
        return tr("This key may not manage the organization (403). It is probably a project "
                  "key, or an admin key without the api.management.read scope. The Admin API "
                  "needs an admin key (sk-admin-…), which an organization owner creates under "
                  "Settings → Organization → Admin keys at platform.openai.com.");
    default:
        break;
    }
    QString message = error.userMessageWithoutRequestId();
    if (!key.isEmpty())
        message.replace(key, QStringLiteral("sk-…"));
    return message;
}

void KeyCheck::start(const QUrl &baseUrl, const QString &key, Handler done)
{
    cancel();
    m_checker = new AdminApiClient(m_network, this);
    m_checker->setBaseUrl(baseUrl);
    m_checker->setTimeout(m_timeout);
    m_checker->setMaxRetries(m_maxRetries);
    m_checker->setApiKey(key);

    ListQuery query;
    query.limit = 1;
    qCDebug(lcOrgDeskApi) << "checking a key for" << baseUrl.host();
    m_call = m_checker->listProjects(query, this,
                                     [this, done = std::move(done)](const ApiResult<ProjectPage> &result) {
        // The client goes after this handler has returned: it is still calling it.
        if (m_checker)
            m_checker->deleteLater();
        m_checker.clear();
        m_call.clear();
        const ApiError error = result.ok() ? ApiError() : result.error();
        qCDebug(lcOrgDeskApi) << "the key check ended:" << int(error.kind()) << error.httpStatus()
                              << error.requestId();
        done(error);
    });
}

void KeyCheck::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
    if (m_checker)
        m_checker->deleteLater();
    m_checker.clear();
}
