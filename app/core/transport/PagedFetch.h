// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"
#include "transport/RequestOptions.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace PeeringDesk {

class AtlasClient;
class AtlasReply;

/// Reads every page of one Atlas list endpoint (GET …?itemsPerPage=500&pageNum=n) through AtlasClient and reports
/// once, with all `results` in order or with the failure of the page that failed.
///
/// It stops at an empty page, at pageNum × itemsPerPage ≥ totalCount, or when no "next" link is present
/// (atlas-api.md §2.2), and never reads more than maxPages pages, so a server that always says "next" cannot
/// keep it busy forever.
///
/// A page answered 429 or 503 with Retry-After is asked again after that many seconds (a GET changes nothing, so
/// this is safe), at most maxRetries times per run, and only when the wait is at most maxRetryAfterSeconds: a longer
/// one is reported as the failure instead of leaving the list silently empty for minutes.
class PagedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    static constexpr int defaultItemsPerPage = 500;
    static constexpr int maxPages = 200;
    static constexpr int maxRetries = 3;
    static constexpr int maxRetryAfterSeconds = 60;

    /// `path` is relative to /api/atlas/v2, e.g. "/groups/{id}/peers"; `query` carries the filters (providerName).
    PagedFetch(AtlasClient *client, QString path, QUrlQuery query = {}, QObject *parent = nullptr);
    ~PagedFetch() override;

    void setItemsPerPage(int itemsPerPage) { m_itemsPerPage = itemsPerPage; }
    void setRequestOptions(RequestOptions options) { m_options = options; }
    /// Older versions of the resource to ask for, newest first, when the server answers the first page 406 (a
    /// version it does not serve yet, as Atlas for Government can lag behind).
    void setFallbackMediaTypes(QList<QByteArray> mediaTypes) { m_fallbacks = std::move(mediaTypes); }
    /// The media type of the last page asked for; the answers decode by it.
    QByteArray mediaType() const { return m_options.mediaType; }

    /// Starts from page 1, forgetting any earlier results. Ignored while running.
    void start();
    /// Aborts the page in flight; finished() still comes, once, with a Cancelled failure.
    void cancel();

    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    /// Every result so far, in the order Atlas listed them.
    QJsonArray results() const { return m_results; }
    /// Set when the last run failed; results() then holds the pages read before the failure.
    const std::optional<RequestFailure> &failure() const { return m_failure; }
    int pagesFetched() const { return m_pagesFetched; }
    /// What to show while waiting(seconds) runs its course.
    static QString waitingMessage(int seconds);
    /// Pages asked again after a Retry-After in the last run.
    int retries() const { return m_retries; }

Q_SIGNALS:
    /// Once per start(), never from inside start() or cancel().
    void finished();
    /// Atlas asked to wait: the page is asked again after `seconds`.
    void waiting(int seconds);

private:
    void fetchPage(int pageNum);
    void onPage(AtlasReply *reply, int pageNum);
    void finish(std::optional<RequestFailure> failure);
    bool retryLater(const RequestFailure &failure, int pageNum);

    AtlasClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    RequestOptions m_options;
    QList<QByteArray> m_fallbacks;
    int m_itemsPerPage = defaultItemsPerPage;
    bool m_running = false;
    QPointer<AtlasReply> m_reply;
    QJsonArray m_results;
    std::optional<RequestFailure> m_failure;
    int m_pagesFetched = 0;
    int m_retries = 0;
    int m_retryPage = 0;
    QTimer m_retryTimer;
};

} // namespace PeeringDesk
