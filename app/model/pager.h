// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ApiCall;

/// Walks one cursor-paged list of the Admin API (`after`, `has_more`), one request at a time:
/// the next page when a view asks (fetchMore), a few pages (restart), every page (loadAll),
/// the failed page again (retry). It makes sure a listing ends, however the service answers.
///
/// It knows nothing of rows: its source asks the client for a page and hands back a Reply whose
/// take() puts the page's items into the model and says how many this listing had not seen.
/// Every list of the application (projects, members, service accounts, keys, rate limits) is a
/// table model that owns a Pager.
class Pager : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        QString nextCursor;
        bool hasMore = false;
        QString requestId;
        bool empty = false;        ///< the page held no items
        std::function<int()> take; ///< runs only if the page is still wanted
    };
    using Deliver = std::function<void(const ApiResult<Reply> &)>;
    /// Asks for the page after @p after (empty: the first) and calls @p deliver once with it.
    /// The returned call is cancelled when the pager no longer wants the page.
    using Source = std::function<QPointer<ApiCall>(const QString &after, Deliver deliver)>;

    explicit Pager(Source source, QObject *parent = nullptr);
    ~Pager() override;

    /// Starts a new listing from the first page and fetches @p pages pages (fewer if it ends).
    /// What was in flight is dropped; the model keeps its rows and merges the new pages in.
    void restart(int pages = 1);
    /// Forgets the listing; nothing is fetched until restart() or loadAll().
    void stop();
    /// A next page exists, nothing is in flight and no error stopped the listing.
    [[nodiscard]] bool canFetchMore() const;
    void fetchMore();
    /// Fetches every remaining page (starting a listing if none has started) until the end,
    /// an error or cancelLoadAll(). After an error it first retries the failed page.
    void loadAll();
    /// Stops loadAll() after the page in flight, which still arrives.
    void cancelLoadAll();
    /// After an error: asks for the page that failed again.
    void retry();

    [[nodiscard]] bool hasStarted() const { return m_started; }
    [[nodiscard]] bool isLoading() const { return m_inFlight; }
    [[nodiscard]] bool isLoadingAll() const { return m_loadingAll; }
    /// The last page of this listing has arrived.
    [[nodiscard]] bool isComplete() const { return m_started && m_pages > 0 && !m_hasMore; }
    [[nodiscard]] int pagesLoaded() const { return m_pages; }
    /// Items this listing has brought that it had not seen before.
    [[nodiscard]] int itemsListed() const { return m_listed; }
    [[nodiscard]] ApiError lastError() const { return m_error; } ///< kind None unless stopped

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void errorCleared();
    /// A page was taken (after take() ran) with this many items new to the listing.
    void pageLoaded(int fresh);
    void completeChanged(bool complete);
    /// Loading all: @p listed items so far; @p finished once it ends, however it ends.
    void loadAllProgress(int listed, bool finished);
    /// The pages restart() asked for are in (or the listing ended before them).
    void restartDone();

private:
    void begin();
    /// The listing's position back to its start: a new one (@p started) or none.
    void reset(bool started);
    void request();
    void onReply(quint64 generation, const QString &after, const ApiResult<Reply> &result);
    void accept(const Reply &page, const QString &after);
    [[nodiscard]] QString whyEndless(const Reply &page, const QString &after, int fresh) const;
    void fail(const ApiError &error);
    void clearError();
    void abort();
    void stopLoadingAll();
    void setLoading(bool loading);
    void syncComplete();

    Source m_source;
    quint64 m_generation = 0; ///< replies of an older generation are dropped
    QPointer<ApiCall> m_call;
    bool m_inFlight = false;
    bool m_reportedLoading = false;
    bool m_reportedComplete = false;

    bool m_started = false;
    QString m_cursor;
    bool m_hasMore = false;
    int m_pages = 0;
    int m_listed = 0;
    bool m_restarting = false;  ///< restart()'s pages are not all in yet
    int m_restartPagesLeft = 0; ///< pages restart() still wants after the one in flight
    bool m_loadingAll = false;
    ApiError m_error;
    // What keeps a service whose cursors go round in circles from being asked forever.
    QSet<QString> m_seenCursors;
    int m_pagesWithNothingNew = 0;
};
