// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "keystore.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

/// One organization OrgDesk talks to: a name a person chose, the API's base URL, and (in the
/// keychain, never here) its admin key.
struct Connection
{
    /// Stable and never shown: names the keychain entry and anything kept per connection
    /// (the listing cache). A rename keeps it.
    QString id;
    QString name;
    QUrl baseUrl;

    friend bool operator==(const Connection &, const Connection &) = default;
};

/// The connections: names and base URLs in the settings (QSettings group "connections"), each
/// admin key in the keychain under an entry of its own (keyEntry()).
///
/// Keychain work is asynchronous like KeyStore's: a connection is added only once its key is
/// stored, and removed together with its keychain entry. An admin key stored the old way, per
/// API origin, becomes the first connection without being typed again (migrateOriginKey()).
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    using AddHandler = std::function<void(const KeyStore::Result &result, const Connection &added)>;
    using MigrateHandler = std::function<void(const std::optional<Connection> &migrated)>;

    /// @p keys is not owned.
    explicit ConnectionStore(KeyStore *keys, QObject *parent = nullptr);

    /// The keychain entry of connection @p id ("connection:" + id).
    [[nodiscard]] static QString keyEntry(const QString &id);

    [[nodiscard]] QList<Connection> connections() const { return m_connections; }
    [[nodiscard]] std::optional<Connection> connection(const QString &id) const;
    /// The connection called @p name, ignoring case (--connection NAME).
    [[nodiscard]] std::optional<Connection> findByName(const QString &name) const;

    /// The connection used last (restored at start); empty when none was.
    [[nodiscard]] QString lastUsedId() const;
    void setLastUsed(const QString &id);

    /// Stores @p key in the keychain, then keeps the connection; @p done runs with the result
    /// and the connection (an empty id when it was not added). A name must be unique.
    void add(const QString &name, const QUrl &baseUrl, const QString &key, QObject *context,
             AddHandler done);
    /// Renames; false when @p id is unknown or @p name is empty or taken by another.
    bool rename(const QString &id, const QString &name);
    /// Deletes the keychain entry, then forgets the connection (removed() follows). If the
    /// entry cannot be deleted the connection stays and @p done says why.
    void remove(const QString &id, QObject *context, KeyStore::Handler done);
    /// Reads the admin key of connection @p id.
    void readKey(const QString &id, QObject *context, KeyStore::ReadHandler done);

    /// With no connection yet: the key stored for @p baseUrl's origin (OrgDesk before
    /// connections) is moved to a first connection called @p name. @p done gets it, or nothing
    /// when there was no such key, a connection already exists, or the keychain failed.
    void migrateOriginKey(const QUrl &baseUrl, const QString &name, QObject *context,
                          MigrateHandler done);

Q_SIGNALS:
    /// The list changed (added, renamed, removed).
    void changed();
    /// Connection @p id is gone with its key: drop what is kept for it.
    void removed(const QString &id);

private:
    [[nodiscard]] bool nameTaken(const QString &name, const QString &exceptId = {}) const;
    void load();
    void save();

    KeyStore *m_keys;
    QSettings m_settings;
    QList<Connection> m_connections;
};
