// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "connectionsetup.h"

#include "adminapiclient.h"
#include "connectionsdialog.h"
#include "connectionstore.h"
#include "listingcache.h"
#include "mainwindow.h"
#include "mainwindowsetup.h"
#include "organizationdialogs.h"
#include "session.h"
#include "uilogging.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolBar>

namespace {

// Which connection the key stored per origin moved to: it keeps that key's remembered rows.
constexpr auto OriginCacheOwnerKey = "connectionWithOriginCache";

QSettings settings()
{
    return QSettings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"));
}

} // namespace

ConnectionSetup::ConnectionSetup(const Parts &parts, ConnectionStore *store, ListingCache *cache,
                                 QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_store(store)
    , m_cache(cache)
{
    m_dialogAction = new QAction(tr("Co&nnections…"), parts.window);
    m_dialogAction->setObjectName(QStringLiteral("connectionsAction"));
    m_dialogAction->setStatusTip(tr("Add, rename or remove the organizations OrgDesk connects to"));
    m_menu = new QMenu(tr("S&witch Connection"), parts.window);
    m_menu->setObjectName(QStringLiteral("switchConnectionMenu"));
    m_group = new QActionGroup(m_menu);
    parts.fileMenu->insertAction(parts.insertBefore, m_dialogAction);
    parts.fileMenu->insertMenu(parts.insertBefore, m_menu);
    parts.fileMenu->insertSeparator(parts.insertBefore);

    // The combo's caption is a label of its own beside it: the combo gets a name to be read by.
    auto *caption = new QLabel(tr("Connection:"), parts.toolBar);
    caption->setObjectName(QStringLiteral("connectionCaption"));
    caption->setContentsMargins(4, 0, 4, 0);
    m_combo = new QComboBox(parts.toolBar);
    m_combo->setObjectName(QStringLiteral("connectionCombo"));
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setToolTip(tr("The organization shown (Ctrl+1 to Ctrl+9 switch too)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption->setBuddy(m_combo);
    // First in the toolbar: which organization everything else acts on, never in the
    // overflow menu of a narrow window.
    QAction *first = parts.toolBar->actions().value(0);
    parts.toolBar->insertWidget(first, caption);
    parts.toolBar->insertWidget(first, m_combo);
    parts.toolBar->insertSeparator(first);

    connect(m_dialogAction, &QAction::triggered, this, &ConnectionSetup::openDialog);
    // Queued: a switch rebuilds the menu and the combo, which are still sending their signal.
    const auto switchLater = [this](const QString &id) {
        QMetaObject::invokeMethod(this, [this, id] { switchTo(id); }, Qt::QueuedConnection);
    };
    connect(m_group, &QActionGroup::triggered, this,
            [switchLater](QAction *action) { switchLater(action->data().toString()); });
    connect(m_combo, &QComboBox::activated, this,
            [this, switchLater](int index) { switchLater(m_combo->itemData(index).toString()); });
    connect(store, &ConnectionStore::changed, this, [this] {
        // The first connection added by hand, with none in use: it is the one to show.
        if (m_active.isEmpty() && !m_migrating && !m_store->connections().isEmpty())
            activate(m_store->connections().constFirst().id);
        else
            refresh();
    });
    connect(store, &ConnectionStore::removed, this, &ConnectionSetup::onRemoved);
    // The first key entered without any connection becomes the first connection.
    connect(parts.session, &Session::keySaved, this, &ConnectionSetup::adoptSavedOriginKey);
    refresh();
}

void ConnectionSetup::start(const QString &environmentKey, const QUrl &baseUrl,
                            const QString &connectionId)
{
    m_originUrl = baseUrl;
    const QString id = startingId(*m_store, environmentKey, connectionId);
    if (id == QLatin1String(EnvironmentId)) {
        m_active = id;
        m_parts.window->setListingCache(m_cache, m_active);
        m_parts.session->start(environmentKey);
        refresh();
        return;
    }
    if (!id.isEmpty()) {
        activate(id);
        return;
    }
    m_migrating = true;
    m_store->migrateOriginKey(baseUrl, baseUrl.host(), this,
                              [this](const std::optional<Connection> &migrated) {
        m_migrating = false;
        if (!migrated) {
            useOriginKey();
            return;
        }
        settings().setValue(QLatin1String(OriginCacheOwnerKey), migrated->id);
        activate(migrated->id);
    });
}

void ConnectionSetup::switchTo(const QString &id)
{
    if (id == m_active || !m_store->connection(id)) {
        refresh(); // a combo or menu that moved by itself moves back
        return;
    }
    activate(id);
}

QString ConnectionSetup::startingId(const ConnectionStore &store, const QString &environmentKey,
                                   const QString &connectionId)
{
    if (connectionId.isEmpty() && !environmentKey.isEmpty())
        return QLatin1String(EnvironmentId);
    QString id = connectionId.isEmpty() ? store.lastUsedId() : connectionId;
    if (id.isEmpty() && !store.connections().isEmpty())
        id = store.connections().constFirst().id;
    return id;
}

QString ConnectionSetup::cacheId(const QString &id)
{
    if (id == settings().value(QLatin1String(OriginCacheOwnerKey)).toString())
        return QLatin1String(OriginId);
    return id;
}

void ConnectionSetup::activate(const QString &id)
{
    const std::optional<Connection> connection = m_store->connection(id);
    if (!connection)
        return;
    qCInfo(lcUi) << "switching to connection" << id;
    m_active = id;
    m_store->setLastUsed(id);
    // The listing first: it stores the old rows and empties the table while the old key is
    // still the one they were listed with. Then the session cuts and reads the new key.
    m_parts.window->setListingCache(m_cache, cacheId(id));
    m_parts.session->switchTo(connection->baseUrl, ConnectionStore::keyEntry(id));
    refresh();
}

void ConnectionSetup::useOriginKey()
{
    // The connection that kept the origin's cache id was just removed: a cut all the same.
    if (!m_active.isEmpty())
        m_parts.window->setListingCache(m_cache, QString());
    m_active.clear();
    m_parts.window->setListingCache(m_cache, QLatin1String(OriginId));
    m_parts.session->switchTo(m_originUrl, {});
    refresh();
}

void ConnectionSetup::adoptSavedOriginKey()
{
    if (!m_active.isEmpty() || !m_store->connections().isEmpty())
        return;
    const QUrl baseUrl = m_parts.client->baseUrl();
    m_migrating = true;
    m_store->migrateOriginKey(baseUrl, baseUrl.host(), this,
                              [this](const std::optional<Connection> &migrated) {
        m_migrating = false;
        if (!migrated || !m_active.isEmpty())
            return;
        // The key in use is this connection's now: no switch, the rows stay.
        settings().setValue(QLatin1String(OriginCacheOwnerKey), migrated->id);
        m_active = migrated->id;
        m_store->setLastUsed(migrated->id);
        m_parts.session->setKeyEntry(ConnectionStore::keyEntry(migrated->id));
        refresh();
    });
}

void ConnectionSetup::onRemoved(const QString &id)
{
    const QString cache = cacheId(id);
    if (id == m_active) {
        // Away first: the switch stores the old rows, which the drop below then removes.
        const QList<Connection> left = m_store->connections();
        if (left.isEmpty())
            useOriginKey();
        else
            activate(left.constFirst().id);
    }
    m_cache->drop(cache);
    if (cache == QLatin1String(OriginId))
        settings().remove(QLatin1String(OriginCacheOwnerKey));
}

void ConnectionSetup::refresh()
{
    const QList<Connection> connections = m_store->connections();
    m_menu->clear();
    for (QAction *old : m_group->actions()) {
        m_group->removeAction(old);
        old->deleteLater();
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const auto add = [this](const QString &text, const QString &id, int number) {
        auto *action = new QAction(text, m_group);
        action->setCheckable(true);
        action->setChecked(id == m_active);
        action->setData(id);
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        m_menu->addAction(action);
        m_combo->addItem(text, id);
        if (id == m_active)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    };
    if (m_active == QLatin1String(EnvironmentId))
        add(tr("OPENAI_ADMIN_KEY (this session)"), m_active, 10);
    int number = 0;
    for (const Connection &connection : connections)
        add(connection.name, connection.id, ++number);
    if (m_active.isEmpty()) {
        m_combo->addItem(tr("No connection"), QString());
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    m_combo->setEnabled(m_combo->count() > 1);
    m_menu->setEnabled(!m_group->actions().isEmpty());
    updateTitle();
}

void ConnectionSetup::updateTitle()
{
    const std::optional<Connection> connection = m_store->connection(m_active);
    const QString host = MainWindowSetup::nonStandardHost(m_parts.client->baseUrl());
    QString title;
    if (connection && !host.isEmpty())
        title = tr("%1 (%2) — OrgDesk").arg(connection->name, host);
    else if (connection)
        title = tr("%1 — OrgDesk").arg(connection->name);
    else if (!host.isEmpty())
        title = tr("OrgDesk — %1").arg(host);
    else
        title = tr("OrgDesk");
    m_parts.window->setWindowTitle(title);
}

void ConnectionSetup::openDialog()
{
    if (OrganizationDialogs::raiseFirstOpen({m_dialog}))
        return;
    m_dialog = new ConnectionsDialog(m_store, m_parts.client, m_parts.network, m_parts.window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}
