// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-soak: drives the real main window's actions at random against the in-process
// sandbox, with random faults and the admin rate limit on, for a given time; then checks that
// nothing was created twice, nothing was left busy, and that the table, reloaded, equals the
// sandbox's organization. Prints memory at warm-up and at the end. Not a test: a tool next to
// the benchmark (issue #13); CI runs it for 60 s under AddressSanitizer.
//
//   orgdesk-soak [--seconds N] [--seed S] [--fault-rate P]

#include "adminapiclient.h"
#include "archivedialog.h"
#include "keystore.h"
#include "mainwindow.h"
#include "projectfiltermodel.h"
#include "projectnamedialog.h"
#include "projecttablemodel.h"
#include "sandboxserver.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace std::chrono_literals;

namespace {

constexpr int StepTimeoutMs = 120000; // a step that takes longer than this is a hang

qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4 : 0; // pages of 4 KiB
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = StepTimeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

class Soak
{
public:
    Soak(quint32 seed, double faultRate) : m_random(seed), m_seed(seed), m_faultRate(faultRate)
    {
        m_server.seed(150, 20, seed);
        m_server.setRateLimit(8, false, 2000); // the admin limit, in a 2 s window
        m_server.listen();
        m_client.setBaseUrl(m_server.baseUrl());
        m_client.setRateLimitWindow(2s);
        m_client.setTimeout(1500ms); // silence costs seconds, not minutes
        m_window = std::make_unique<MainWindow>(&m_client, &m_session, &m_network);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_window->projectModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->resize(1000, 700);
        m_window->show();
        m_session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    }

    /// Random actions until @p seconds have passed. False on a hang.
    bool run(int seconds)
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 warmUpAt = qint64(seconds) * 1000 / 5;
        while (clock.elapsed() < qint64(seconds) * 1000) {
            if (m_warmUpKiB == 0 && clock.elapsed() >= warmUpAt) {
                m_warmUpKiB = residentKiB();
                m_warmUpProjects = m_server.projectCount();
            }
            maybeFault();
            if (!step())
                return false;
            ++m_steps;
            // The in-process sandbox logs every request: kept, that log would count as the
            // app's memory growth.
            if (m_server.requests().size() > 200 && m_client.pendingCount() == 0) {
                m_requests += int(m_server.requests().size());
                m_server.clearRequests();
            }
        }
        return true;
    }

    /// The final checks. Prints what failed; true when all hold.
    bool verify()
    {
        bool ok = true;
        const auto fail = [&ok](const QString &why) {
            std::fprintf(stderr, "orgdesk-soak: FAILED: %s\n", qPrintable(why));
            ok = false;
        };
        // Nothing left busy once the faults are gone and every request has ended.
        m_server.clearFaults();
        if (!waitUntil([this] { return m_client.pendingCount() == 0; }))
            fail(QStringLiteral("requests still pending: %1").arg(m_client.pendingCount()));

        // No project created twice.
        QHash<QString, int> names;
        for (const SandboxProject &p : m_server.projects())
            ++names[p.name];
        for (const QString &name : std::as_const(m_created)) {
            if (names.value(name) > 1)
                fail(QStringLiteral("%1 exists %2 times").arg(name).arg(names.value(name)));
        }

        // The table, reloaded with archived projects shown and every page loaded, equals the
        // organization.
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
        QAction *archived = action("showArchivedAction");
        if (!archived->isChecked())
            archived->trigger();
        ProjectTableModel *model = m_window->projectModel();
        action("refreshAction")->trigger();
        if (!waitUntil([model] { return !model->isLoading(); }))
            fail(QStringLiteral("the reload did not end"));
        model->loadAll();
        if (!waitUntil([model] { return model->isComplete() || model->lastError().isError(); }))
            fail(QStringLiteral("Load all did not end"));
        if (model->lastError().isError())
            fail(QStringLiteral("Load all failed: %1").arg(model->lastError().userMessage()));

        QHash<QString, QString> shown;
        for (const Project &p : model->projects())
            shown.insert(p.id, p.name + (p.isArchived() ? QStringLiteral(" [archived]") : QString()));
        QHash<QString, QString> stored;
        for (const SandboxProject &p : m_server.projects())
            stored.insert(p.id, p.name + (p.archivedAt ? QStringLiteral(" [archived]") : QString()));
        if (shown != stored) {
            fail(QStringLiteral("the table (%1 projects) differs from the organization (%2)")
                     .arg(shown.size()).arg(stored.size()));
        }

        const qint64 endKiB = residentKiB();
        const double growth = m_warmUpKiB > 0 ? 100.0 * double(endKiB - m_warmUpKiB) / double(m_warmUpKiB) : 0;
        std::printf("orgdesk-soak: seed %u, %d steps, %d faults, %d created, %d requests, "
                    "%d projects after warm-up, %lld at the end; memory %lld KiB after warm-up, "
                    "%lld KiB at the end (%+.1f %%)\n",
                    m_seed, m_steps, m_faults, int(m_created.size()),
                    m_requests + int(m_server.requests().size()),
                    m_warmUpProjects, qint64(stored.size()), m_warmUpKiB, endKiB, growth);
        return ok;
    }

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    int pick(int n) { return int(m_random.bounded(n)); }

    void maybeFault()
    {
        if (m_random.generateDouble() >= m_faultRate)
            return;
        using Kind = SandboxFault::Kind;
        static const Kind kinds[] = {Kind::Status, Kind::Html, Kind::TruncatedJson,
                                     Kind::EmptyBody, Kind::DropMidBody, Kind::NoResponse,
                                     Kind::InvalidItem};
        static const int statuses[] = {500, 502, 503, 429, 400, 404, 409};
        SandboxFault fault;
        fault.kind = kinds[pick(int(std::size(kinds)))];
        fault.status = fault.kind == Kind::Html ? 502 : statuses[pick(int(std::size(statuses)))];
        if (pick(3) == 0)
            fault.retryAfterSeconds = 1;
        if (pick(2) == 0) {
            fault.method = "POST"; // the change may happen before the answer is lost
            // ...but never before a 429: the service rejects before it processes, which is
            // what lets a client send a rejected create again (a 429 after the effect would
            // be a service that lies, and would duplicate any client's create).
            fault.afterEffect = pick(2) == 0 && fault.status != 429;
        }
        m_server.addFault(fault);
        ++m_faults;
    }

    /// Selects up to @p count random active projects other than the Default project.
    QList<Project> selectActive(int count)
    {
        const QList<Project> all = m_window->projectModel()->projects();
        QList<Project> active;
        for (const Project &p : all) {
            if (!p.isArchived() && p.name != QLatin1String("Default project"))
                active.append(p);
        }
        QList<Project> chosen;
        while (!active.isEmpty() && chosen.size() < count)
            chosen.append(active.takeAt(pick(int(active.size()))));
        QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("projectTable"));
        ProjectFilterModel *proxy = m_window->filterModel();
        QItemSelection selection;
        for (const Project &p : std::as_const(chosen)) {
            const QModelIndex index = proxy->mapFromSource(
                m_window->projectModel()->index(m_window->projectModel()->rowOf(p.id), 0));
            if (index.isValid())
                selection.select(index, index);
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
        return chosen;
    }

    bool nameDialog(QAction *opener, const QString &name)
    {
        if (!opener->isEnabled())
            return true;
        opener->trigger();
        auto *dialog = m_window->findChild<ProjectNameDialog *>();
        if (!dialog)
            return true;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        edit->selectAll();
        edit->insert(name);
        QTest::keyClick(edit, Qt::Key_Return);
        const QPointer<ProjectNameDialog> guard(dialog);
        if (!waitUntil([guard] { return !guard || !guard->isBusy(); }))
            return hang("a name dialog stayed busy");
        if (guard) {
            if (edit->text() != name)
                return hang("a failed change lost what was typed");
            guard->reject();
        }
        return true;
    }

    bool archive(int count)
    {
        const QList<Project> chosen = selectActive(count);
        if (chosen.isEmpty() || !action("archiveAction")->isEnabled())
            return true;
        action("archiveAction")->trigger();
        auto *dialog = m_window->findChild<ArchiveDialog *>();
        if (!dialog)
            return true;
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        confirm->insert(dialog->expectedConfirmation()); // names are not all ASCII: no key clicks
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
        if (button && button->isEnabled())
            button->click();
        const QPointer<ArchiveDialog> guard(dialog);
        if (!waitUntil([guard] { return !guard || !guard->isRunning(); }))
            return hang("an archive stayed busy");
        if (guard)
            guard->reject();
        return true;
    }

    bool step()
    {
        ProjectTableModel *model = m_window->projectModel();
        switch (pick(10)) {
        case 0: { // create, with a name no one else uses
            const QString name = QStringLiteral("Soak %1-%2").arg(m_seed).arg(m_created.size() + 1);
            m_created.insert(name);
            return nameDialog(action("newAction"), name);
        }
        case 1:
            if (selectActive(1).isEmpty())
                return true;
            return nameDialog(action("renameAction"), QStringLiteral("Renamed %1").arg(pick(100000)));
        case 2:
            return archive(1);
        case 3:
            return archive(2 + pick(2));
        case 4:
            action("refreshAction")->trigger();
            break;
        case 5:
            action("showArchivedAction")->trigger();
            break;
        case 6:
            model->loadAll();
            if (!waitUntil([model] { return !model->isLoadingAll(); }))
                return hang("Load all did not end");
            return true;
        case 7:
            if (model->canFetchMore({}))
                model->fetchMore({});
            break;
        case 8: {
            auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            static const char *const words[] = {"", "a", "api", "bot", "eu", "proj_", "zz"};
            search->setText(QString::fromLatin1(words[pick(int(std::size(words)))]));
            break;
        }
        case 9:
            if (!selectActive(1).isEmpty() && action("refreshDetailsAction")->isEnabled())
                action("refreshDetailsAction")->trigger();
            break;
        }
        // Let the action's requests run a little before the next one.
        QTest::qWait(20);
        if (!waitUntil([model] { return !model->isLoading(); }))
            return hang("a page load did not end");
        return true;
    }

    bool hang(const char *what)
    {
        std::fprintf(stderr, "orgdesk-soak: FAILED after %d steps: %s\n", m_steps, what);
        return false;
    }

    QRandomGenerator m_random;
    quint32 m_seed;
    double m_faultRate;
    SandboxServer m_server;
    QNetworkAccessManager m_network;
    AdminApiClient m_client{&m_network};
    KeyStore m_keyStore;
    Session m_session{&m_client, &m_keyStore};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QSet<QString> m_created;
    int m_steps = 0;
    int m_faults = 0;
    qint64 m_warmUpKiB = 0;
    int m_warmUpProjects = 0;
    int m_requests = 0; ///< requests logged and cleared so far
};

} // namespace

// Only what matters at the end of a long run: warnings and worse, minus the offscreen
// platform's complaint that it cannot hint window sizes.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("ORGDESK_SOAK_VERBOSE"))
        qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Random actions and faults against OrgDesk's window"));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long (default 60)."),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default: random)."),
                                  QStringLiteral("S"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Chance of a fault before each action (default 0.3)."),
                                       QStringLiteral("P"), QStringLiteral("0.3"));
    parser.addOptions({seconds, seed, faultRate});
    parser.process(app);

    const quint32 seedValue = parser.isSet(seed) ? parser.value(seed).toUInt()
                                                 : QRandomGenerator::system()->generate();
    std::printf("orgdesk-soak: seed %u, %d s\n", seedValue, parser.value(seconds).toInt());
    std::fflush(stdout);
    Soak soak(seedValue, parser.value(faultRate).toDouble());
    const bool ran = soak.run(parser.value(seconds).toInt());
    const bool verified = soak.verify();
    return ran && verified ? 0 : 1;
}
