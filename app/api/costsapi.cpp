// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "costsapi.h"

#include "adminapiclient.h"
#include "apirequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace {

const QString CostsPath = QStringLiteral("/organization/costs");

ApiError badResponse(const QString &why, const QString &requestId)
{
    return ApiError(ApiError::Kind::BadResponse, why).setRequestId(requestId).setHttpStatus(200);
}

} // namespace

namespace CostsApi {

RequestSpec requestSpec(const CostsQuery &query)
{
    return {"GET", CostsPath, query.toQueryString(), std::nullopt, QStringLiteral("costs"),
            RequestSpec::Retry::Safe};
}

QPointer<ApiCall> fetch(AdminApiClient &client, const CostsQuery &query, QObject *context,
                        PageHandler done, QThreadPool *readIn)
{
    const auto read = [sent = query.page](const RequestOutcome &o) {
        return CostsReader::page(o.body, sent, o.requestId);
    };
    if (!readIn)
        return client.send<CostPage>(requestSpec(query), context, read, std::move(done));
    return client.sendRequest(
        requestSpec(query), context,
        [read, readIn, context = QPointer<QObject>(context), done = std::move(done)](const RequestOutcome &o) {
            if (o.error.isError()) {
                done(o.error);
                return;
            }
            readIn->start([read, o, context, done] {
                auto page = std::make_shared<const ApiResult<CostPage>>(read(o));
                // Back on the application's thread, where the context is looked at: it may
                // have gone meanwhile (a new key, a new period), and its answer with it.
                QMetaObject::invokeMethod(QCoreApplication::instance(), [page, context, done] {
                    if (context)
                        done(*page);
                }, Qt::QueuedConnection);
            });
        });
}

namespace {

// What a chain of pages has gathered so far.
struct Chain
{
    AdminApiClient *client = nullptr;
    QPointer<QObject> context;
    CostsQuery query;
    BucketsHandler done;
    PageHandler pageDone;
    int maxPages = 0;
    int pages = 0;
    QThreadPool *readIn = nullptr;
    QSet<QString> cursors;
    QList<CostBucket> buckets;
};

void next(const std::shared_ptr<Chain> &chain)
{
    fetch(*chain->client, chain->query, chain->context, [chain](const ApiResult<CostPage> &result) {
        if (chain->pageDone)
            chain->pageDone(result);
        if (!result.ok()) {
            chain->done(result.error());
            return;
        }
        const CostPage &page = result.value();
        chain->buckets.append(page.buckets);
        if (!page.hasMore) {
            chain->done(chain->buckets);
            return;
        }
        if (chain->cursors.contains(page.nextPage) || ++chain->pages >= chain->maxPages) {
            chain->done(badResponse(QStringLiteral("costs pages that never end; paging stopped"),
                                    page.requestId));
            return;
        }
        chain->cursors.insert(page.nextPage);
        chain->query.page = page.nextPage;
        next(chain);
    }, chain->readIn);
}

} // namespace

void fetchAll(AdminApiClient &client, const CostsQuery &query, QObject *context,
              BucketsHandler done, PageHandler pageDone, int maxPages, QThreadPool *readIn)
{
    auto chain = std::make_shared<Chain>();
    chain->client = &client;
    chain->context = context;
    chain->query = query;
    chain->done = std::move(done);
    if (!chain->done)
        chain->done = [](const ApiResult<QList<CostBucket>> &) {};
    chain->pageDone = std::move(pageDone);
    chain->maxPages = std::max(maxPages, 1);
    chain->readIn = readIn;
    if (!query.page.isEmpty())
        chain->cursors.insert(query.page);
    next(chain);
}

} // namespace CostsApi
