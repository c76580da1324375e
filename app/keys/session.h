// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class AdminApiClient;
class KeyStore;

/// Where the admin key for the API origin comes from, and the one place it is kept in memory.
///
/// start() takes a key from OPENAI_ADMIN_KEY (used for this session, never saved unless the
/// user chooses to) or reads the keychain entry keyEntry() (a connection's, else the client's
/// origin), asynchronously: the window does not wait. The key is handed to the client; nothing else holds it.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class KeySource { None, Environment, Keychain, SessionOnly };
    Q_ENUM(KeySource)

    /// Neither @p client nor @p store is owned.
    Session(AdminApiClient *client, KeyStore *store, QObject *parent = nullptr);
    ~Session() override;

    /// The origin keys are stored per, e.g. "https://api.openai.com" or "http://127.0.0.1:8080".
    [[nodiscard]] QString origin() const;
    /// The keychain entry the key is read from, saved to and forgotten from: a connection's
    /// (ConnectionStore::keyEntry) or, when none was set, the API origin's (before connections).
    [[nodiscard]] QString keyEntry() const;
    /// Uses @p entry from now on, without touching the key in use (a key just saved per origin
    /// that became a connection's).
    void setKeyEntry(const QString &entry);
    /// Another connection: the key in use goes at once (the client's clean cut: every request
    /// of the old one ends), the client turns to @p baseUrl, and the key of @p entry is read
    /// like start() reads it.
    void switchTo(const QUrl &baseUrl, const QString &entry);
    [[nodiscard]] bool hasKey() const;
    [[nodiscard]] KeySource keySource() const;
    /// The message of the last keychainUnavailable, until the keychain works again; empty if
    /// the keychain worked last time. Lets a dialog opened later show why nothing was saved.
    [[nodiscard]] QString keychainProblem() const;

    /// Reads OPENAI_ADMIN_KEY and removes it from the process environment, so that no child
    /// process (a browser opened from a link, say) inherits it. Call before any thread starts.
    [[nodiscard]] static QString takeEnvironmentKey();

    /// Environment key if given, else an async keychain read. Emits keyReady, keyMissing or
    /// keychainUnavailable.
    void start(const QString &environmentKey = {});

    /// Uses @p key from now on. With @p save, also writes it to the keychain entry keyEntry();
    /// keySaved or keychainUnavailable follow.
    void useKey(const QString &key, bool save);
    /// Forgets the key in memory at once and deletes the keychain entry keyEntry() (an entry
    /// that does not exist counts as deleted). keyForgotten follows; if the entry could not be
    /// deleted, keychainUnavailable comes first.
    void forget();

Q_SIGNALS:
    /// The client has a key: load the projects.
    void keyReady(Session::KeySource source);
    /// No key anywhere: ask for one.
    void keyMissing();
    /// The key was written to the keychain.
    void keySaved();
    /// The key is gone from memory and keychain: empty the table, show the no-key state.
    void keyForgotten();
    /// The keychain cannot be used (not installed, locked, access refused, other failure).
    /// @p message says what to do in words a person understands.
    void keychainUnavailable(const QString &message);
    /// The client was answered 401 while it had a key from @p source: the key is wrong or
    /// revoked. The key stays set; the window decides what to offer.
    void keyRejected(Session::KeySource source);

private:
    class Private;
    std::unique_ptr<Private> d;
};
