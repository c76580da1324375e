// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The start-up yardstick: the least a Qt Widgets program does to show the first page of
// projects. It shows a table, GETs one page of 100 with the key from $OPENAI_ADMIN_KEY,
// fills a QStandardItemModel, paints the rows and quits. OrgDesk's own start-up
// (`orgdesk --quit-after-first-page`) is timed against it, process start to exit.
//
//   orgdesk-minimal-startup --base-url http://127.0.0.1:PORT/v1

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("API base URL."),
                                     QStringLiteral("url"));
    parser.addOption(baseUrl);
    parser.process(app);

    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("ID"),
                                     QStringLiteral("Status"), QStringLiteral("Created")});
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();

    QUrl url(parser.value(baseUrl) + QStringLiteral("/organization/projects"));
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("100")}});
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + qgetenv("OPENAI_ADMIN_KEY"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply, &model, &view] {
        reply->deleteLater();
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object().value(QLatin1String("data")).toArray();
        if (reply->error() != QNetworkReply::NoError || data.isEmpty()) {
            std::fprintf(stderr, "minimal_startup: no page: %s\n", qPrintable(reply->errorString()));
            QCoreApplication::exit(1);
            return;
        }
        for (const QJsonValue &value : data) {
            const QJsonObject project = value.toObject();
            const auto created = QDateTime::fromSecsSinceEpoch(
                project.value(QLatin1String("created_at")).toInteger());
            model.appendRow({new QStandardItem(project.value(QLatin1String("name")).toString()),
                             new QStandardItem(project.value(QLatin1String("id")).toString()),
                             new QStandardItem(project.value(QLatin1String("status")).toString()),
                             new QStandardItem(QLocale().toString(created, QLocale::ShortFormat))});
        }
        // Queued, then painted before it quits, as OrgDesk's rows are when it says they are shown
        // (a posted update alone may still be pending when the timer fires: the rows would never
        // be drawn).
        QTimer::singleShot(0, qApp, [&view] {
            view.viewport()->repaint();
            QCoreApplication::exit(0);
        });
    });
    return QApplication::exec();
}
