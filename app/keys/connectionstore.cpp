// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "connectionstore.h"

#include "apiorigin.h"
#include "keyslogging.h"

#include <QPointer>
#include <QUuid>

namespace {

constexpr auto Group = "connections";
constexpr auto LastUsedKey = "lastConnection";

} // namespace

ConnectionStore::ConnectionStore(KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_settings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"))
{
    load();
}

QString ConnectionStore::keyEntry(const QString &id)
{
    return QStringLiteral("connection:") + id;
}

std::optional<Connection> ConnectionStore::connection(const QString &id) const
{
    for (const Connection &c : m_connections) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<Connection> ConnectionStore::findByName(const QString &name) const
{
    for (const Connection &c : m_connections) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString ConnectionStore::lastUsedId() const
{
    const QString id = m_settings.value(QLatin1String(LastUsedKey)).toString();
    return connection(id) ? id : QString();
}

void ConnectionStore::setLastUsed(const QString &id)
{
    m_settings.setValue(QLatin1String(LastUsedKey), id);
    m_settings.sync();
}

void ConnectionStore::add(const QString &name, const QUrl &baseUrl, const QString &key,
                          QObject *context, AddHandler done)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || nameTaken(trimmed)) {
        done({KeyStore::Status::Other, tr("Another connection is already called %1.").arg(trimmed), {}},
             {});
        return;
    }
    Connection added{QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, baseUrl};
    QPointer<ConnectionStore> self(this);
    m_keys->writeKey(keyEntry(added.id), key, context,
                     [self, added, done](const KeyStore::Result &result) {
                         if (!self || !result.ok()) {
                             done(result, {});
                             return;
                         }
                         self->m_connections.append(added);
                         self->save();
                         qCInfo(lcKeys) << "connection added" << added.id;
                         Q_EMIT self->changed();
                         done(result, added);
                     });
}

bool ConnectionStore::rename(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || nameTaken(trimmed, id))
        return false;
    for (Connection &c : m_connections) {
        if (c.id == id) {
            c.name = trimmed;
            save();
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

void ConnectionStore::remove(const QString &id, QObject *context, KeyStore::Handler done)
{
    QPointer<ConnectionStore> self(this);
    m_keys->removeKey(keyEntry(id), context, [self, id, done](const KeyStore::Result &result) {
        if (self && result.ok()) {
            self->m_connections.removeIf([&id](const Connection &c) { return c.id == id; });
            self->save();
            qCInfo(lcKeys) << "connection removed" << id;
            Q_EMIT self->removed(id);
            Q_EMIT self->changed();
        }
        done(result);
    });
}

void ConnectionStore::readKey(const QString &id, QObject *context, KeyStore::ReadHandler done)
{
    m_keys->readKey(keyEntry(id), context, std::move(done));
}

void ConnectionStore::migrateOriginKey(const QUrl &baseUrl, const QString &name,
                                       QObject *context, MigrateHandler done)
{
    const QString origin = ApiOrigin::origin(baseUrl);
    if (!m_connections.isEmpty() || origin.isEmpty()) {
        done(std::nullopt);
        return;
    }
    QPointer<ConnectionStore> self(this);
    QPointer<QObject> guard(context);
    m_keys->readKey(origin, context, [self, guard, origin, baseUrl, name, done](
                                         const KeyStore::Result &read, const QString &key) {
        if (!self || !read.ok() || key.isEmpty()) {
            done(std::nullopt);
            return;
        }
        self->add(name, baseUrl, key, guard, [self, origin, done](const KeyStore::Result &added,
                                                                   const Connection &connection) {
            if (!self || !added.ok()) {
                done(std::nullopt);
                return;
            }
            // Only once the copy is stored: the old entry would otherwise be the only one.
            self->m_keys->removeKey(origin, self, [](const KeyStore::Result &) {});
            qCInfo(lcKeys) << "the key of" << origin << "became connection" << connection.id;
            done(connection);
        });
    });
}

bool ConnectionStore::nameTaken(const QString &name, const QString &exceptId) const
{
    const std::optional<Connection> found = findByName(name);
    return found && found->id != exceptId;
}

void ConnectionStore::load()
{
    m_connections.clear();
    const int count = m_settings.beginReadArray(QLatin1String(Group));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Connection c{m_settings.value(QStringLiteral("id")).toString(),
                     m_settings.value(QStringLiteral("name")).toString(),
                     QUrl(m_settings.value(QStringLiteral("baseUrl")).toString())};
        // A hand-edited file may hold anything: keep only what can be used.
        if (!c.id.isEmpty() && !c.name.isEmpty() && c.baseUrl.isValid() && !connection(c.id))
            m_connections.append(c);
    }
    m_settings.endArray();
}

void ConnectionStore::save()
{
    m_settings.beginWriteArray(QLatin1String(Group), int(m_connections.size()));
    for (int i = 0; i < m_connections.size(); ++i) {
        m_settings.setArrayIndex(i);
        const Connection &c = m_connections.at(i);
        m_settings.setValue(QStringLiteral("id"), c.id);
        m_settings.setValue(QStringLiteral("name"), c.name);
        m_settings.setValue(QStringLiteral("baseUrl"), c.baseUrl.toString());
    }
    m_settings.endArray();
    m_settings.sync();
}
