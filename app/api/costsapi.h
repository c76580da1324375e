// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "costs.h"

#include <QPointer>

#include <functional>

class AdminApiClient;
class ApiCall;
class QObject;
class QThreadPool;
struct RequestSpec;

/// GET /organization/costs through AdminApiClient::send(): the client's key, origin rule,
/// retries (a GET, retried like a listing) and its own rate-limit bucket, "costs".
namespace CostsApi {

using PageHandler = std::function<void(const ApiResult<CostPage> &)>;
using BucketsHandler = std::function<void(const ApiResult<QList<CostBucket>> &)>;

[[nodiscard]] RequestSpec requestSpec(const CostsQuery &query);
/// One page; @p done runs while @p context lives. With @p readIn, the answer is read there,
/// off the GUI thread (an organization's page holds a result per project and day: 300,000 at
/// 10,000 projects over 30 days, a second of reading), and @p done runs back on the
/// application's thread; the pool must end before the application object does.
QPointer<ApiCall> fetch(AdminApiClient &client, const CostsQuery &query, QObject *context,
                        PageHandler done, QThreadPool *readIn = nullptr);
/// Every page from query.page on, one request after another (paced by the gate); @p done gets
/// all buckets, or the first error. A cursor seen before, or more than @p maxPages pages, ends
/// it with a BadResponse. @p pageDone, if given, hears of each page as it lands. @p readIn as
/// for fetch().
void fetchAll(AdminApiClient &client, const CostsQuery &query, QObject *context,
              BucketsHandler done, PageHandler pageDone = {}, int maxPages = 100,
              QThreadPool *readIn = nullptr);

} // namespace CostsApi
