// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "keystore.h"

#include "keychainresult_p.h"
#include "keyslogging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeys, "orgdesk.keys")

using namespace std::chrono_literals;

namespace {

// QtKeychain reports a missing or unreachable Secret Service as OtherError with the D-Bus or
// libsecret text; these fragments tell "no keychain here" apart from a real failure.
bool looksLikeNoService(const QString &errorString)
{
    static const char *const fragments[] = {
        "Could not connect",              // no session bus at all
        "autolaunch",                     // no bus, no X11 to start one
        "ServiceUnknown",                 // bus without a Secret Service
        "not provided by any .service",   // same, as the bus words it
        "org.freedesktop.secrets",
        "Object does not exist at path",  // a keyring daemon without a default collection
        "No such interface",
        "Failed to open wallet",          // KWallet
        "Could not open wallet",
    };
    for (const char *fragment : fragments) {
        if (errorString.contains(QLatin1String(fragment), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLocked(const QString &errorString)
{
    return errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

QString noServiceMessage()
{
    return KeyStore::tr("No keychain service is running. Install and unlock GNOME Keyring or "
                        "KWallet, or use the key for this session only.");
}

QString lockedOrDeniedMessage()
{
    return KeyStore::tr("The system keychain is locked or refused access. Unlock it (GNOME "
                        "Keyring, KWallet or your system's password manager) and allow OrgDesk "
                        "to use it, or use the key for this session only.");
}

} // namespace

// A failure worth one more try: the Secret Service may still be starting after login. Not a
// refusal or a locked keychain: trying again would prompt the user again.
bool keyStoreRetries(const KeyStore::Result &result)
{
    return result.status == KeyStore::Status::Unavailable
        || result.status == KeyStore::Status::Other;
}

namespace {

KeyStore::Result resultOf(const QKeychain::Job *job)
{
    return keyStoreResult(job->error(), job->errorString());
}

void startRead(const QString &service, const QString &origin, const QPointer<QObject> &context,
               const KeyStore::ReadHandler &done, std::chrono::milliseconds retryDelay)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setKey(origin);
    QObject::connect(job, &QKeychain::Job::finished, context.data(),
                     [service, origin, context, done, retryDelay](QKeychain::Job *finished) {
        const KeyStore::Result result = resultOf(finished);
        if (retryDelay > 0ms && keyStoreRetries(result)) {
            qCInfo(lcKeys) << "reading the key of" << origin << "failed (" << result.detail
                           << "); trying once more in" << retryDelay.count() << "ms";
            QTimer::singleShot(retryDelay, context.data(), [service, origin, context, done] {
                startRead(service, origin, context, done, 0ms);
            });
            return;
        }
        qCDebug(lcKeys) << "read the key of" << origin << ":" << result.status << result.detail;
        const auto *readJob = static_cast<const QKeychain::ReadPasswordJob *>(finished);
        done(result, result.ok() ? readJob->textData() : QString());
    });
    job->start();
}

} // namespace

KeyStore::Result keyStoreResult(QKeychain::Error error, const QString &errorString)
{
    KeyStore::Result result;
    result.detail = errorString;
    switch (error) {
    case QKeychain::NoError:
        result.detail.clear();
        return result;
    case QKeychain::EntryNotFound:
        result.status = KeyStore::Status::NotFound;
        result.message = KeyStore::tr("No admin key is stored for this server yet.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeyStore::Status::Unavailable;
        result.message = noServiceMessage();
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeyStore::Status::Denied;
        result.message = lockedOrDeniedMessage();
        return result;
    case QKeychain::OtherError:
        if (looksLocked(errorString)) {
            result.status = KeyStore::Status::Denied;
            result.message = lockedOrDeniedMessage();
            return result;
        }
        if (looksLikeNoService(errorString)) {
            result.status = KeyStore::Status::Unavailable;
            result.message = noServiceMessage();
            return result;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = KeyStore::Status::Other;
    result.message = errorString.isEmpty()
        ? KeyStore::tr("The system keychain reported an error.")
        : KeyStore::tr("The system keychain reported an error: %1").arg(errorString);
    return result;
}

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
    , m_service(defaultService())
    , m_retryDelay(2s)
{
}

QString KeyStore::defaultService()
{
    return QStringLiteral("OrgDesk");
}

void KeyStore::setService(const QString &service)
{
    m_service = service;
}

QString KeyStore::service() const
{
    return m_service;
}

void KeyStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = delay;
}

void KeyStore::readKey(const QString &origin, QObject *context, ReadHandler done)
{
    startRead(m_service, origin, context ? context : this, done, m_retryDelay);
}

void KeyStore::writeKey(const QString &origin, const QString &key, QObject *context, Handler done)
{
    // The job holds the only other copy of the key until it has handed it to the keychain.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(origin);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [origin, done = std::move(done)](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        qCDebug(lcKeys) << "wrote the key of" << origin << ":" << result.status << result.detail;
        done(result);
    });
    job->start();
}

void KeyStore::removeKey(const QString &origin, QObject *context, Handler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(origin);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [origin, done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.status == Status::NotFound)
            result = {}; // nothing to remove is what the caller wanted
        qCDebug(lcKeys) << "removed the key of" << origin << ":" << result.status << result.detail;
        done(result);
    });
    job->start();
}
