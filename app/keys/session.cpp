// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "session.h"

#include "adminapiclient.h"
#include "apiorigin.h"
#include "keyslogging.h"
#include "keystore.h"

class Session::Private
{
public:
    AdminApiClient *client = nullptr;
    KeyStore *store = nullptr;
    KeySource source = KeySource::None;
    // Bumped by start, useKey and forget: a keychain answer for an older request must not
    // overwrite what the user did since.
    quint64 generation = 0;
    QString keychainProblem;
    QString entry; ///< empty: the origin's

    // Remembers whether the keychain works, and tells the window when it does not.
    void reportKeychain(Session *q, const KeyStore::Result &result, const QString &message)
    {
        const bool works = result.ok() || result.status == KeyStore::Status::NotFound;
        keychainProblem = works ? QString() : message;
        if (!works)
            Q_EMIT q->keychainUnavailable(message);
    }
};

Session::Session(AdminApiClient *client, KeyStore *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    Q_ASSERT(client);
    Q_ASSERT(store);
    d->client = client;
    d->store = store;
    connect(client, &AdminApiClient::unauthorized, this, [this] {
        if (hasKey())
            Q_EMIT keyRejected(d->source);
    });
}

Session::~Session() = default;

QString Session::origin() const
{
    return ApiOrigin::origin(d->client->baseUrl());
}

QString Session::keyEntry() const
{
    return d->entry.isEmpty() ? origin() : d->entry;
}

void Session::setKeyEntry(const QString &entry)
{
    d->entry = entry;
}

void Session::switchTo(const QUrl &baseUrl, const QString &entry)
{
    ++d->generation;
    d->source = KeySource::None;
    d->client->setApiKey({});
    d->client->setBaseUrl(baseUrl);
    d->entry = entry;
    start();
}

bool Session::hasKey() const
{
    return d->source != KeySource::None && d->client->hasApiKey();
}

Session::KeySource Session::keySource() const
{
    return hasKey() ? d->source : KeySource::None;
}

QString Session::keychainProblem() const
{
    return d->keychainProblem;
}

QString Session::takeEnvironmentKey()
{
    static const char Name[] = "OPENAI_ADMIN_KEY";
    const QString key = qEnvironmentVariable(Name);
    if (qEnvironmentVariableIsSet(Name))
        qunsetenv(Name);
    return key;
}

void Session::start(const QString &environmentKey)
{
    const quint64 generation = ++d->generation;
    const QString key = environmentKey.trimmed();
    if (!key.isEmpty()) {
        qCInfo(lcKeys) << "using the admin key from the environment for" << origin()
                       << "(this session only)";
        d->client->setApiKey(key);
        d->source = KeySource::Environment;
        Q_EMIT keyReady(d->source);
        return;
    }

    const QString origin = keyEntry();
    if (origin.isEmpty()) {
        qCWarning(lcKeys) << "no valid API origin; asking for a key";
        Q_EMIT keyMissing();
        return;
    }
    d->store->readKey(origin, this,
                      [this, generation, origin](const KeyStore::Result &result, const QString &key) {
        if (generation != d->generation) {
            qCDebug(lcKeys) << "ignoring a keychain answer that came after the key changed";
            return;
        }
        d->reportKeychain(this, result, result.message);
        switch (result.status) {
        case KeyStore::Status::Ok:
            if (key.isEmpty()) {
                Q_EMIT keyMissing();
                return;
            }
            qCInfo(lcKeys) << "using the admin key from the keychain for" << origin;
            d->client->setApiKey(key);
            d->source = KeySource::Keychain;
            Q_EMIT keyReady(d->source);
            return;
        case KeyStore::Status::NotFound:
            qCInfo(lcKeys) << "no admin key stored for" << origin;
            Q_EMIT keyMissing();
            return;
        case KeyStore::Status::Unavailable:
        case KeyStore::Status::Denied:
        case KeyStore::Status::Other:
            qCWarning(lcKeys) << "cannot read the keychain for" << origin << ":" << result.detail;
            return;
        }
    });
}

void Session::useKey(const QString &key, bool save)
{
    const quint64 generation = ++d->generation;
    d->client->setApiKey(key);
    d->source = save ? KeySource::Keychain : KeySource::SessionOnly;
    Q_EMIT keyReady(d->source);
    if (!save)
        return;

    const QString origin = keyEntry();
    d->store->writeKey(origin, key, this, [this, generation, origin](const KeyStore::Result &result) {
        if (result.ok()) {
            qCInfo(lcKeys) << "saved the admin key for" << origin << "in the keychain";
            d->reportKeychain(this, result, {});
            Q_EMIT keySaved();
            return;
        }
        qCWarning(lcKeys) << "cannot save the key for" << origin << ":" << result.detail;
        // The key stays in use; it just will not be there next time.
        if (generation == d->generation && d->source == KeySource::Keychain)
            d->source = KeySource::SessionOnly;
        d->reportKeychain(this, result, result.message);
    });
}

void Session::forget()
{
    // Out of memory at once, so no request uses the key while the keychain works.
    ++d->generation;
    d->client->setApiKey({});
    d->source = KeySource::None;

    const QString origin = keyEntry();
    d->store->removeKey(origin, this, [this, origin](const KeyStore::Result &result) {
        if (!result.ok()) {
            qCWarning(lcKeys) << "cannot remove the key for" << origin << ":" << result.detail;
        } else {
            qCInfo(lcKeys) << "forgot the admin key for" << origin;
        }
        d->reportKeychain(this, result, tr("The key is no longer used, but it could not be removed from "
                                  "the system keychain. %1").arg(result.message));
        Q_EMIT keyForgotten();
    });
}
