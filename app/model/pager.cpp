// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "pager.h"

#include "adminapiclient.h"

#include <QLocale>
#include <QLoggingCategory>

#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcPager, "orgdesk.pager")

// Far beyond any organization (the service's default cap is 2,000 projects): past it, the
// service is taken to be repeating itself.
constexpr int MaxListed = 1000000;
constexpr int MaxPagesWithNothingNew = 3;

} // namespace

Pager::Pager(Source source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
}

Pager::~Pager()
{
    abort();
}

void Pager::restart(int pages)
{
    begin();
    m_restartPagesLeft = std::max(pages, 1) - 1;
    m_restarting = true;
    request();
}

void Pager::begin()
{
    abort();
    stopLoadingAll(); // a new listing (F5, the archived toggle) asks for its own pages
    clearError();
    reset(true);
    syncComplete();
}

void Pager::stop()
{
    abort();
    reset(false);
    stopLoadingAll();
    clearError();
    setLoading(false);
    syncComplete();
}

bool Pager::canFetchMore() const
{
    return m_started && m_hasMore && !m_inFlight && !m_error.isError();
}

void Pager::fetchMore()
{
    if (canFetchMore())
        request();
}

void Pager::loadAll()
{
    if (m_loadingAll)
        return;
    if (!m_started) {
        begin();
    } else if (isComplete()) {
        Q_EMIT loadAllProgress(m_listed, true);
        return;
    }
    m_loadingAll = true;
    m_pagesWithNothingNew = 0;
    Q_EMIT loadAllProgress(m_listed, false);
    if (m_error.isError())
        retry();
    else if (!m_inFlight)
        request();
}

void Pager::cancelLoadAll()
{
    stopLoadingAll(); // the page in flight still arrives: it is paid for
}

void Pager::retry()
{
    if (!m_error.isError() || m_inFlight)
        return;
    clearError();
    request();
}

void Pager::request()
{
    Q_ASSERT(!m_inFlight);
    const quint64 generation = m_generation;
    m_inFlight = true;
    qCDebug(lcPager) << "asking for the page after" << m_cursor;
    QPointer<ApiCall> call = m_source(m_cursor, [this, generation, after = m_cursor](const ApiResult<Reply> &result) {
        onReply(generation, after, result);
    });
    if (generation != m_generation || !m_inFlight)
        return; // answered already
    if (!call) {
        m_inFlight = false;
        fail(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    m_call = call;
    // The call may end without a reply (its client cancels it, or is deleted): then none ever
    // comes.
    connect(call, &QObject::destroyed, this, [this, generation] {
        if (generation == m_generation && m_inFlight) {
            qCWarning(lcPager) << "the page request was cancelled by someone else";
            m_inFlight = false;
            fail(ApiError(ApiError::Kind::Cancelled));
        }
    });
    setLoading(true);
}

void Pager::onReply(quint64 generation, const QString &after, const ApiResult<Reply> &result)
{
    if (generation != m_generation || !m_inFlight) {
        qCDebug(lcPager) << "dropping the reply of a superseded listing";
        return;
    }
    ++m_generation; // nothing more of this request, the destroyed() signal included
    m_inFlight = false;
    m_call = nullptr;
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    accept(result.value(), after);
}

void Pager::accept(const Reply &page, const QString &after)
{
    const quint64 generation = m_generation;
    const int fresh = page.take ? page.take() : 0;
    if (generation != m_generation)
        return; // an observer of the rows started another listing
    m_listed += fresh;
    ++m_pages;
    if (const QString why = whyEndless(page, after, fresh); !why.isEmpty()) {
        ApiError error(ApiError::Kind::BadResponse, tr("the listing never ends: %1").arg(why));
        error.setRequestId(page.requestId);
        m_hasMore = true; // the failed page is asked for again by retry()
        fail(error);
        return;
    }
    m_cursor = page.nextCursor;
    m_hasMore = page.hasMore;
    if (page.hasMore)
        m_seenCursors.insert(page.nextCursor);
    m_pagesWithNothingNew = fresh == 0 ? m_pagesWithNothingNew + 1 : 0;
    syncComplete();
    Q_EMIT pageLoaded(fresh);
    if (generation != m_generation)
        return;

    bool restartWantsMore = false;
    if (m_restarting) {
        restartWantsMore = m_hasMore && m_restartPagesLeft > 0;
        if (restartWantsMore) {
            --m_restartPagesLeft;
        } else {
            m_restarting = false;
            Q_EMIT restartDone();
        }
    }
    if (m_loadingAll) {
        if (m_hasMore)
            Q_EMIT loadAllProgress(m_listed, false);
        else
            stopLoadingAll();
    }
    if (m_hasMore && !m_inFlight && !m_error.isError() && (restartWantsMore || m_loadingAll))
        request();
    setLoading(m_inFlight); // last, so that loading every page does not flicker between them
}

QString Pager::whyEndless(const Reply &page, const QString &after, int fresh) const
{
    if (!page.hasMore)
        return {};
    if (page.nextCursor.isEmpty() || page.nextCursor == after)
        return tr("a page says more follow but gives no new cursor");
    if (page.empty)
        return tr("a page with nothing in it says more follow");
    if (m_seenCursors.contains(page.nextCursor))
        return tr("the list points back to a page it already gave");
    if (fresh == 0 && m_pagesWithNothingNew + 1 >= MaxPagesWithNothingNew)
        return tr("%n pages in a row held only what was already listed", nullptr, MaxPagesWithNothingNew);
    if (m_listed > MaxListed)
        return tr("more than %1 items").arg(QLocale().toString(MaxListed));
    return {};
}

void Pager::fail(const ApiError &error)
{
    qCInfo(lcPager) << "the listing stopped:" << error.detail() << "status" << error.httpStatus();
    m_error = error; // a restart goes on after retry()
    setLoading(m_inFlight);
    Q_EMIT errorOccurred(m_error);
    stopLoadingAll();
}

void Pager::clearError()
{
    if (!m_error.isError())
        return;
    m_error = {};
    Q_EMIT errorCleared();
}

void Pager::abort()
{
    ++m_generation;
    m_inFlight = false;
    if (QPointer<ApiCall> superseded = std::exchange(m_call, nullptr))
        superseded->cancel();
}

// Emits nothing: begin() and stop() report the change each in its own order.
void Pager::reset(bool started)
{
    m_started = started;
    m_cursor.clear();
    m_hasMore = started;
    m_pages = 0;
    m_listed = 0;
    m_seenCursors.clear();
    m_pagesWithNothingNew = 0;
    m_restarting = false;
    m_restartPagesLeft = 0;
}

void Pager::stopLoadingAll()
{
    if (!std::exchange(m_loadingAll, false))
        return;
    Q_EMIT loadAllProgress(m_listed, true);
}

void Pager::setLoading(bool loading)
{
    if (m_reportedLoading == loading)
        return;
    m_reportedLoading = loading;
    Q_EMIT loadingChanged(loading);
}

void Pager::syncComplete()
{
    const bool complete = isComplete();
    if (m_reportedComplete == complete)
        return;
    m_reportedComplete = complete;
    Q_EMIT completeChanged(complete);
}
