// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "appundertest.h"

#include "adminapiclient.h"
#include "benchsupport.h"
#include "keystore.h"
#include "mainwindow.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>


class AppUnderTest::Private
{
public:
    QString key;
    QString typed; // Bare: what has been "typed" so far (the filter trims its text)
    TimingNetworkAccessManager network;
    AdminApiClient client{&network};

    // Main
    std::unique_ptr<KeyStore> keyStore;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> mainWindow;

    // Bare
    std::unique_ptr<ProjectTableModel> bareModel;
    std::unique_ptr<ProjectFilterModel> bareFilter;
    std::unique_ptr<QTableView> bareTable;
};

AppUnderTest::AppUnderTest(Shape shape, const QUrl &baseUrl, const QString &key, QObject *parent)
    : QObject(parent)
    , m_shape(shape)
    , d(std::make_unique<Private>())
{
    d->key = key;
    d->client.setBaseUrl(baseUrl);
    if (shape == Shape::Main) {
        d->keyStore = std::make_unique<KeyStore>();
        d->session = std::make_unique<Session>(&d->client, d->keyStore.get());
        d->mainWindow = std::make_unique<MainWindow>(&d->client, d->session.get(), &d->network);
        return;
    }
    d->bareModel = std::make_unique<ProjectTableModel>(&d->client);
    d->bareFilter = std::make_unique<ProjectFilterModel>();
    d->bareFilter->setSourceModel(d->bareModel.get());
    d->bareTable = std::make_unique<QTableView>();
    d->bareTable->setModel(d->bareFilter.get());
    d->bareTable->setSortingEnabled(true);
    // As the main window starts: newest first.
    d->bareTable->sortByColumn(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);
    d->bareTable->horizontalHeader()->setSectionResizeMode(ProjectTableModel::NameColumn,
                                                           QHeaderView::Stretch);
    d->bareTable->resize(1000, 700);
}

AppUnderTest::~AppUnderTest()
{
    // The window and the model go before the client they use.
    d->mainWindow.reset();
    d->session.reset();
    d->bareTable.reset();
    d->bareFilter.reset();
    d->bareModel.reset();
}

bool AppUnderTest::shapeFromName(const QString &name, Shape *shape)
{
    if (name == QLatin1String("main"))
        *shape = Shape::Main;
    else if (name == QLatin1String("bare"))
        *shape = Shape::Bare;
    else
        return false;
    return true;
}

void AppUnderTest::show()
{
    window()->show();
}

void AppUnderTest::start()
{
    if (m_shape == Shape::Main) {
        d->session->start(d->key);
        return;
    }
    d->client.setApiKey(d->key);
}

TimingNetworkAccessManager *AppUnderTest::network() const
{
    return &d->network;
}

AdminApiClient *AppUnderTest::client() const
{
    return &d->client;
}

ProjectTableModel *AppUnderTest::model() const
{
    return m_shape == Shape::Main ? d->mainWindow->projectModel() : d->bareModel.get();
}

ProjectFilterModel *AppUnderTest::filter() const
{
    return m_shape == Shape::Main ? d->mainWindow->filterModel() : d->bareFilter.get();
}

QTableView *AppUnderTest::table() const
{
    if (m_shape == Shape::Bare)
        return d->bareTable.get();
    return d->mainWindow->findChild<QTableView *>(QStringLiteral("projectTable"));
}

QWidget *AppUnderTest::window() const
{
    if (m_shape == Shape::Main)
        return d->mainWindow.get();
    return d->bareTable.get();
}

QLineEdit *AppUnderTest::searchEdit() const
{
    return m_shape == Shape::Main ? d->mainWindow->findChild<QLineEdit *>(QStringLiteral("searchEdit"))
                                  : nullptr;
}

QAction *AppUnderTest::showArchivedAction() const
{
    return m_shape == Shape::Main
        ? d->mainWindow->findChild<QAction *>(QStringLiteral("showArchivedAction"))
        : nullptr;
}

bool AppUnderTest::showsError() const
{
    if (m_shape == Shape::Bare)
        return model()->lastError().isError();
    const auto *banner = d->mainWindow->findChild<QWidget *>(QStringLiteral("errorBanner"));
    return (banner && banner->isVisible()) || model()->lastError().isError();
}

void AppUnderTest::typeCharacter(QChar character)
{
    if (QLineEdit *edit = searchEdit()) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(character));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(character));
        QApplication::sendEvent(edit, &press);
        QApplication::sendEvent(edit, &release);
        return;
    }
    d->typed += character;
    filter()->setSearchText(d->typed);
}

void AppUnderTest::typeBackspace()
{
    if (QLineEdit *edit = searchEdit()) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Backspace, Qt::NoModifier);
        QApplication::sendEvent(edit, &press);
        QApplication::sendEvent(edit, &release);
        return;
    }
    d->typed.chop(1);
    filter()->setSearchText(d->typed);
}
