// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The pager's state machine against a fake page source: no network, no model.
#include "adminapiclient.h"
#include "pager.h"

#include <QSignalSpy>
#include <QTest>

namespace {

/// A call the test answers by hand; cancel() is recorded.
class FakeCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;
    void cancel() override { cancelled = true; deleteLater(); }
    [[nodiscard]] bool isFinished() const override { return cancelled; }
    bool cancelled = false;
};

/// A list of numbered items in pages of three, whose answers the test sends.
struct FakeList
{
    int items = 10;
    struct Asked
    {
        QString after;
        Pager::Deliver deliver;
        QPointer<FakeCall> call;
    };
    QList<Asked> asked;
    QStringList taken; // what take() put into the "model"

    Pager::Source source()
    {
        return [this](const QString &after, Pager::Deliver deliver) -> QPointer<ApiCall> {
            auto *call = new FakeCall;
            asked.append({after, std::move(deliver), call});
            return call;
        };
    }
    // The page after `after`, as the service would give it.
    Pager::Reply page(const QString &after) 
    {
        const int first = after.isEmpty() ? 0 : after.mid(1).toInt() + 1;
        const int last = std::min(first + 3, items);
        QStringList ids;
        for (int i = first; i < last; ++i)
            ids << QStringLiteral("i%1").arg(i);
        Pager::Reply reply{ids.isEmpty() ? QString() : ids.last(), last < items,
                           QStringLiteral("req_%1").arg(first), ids.isEmpty(), {}};
        reply.take = [this, ids] {
            int fresh = 0;
            for (const QString &id : ids) {
                if (!taken.contains(id)) {
                    taken << id;
                    ++fresh;
                }
            }
            return fresh;
        };
        return reply;
    }
    // Answers the oldest request still owed with its page (or @p reply).
    void answer(std::optional<ApiResult<Pager::Reply>> reply = std::nullopt)
    {
        QVERIFY(!asked.isEmpty());
        Asked next = asked.takeFirst();
        next.call->deleteLater();
        next.deliver(reply ? *reply : ApiResult<Pager::Reply>(page(next.after)));
    }
};

} // namespace

class TestPager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        list = FakeList{};
        pager = std::make_unique<Pager>(list.source());
    }
    void cleanup() { pager.reset(); }

    void nothingBeforeAListingStarts()
    {
        QVERIFY(!pager->hasStarted());
        QVERIFY(!pager->canFetchMore());
        pager->fetchMore();
        QVERIFY(list.asked.isEmpty());
    }

    void pagesFollowTheCursorOneAtATime()
    {
        QSignalSpy loading(pager.get(), &Pager::loadingChanged);
        QSignalSpy complete(pager.get(), &Pager::completeChanged);
        QSignalSpy done(pager.get(), &Pager::restartDone);
        pager->restart();
        QCOMPARE(list.asked.size(), 1);
        QVERIFY(pager->isLoading());
        QVERIFY(!pager->canFetchMore());
        pager->fetchMore(); // one at a time
        QCOMPARE(list.asked.size(), 1);
        list.answer();
        QCOMPARE(done.count(), 1);
        QVERIFY(!pager->isLoading());
        QCOMPARE(loading.count(), 2);
        for (int page = 1; page < 4; ++page) {
            QVERIFY(pager->canFetchMore());
            pager->fetchMore();
            QCOMPARE(list.asked.constFirst().after, QStringLiteral("i%1").arg(page * 3 - 1));
            list.answer();
        }
        QCOMPARE(list.taken.size(), 10);
        QVERIFY(pager->isComplete());
        QVERIFY(!pager->canFetchMore());
        QCOMPARE(complete.count(), 1);
        QCOMPARE(pager->itemsListed(), 10);
        QCOMPARE(done.count(), 1); // only the restart's page
    }

    void restartFetchesThePagesItWasAskedFor()
    {
        QSignalSpy done(pager.get(), &Pager::restartDone);
        pager->restart(3);
        list.answer();
        list.answer();
        QCOMPARE(done.count(), 0);
        list.answer();
        QCOMPARE(done.count(), 1);
        QVERIFY(list.asked.isEmpty());
        QCOMPARE(pager->pagesLoaded(), 3);

        // Fewer when the list ends first.
        list.items = 4;
        pager->restart(5);
        list.answer();
        list.answer();
        QVERIFY(list.asked.isEmpty());
        QCOMPARE(done.count(), 2);
        QVERIFY(pager->isComplete());
    }

    void aSupersededReplyIsDroppedAndItsCallCancelled()
    {
        pager->restart();
        QPointer<FakeCall> first = list.asked.constFirst().call;
        FakeList::Asked stale = list.asked.takeFirst();
        pager->restart();
        QVERIFY(first && first->cancelled);
        stale.deliver(list.page({})); // arrives anyway
        QVERIFY(list.taken.isEmpty());
        QVERIFY(pager->isLoading());
        list.answer();
        QCOMPARE(list.taken.size(), 3);
    }

    void errorStopsUntilRetry()
    {
        QSignalSpy errors(pager.get(), &Pager::errorOccurred);
        QSignalSpy cleared(pager.get(), &Pager::errorCleared);
        pager->restart();
        list.answer();
        pager->fetchMore();
        list.answer(ApiResult<Pager::Reply>(ApiError(ApiError::Kind::Server)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(pager->lastError().kind(), ApiError::Kind::Server);
        QVERIFY(!pager->canFetchMore());
        pager->fetchMore();
        QVERIFY(list.asked.isEmpty());
        pager->retry();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(list.asked.constFirst().after, QStringLiteral("i2")); // the same page again
        list.answer();
        QCOMPARE(list.taken.size(), 6);
    }

    void loadAllGoesToTheEndAndReportsProgress()
    {
        QSignalSpy progress(pager.get(), &Pager::loadAllProgress);
        pager->loadAll();
        QVERIFY(pager->hasStarted());
        while (!list.asked.isEmpty())
            list.answer();
        QVERIFY(pager->isComplete());
        QVERIFY(!pager->isLoadingAll());
        QCOMPARE(list.taken.size(), 10);
        QCOMPARE(progress.constLast(), QVariantList({10, true}));
        QCOMPARE(progress.constFirst(), QVariantList({0, false}));
        progress.clear();
        pager->loadAll(); // nothing left: finished at once
        QCOMPARE(progress.size(), 1);
        QVERIFY(list.asked.isEmpty());
    }

    void cancelLoadAllLetsThePageInFlightArrive()
    {
        pager->loadAll();
        list.answer();
        QCOMPARE(list.asked.size(), 1);
        pager->cancelLoadAll();
        QVERIFY(!pager->isLoadingAll());
        list.answer();
        QVERIFY(list.asked.isEmpty());
        QCOMPARE(list.taken.size(), 6);
        QVERIFY(pager->canFetchMore());
    }

    void loadAllAfterAnErrorRetries()
    {
        pager->restart();
        list.answer(ApiResult<Pager::Reply>(ApiError(ApiError::Kind::Timeout)));
        pager->loadAll();
        QVERIFY(!pager->lastError().isError());
        while (!list.asked.isEmpty())
            list.answer();
        QCOMPARE(list.taken.size(), 10);
    }

    void endlessListingsStop_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("cursor points back") << QStringLiteral("cycle");
        QTest::newRow("empty page says more follow") << QStringLiteral("empty");
        QTest::newRow("pages with nothing new") << QStringLiteral("repeat");
        QTest::newRow("has_more without a new cursor") << QStringLiteral("same");
    }
    void endlessListingsStop()
    {
        QFETCH(QString, how);
        QSignalSpy errors(pager.get(), &Pager::errorOccurred);
        pager->loadAll();
        int requests = 0;
        while (!list.asked.isEmpty() && requests < 50) {
            ++requests;
            const QString after = list.asked.constFirst().after;
            Pager::Reply reply = list.page({}); // the first page, whatever was asked
            if (how == QLatin1String("cycle"))
                reply.nextCursor = requests % 2 ? QStringLiteral("A") : QStringLiteral("B");
            else if (how == QLatin1String("empty"))
                reply = {QStringLiteral("c%1").arg(requests), true, QStringLiteral("req"), true, {}};
            else if (how == QLatin1String("repeat"))
                reply.nextCursor = QStringLiteral("c%1").arg(requests);
            else
                reply.nextCursor = after;
            list.answer(ApiResult<Pager::Reply>(reply));
        }
        QCOMPARE(errors.count(), 1);
        const ApiError error = pager->lastError();
        QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(error.userMessage().contains(QStringLiteral("never ends")), qPrintable(error.userMessage()));
        QVERIFY(!error.requestId().isEmpty());
        QVERIFY2(requests <= 4, qPrintable(QString::number(requests)));
        QVERIFY(!pager->isLoadingAll());
        QVERIFY(!pager->canFetchMore());
    }

    void aCallCancelledElsewhereStopsTheListing()
    {
        QSignalSpy errors(pager.get(), &Pager::errorOccurred);
        pager->restart();
        delete list.asked.takeFirst().call; // AdminApiClient::cancelAll()
        QCOMPARE(errors.count(), 1);
        QCOMPARE(pager->lastError().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!pager->isLoading());
    }

    void stopForgetsEverything()
    {
        pager->loadAll();
        QPointer<FakeCall> call = list.asked.constFirst().call;
        pager->stop();
        QVERIFY(call && call->cancelled);
        QVERIFY(!pager->hasStarted());
        QVERIFY(!pager->isLoading());
        QVERIFY(!pager->isLoadingAll());
        list.answer();
        QVERIFY(list.taken.isEmpty());
    }

    void aSourceWithoutACallStopsCleanly()
    {
        bool refuse = true;
        Pager pager([&](const QString &after, const Pager::Deliver &deliver) -> QPointer<ApiCall> {
            if (refuse)
                return nullptr; // no client any more: nothing will ever answer
            deliver(list.page(after));
            return nullptr;
        });
        pager.restart();
        QCOMPARE(pager.lastError().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!pager.isLoading());
        refuse = false;
        pager.retry();
        QVERIFY(!pager.lastError().isError());
        QCOMPARE(list.taken.size(), 3);
    }

    void aNewListingEndsLoadAll()
    {
        QSignalSpy progress(pager.get(), &Pager::loadAllProgress);
        pager->loadAll();
        list.answer();
        pager->restart(); // F5 while loading all: its own pages, not every page
        QVERIFY(!pager->isLoadingAll());
        QCOMPARE(progress.constLast().at(1).toBool(), true);
        QVERIFY(list.asked.takeFirst().call->cancelled); // the second page, no longer wanted
        list.answer();
        QVERIFY(list.asked.isEmpty());
    }

    void anObserverStartingAnotherListingWins()
    {
        pager->restart();
        connect(pager.get(), &Pager::pageLoaded, this, [this] { pager->restart(); }, Qt::SingleShotConnection);
        list.answer();
        // The first page's cursor did not leak into the new listing: it asks for the first page.
        QCOMPARE(list.asked.size(), 1);
        QCOMPARE(list.asked.constFirst().after, QString());
        QCOMPARE(pager->pagesLoaded(), 0);
        list.answer();
        QCOMPARE(pager->pagesLoaded(), 1);
    }

    void anAnswerDuringTheRequestIsTaken()
    {
        // A source that answers at once (the client refusing before sending does not, but a
        // cache might): the pager must not wait for a call that already ended.
        Pager eager([this](const QString &after, const Pager::Deliver &deliver) -> QPointer<ApiCall> {
            deliver(list.page(after));
            return nullptr;
        });
        eager.loadAll();
        QVERIFY(eager.isComplete());
        QVERIFY(!eager.isLoading());
        QCOMPARE(list.taken.size(), 10);
    }

private:
    FakeList list;
    std::unique_ptr<Pager> pager;
};

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
