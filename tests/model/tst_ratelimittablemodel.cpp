// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The Rate limits tab's model against the sandbox (real HTTP), under QAbstractItemModelTester;
// and the rate-limit template's reader, data-driven.

#include "adminapiclient.h"
#include "projectresourcesapi.h"
#include "ratelimittablemodel.h"
#include "ratelimittemplate.h"
#include "resourcestore.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 20000;

int rowOfModel(const RateLimitTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, RateLimitTableModel::ModelColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestRateLimitTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void absentFieldsAreDashesAndNotEditable();
    void editSendsOnlyChangedFieldsOfChangedRows();
    void groupSeparatorsAsTheLocaleWritesThem();
    void invalidValuesAreRefused();
    void refusedValueKeepsTheInputAndTheServicesMessage();
    void revertRestoresTheServicesValues();
    void readOnlyRefusesEdits();

    void templateRoundTrip();
    void templateRefusals_data();
    void templateRefusals();

private:
    RateLimitTableModel *loaded();
    QString big() const { return m_sandbox->resourcesOf().bigProjectId(); }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<ProjectResourcesApi> m_api;
    std::unique_ptr<RateLimitTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRateLimitTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(4, 1, 7);
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    m_client->setRandomSource([] { return 0.5; });
    m_api = std::make_unique<ProjectResourcesApi>(m_client.get());
    const QString project = big();
    m_model = std::make_unique<RateLimitTableModel>(
        [this, project](const QString &after, RateLimitTableModel::PageDone done) {
            return m_api->listRateLimits(project, PageQuery{after, 5}, m_model.get(), std::move(done));
        },
        [this, project](const QString &id, const RateLimitChange &change, RateLimitTableModel::UpdateDone done) {
            return m_api->updateRateLimit(project, id, change, m_model.get(), std::move(done));
        });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRateLimitTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
    QLocale::setDefault(QLocale::system());
}

RateLimitTableModel *TestRateLimitTableModel::loaded()
{
    // Pages of 5: the 12 models come in three pages, fetched as a view would.
    m_model->reload();
    const bool done = QTest::qWaitFor([this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return m_model->pager()->isComplete() && !m_model->isLoading();
    }, Timeout);
    return done ? m_model.get() : nullptr;
}

void TestRateLimitTableModel::absentFieldsAreDashesAndNotEditable()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(m_sandbox->requestCount("GET"), 3);
    const int chat = rowOfModel(*model, u"gpt-4o"_s);
    const int image = rowOfModel(*model, u"gpt-image-1"_s);
    QVERIFY(chat >= 0 && image >= 0);
    const QModelIndex chatImages = model->index(chat, RateLimitTableModel::columnOf(RateLimitField::ImagesPerMinute));
    QCOMPARE(chatImages.data().toString(), u"—"_s);
    QVERIFY(!(chatImages.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(chatImages, 5));
    const QModelIndex imageImages = model->index(image, RateLimitTableModel::columnOf(RateLimitField::ImagesPerMinute));
    QVERIFY(imageImages.flags() & Qt::ItemIsEditable);
    const qint64 served = *m_sandbox->projectResources(big()).rateLimits.at(7).values.at(2);
    QCOMPARE(imageImages.data().toString(), QLocale().toString(served));
    QVERIFY(!model->index(chat, RateLimitTableModel::ModelColumn).flags().testFlag(Qt::ItemIsEditable));
}

void TestRateLimitTableModel::editSendsOnlyChangedFieldsOfChangedRows()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    QSignalSpy changes(model, &RateLimitTableModel::changesChanged);
    const int whisper = rowOfModel(*model, u"whisper-1"_s);
    const QModelIndex tokens = model->index(whisper, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    QVERIFY(model->setData(tokens, 1234));
    QVERIFY(model->hasChanges());
    QCOMPARE(changes.size(), 1);
    QVERIFY(tokens.data(RateLimitTableModel::ChangedRole).toBool());
    QVERIFY(!model->index(whisper, 1).data(RateLimitTableModel::ChangedRole).toBool());
    QCOMPARE(model->index(whisper, RateLimitTableModel::ResultColumn).data().toString(), u"Changed, not saved"_s);

    m_sandbox->clearRequests();
    QSignalSpy finished(model, &RateLimitTableModel::saveFinished);
    QCOMPARE(model->save(), 1);
    QCOMPARE(model->index(whisper, RateLimitTableModel::ResultColumn).data().toString(), u"Saving…"_s);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(m_sandbox->requests().size(), 1);
    QCOMPARE(m_sandbox->requests().constFirst().body, QByteArray(R"({"max_tokens_per_1_minute":1234})"));
    QCOMPARE(model->index(whisper, RateLimitTableModel::ResultColumn).data().toString(), u"Saved"_s);
    QVERIFY(!model->hasChanges());
    QCOMPARE(m_sandbox->projectResources(big()).rateLimits.at(9).values.at(1), 1234);
    // Nothing changed: nothing sent.
    QCOMPARE(model->save(), 0);
}

void TestRateLimitTableModel::groupSeparatorsAsTheLocaleWritesThem()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    const QModelIndex tokens = model->index(0, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    QVERIFY(model->setData(tokens, u"1,500,000"_s));
    QCOMPARE(tokens.data(Qt::EditRole).toLongLong(), 1500000);
    QCOMPARE(tokens.data().toString(), u"1,500,000"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(model->setData(tokens, u"2.500.000"_s));
    QCOMPARE(tokens.data(Qt::EditRole).toLongLong(), 2500000);
}

void TestRateLimitTableModel::invalidValuesAreRefused()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    const QModelIndex tokens = model->index(0, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    const QVariant before = tokens.data(Qt::EditRole);
    for (const QVariant &bad : {QVariant(0), QVariant(-5), QVariant(u"abc"_s), QVariant(u"1.5"_s), QVariant(u""_s)})
        QVERIFY2(!model->setData(tokens, bad), qPrintable(bad.toString()));
    QCOMPARE(tokens.data(Qt::EditRole), before);
    QVERIFY(!model->hasChanges());
}

void TestRateLimitTableModel::refusedValueKeepsTheInputAndTheServicesMessage()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    const int chat = rowOfModel(*model, u"gpt-4o"_s);
    const int mini = rowOfModel(*model, u"gpt-4o-mini"_s);
    const QModelIndex tooMany = model->index(chat, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    const QModelIndex fine = model->index(mini, RateLimitTableModel::columnOf(RateLimitField::RequestsPerMinute));
    QVERIFY(model->setData(tooMany, 30000001));
    QVERIFY(model->setData(fine, 77));
    QSignalSpy finished(model, &RateLimitTableModel::saveFinished);
    QCOMPARE(model->save(), 2);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(tooMany.data(Qt::EditRole).toLongLong(), 30000001);
    QCOMPARE(model->rowState(chat), RateLimitTableModel::RowState::Failed);
    const QString shown = model->index(chat, RateLimitTableModel::ResultColumn).data().toString();
    QVERIFY2(shown.contains(u"30000000"_s), qPrintable(shown));
    QCOMPARE(model->rowState(mini), RateLimitTableModel::RowState::Saved);
    QVERIFY(model->hasChanges());
}

void TestRateLimitTableModel::revertRestoresTheServicesValues()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    const QModelIndex tokens = model->index(2, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    const QVariant before = tokens.data(Qt::EditRole);
    QVERIFY(model->setData(tokens, 99));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->revertEdits();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(tokens.data(Qt::EditRole), before);
    QVERIFY(!model->hasChanges());
    m_sandbox->clearRequests();
    QCOMPARE(model->save(), 0);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestRateLimitTableModel::readOnlyRefusesEdits()
{
    RateLimitTableModel *model = loaded();
    QVERIFY(model);
    const QModelIndex tokens = model->index(0, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    QVERIFY(model->setData(tokens, 99));
    model->setReadOnly(true);
    QVERIFY(!model->hasChanges());
    QVERIFY(!(tokens.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(tokens, 98));
    QCOMPARE(model->save(), 0);
}

void TestRateLimitTableModel::templateRoundTrip()
{
    RateLimit image;
    image.id = u"rl-gpt-image-1"_s;
    image.model = u"gpt-image-1"_s;
    image.values = {250, 3000000, 50, std::nullopt, std::nullopt, std::nullopt};
    RateLimit chat;
    chat.id = u"rl-gpt-4o"_s;
    chat.model = u"gpt-4o"_s;
    chat.values = {500, 150000, std::nullopt, std::nullopt, std::nullopt, 5000000000};
    const RateLimitTemplate made = RateLimitTemplate::fromLimits({image, chat});
    QCOMPARE(made.modelCount(), 2);
    const QByteArray json = made.toJson();
    QVERIFY(!json.contains("rl-")); // ids belong to one project
    QVERIFY(!json.contains("max_images_per_1_minute\": null"));
    QString why;
    const auto read = RateLimitTemplate::fromJson(json, &why);
    QVERIFY2(read, qPrintable(why));
    QVERIFY(*read == made);
    const auto images = read->forModel(u"gpt-image-1"_s);
    QVERIFY(images);
    QCOMPARE(images->values().size(), size_t(3));
    QCOMPARE(images->values().at(RateLimitField::ImagesPerMinute), 50);
    QVERIFY(!read->forModel(u"o3"_s));
}

void TestRateLimitTableModel::templateRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray head = R"({"orgdesk_rate_limit_template": 1, "models": )";
    QTest::newRow("not json") << QByteArray("{oops") << u"not a JSON object"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("another file") << QByteArray(R"({"models": {}})") << u"not an OrgDesk"_s;
    QTest::newRow("version 2") << QByteArray(R"({"orgdesk_rate_limit_template": 2, "models": {"a": {"max_tokens_per_1_minute": 1}}})")
                               << u"not an OrgDesk"_s;
    QTest::newRow("no models") << head + "{}}" << u"names no model"_s;
    QTest::newRow("models not an object") << head + "[1]}" << u"names no model"_s;
    QTest::newRow("empty model name") << head + R"({" ": {"max_tokens_per_1_minute": 1}}})" << u"without a name"_s;
    QTest::newRow("model sets nothing") << head + R"({"o3": {}}})" << u"sets nothing"_s;
    QTest::newRow("unknown field") << head + R"({"o3": {"max_tokens": 1}}})" << u"unknown value"_s;
    QTest::newRow("an id is not a field") << head + R"({"o3": {"id": "rl-o3"}}})" << u"unknown value"_s;
    QTest::newRow("zero") << head + R"({"o3": {"max_tokens_per_1_minute": 0}}})" << u"positive whole number"_s;
    QTest::newRow("negative") << head + R"({"o3": {"max_tokens_per_1_minute": -1}}})" << u"positive whole number"_s;
    QTest::newRow("fraction") << head + R"({"o3": {"max_tokens_per_1_minute": 1.5}}})" << u"positive whole number"_s;
    QTest::newRow("string") << head + R"({"o3": {"max_tokens_per_1_minute": "100"}}})" << u"positive whole number"_s;
    QTest::newRow("null") << head + R"({"o3": {"max_tokens_per_1_minute": null}}})" << u"positive whole number"_s;
    QTest::newRow("too large") << head + R"({"o3": {"max_tokens_per_1_minute": 1e300}}})" << u"positive whole number"_s;
}

void TestRateLimitTableModel::templateRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QString why;
    QVERIFY(!RateLimitTemplate::fromJson(json, &why));
    QVERIFY2(why.contains(says), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestRateLimitTableModel)
#include "tst_ratelimittablemodel.moc"
