// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

/// The admin keys in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager), one entry per API origin, through QtKeychain.
///
/// Every operation is asynchronous and answers through a callback that runs only while its
/// context object lives. There is never a plain-text fallback: when no keychain can be used,
/// the answer says so (Status::Unavailable) and the caller may use the key for the session only.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,          ///< done
        NotFound,    ///< no key is stored for the origin: ask the user
        Unavailable, ///< no keychain service: say what to install, or use the key for the session
        /// Locked, or the user refused access: libsecret reports both alike, so the two
        /// cannot be told apart. Never asked again by itself: the user said no, or must unlock.
        Denied,
        Other,       ///< the keychain failed for another reason: show its message
    };
    Q_ENUM(Status)

    /// The outcome of one operation. Never holds the key, so it is safe to log.
    struct Result
    {
        Status status = Status::Ok;
        /// A translated sentence for a person; empty when status is Ok.
        QString message;
        /// The keychain's own error text, untranslated (for the log); may be empty.
        QString detail;

        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };

    using ReadHandler = std::function<void(const Result &result, const QString &key)>;
    using Handler = std::function<void(const Result &result)>;

    explicit KeyStore(QObject *parent = nullptr);

    /// "OrgDesk": the service name the entries are stored under.
    [[nodiscard]] static QString defaultService();

    /// Tests use a service name of their own so they never touch the application's entries.
    void setService(const QString &service);
    [[nodiscard]] QString service() const;

    /// A Secret Service that is still starting (right after login) fails the first read; the
    /// read is repeated once after @p delay (default 2 s) for a missing service or another
    /// error, never after Denied (that would prompt the user a second time). Zero: no retry.
    void setRetryDelay(std::chrono::milliseconds delay);

    /// Reads the key stored for @p origin (e.g. "https://api.openai.com"). @p done gets the key
    /// when the status is Ok, an empty string otherwise.
    void readKey(const QString &origin, QObject *context, ReadHandler done);
    /// Stores @p key for @p origin, replacing any earlier one.
    void writeKey(const QString &origin, const QString &key, QObject *context, Handler done);
    /// Removes the key of @p origin. An entry that does not exist counts as removed (Ok).
    void removeKey(const QString &origin, QObject *context, Handler done);

private:
    QString m_service;
    std::chrono::milliseconds m_retryDelay;
};
