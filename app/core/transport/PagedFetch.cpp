// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/PagedFetch.h"

#include "transport/AtlasClient.h"
#include "transport/AtlasLog.h"

#include <QJsonObject>

namespace PeeringDesk {

PagedFetch::PagedFetch(AtlasClient *client, QString path, QUrlQuery query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { fetchPage(m_retryPage); });
}

PagedFetch::~PagedFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

void PagedFetch::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_results = {};
    m_failure.reset();
    m_pagesFetched = 0;
    m_retries = 0;
    fetchPage(1);
}

void PagedFetch::cancel()
{
    if (m_running && m_reply) {
        m_reply->cancel(); // reports through onPage with a Cancelled failure
    } else if (m_running && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        const QUrl url = m_client->urlFor(m_path, m_query, m_options);
        QMetaObject::invokeMethod(
            this, [this, url] { finish(RequestFailure(RequestFailure::Kind::Cancelled, url)); }, Qt::QueuedConnection);
    }
}

void PagedFetch::fetchPage(int pageNum)
{
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(m_itemsPerPage));
    query.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    AtlasReply *reply = m_client->send(QByteArrayLiteral("GET"), m_path, query, {}, m_options);
    m_reply = reply;
    connect(reply, &AtlasReply::finished, this, [this, reply, pageNum] { onPage(reply, pageNum); });
}

void PagedFetch::onPage(AtlasReply *reply, int pageNum)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (!reply->isOk()) {
        if (pageNum == 1 && reply->httpStatus() == 406 && !m_fallbacks.isEmpty() && m_pagesFetched == 0) {
            m_options.mediaType = m_fallbacks.takeFirst();
            qCInfo(lcAtlas) << m_path << "asks again with" << m_options.mediaType;
            fetchPage(1);
            return;
        }
        if (!retryLater(*reply->failure(), pageNum)) {
            finish(reply->failure());
        }
        return;
    }
    const QJsonObject page = reply->json().toObject();
    const QJsonValue resultsValue = page.value(QLatin1String("results"));
    if (!resultsValue.isArray()) {
        RequestFailure failure(RequestFailure::Kind::InvalidResponse, reply->url(),
                               tr("the list has no \"results\" array"));
        failure.setHttpStatus(reply->httpStatus());
        finish(failure);
        return;
    }
    const QJsonArray results = resultsValue.toArray();
    for (const QJsonValue &item : results) {
        m_results.append(item);
    }
    ++m_pagesFetched;

    bool hasNext = false;
    for (const QJsonValue &link : page.value(QLatin1String("links")).toArray()) {
        if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next")) {
            hasNext = true;
        }
    }
    const QJsonValue total = page.value(QLatin1String("totalCount"));
    const bool reachedTotal = total.isDouble() && qint64(pageNum) * m_itemsPerPage >= total.toInteger();
    if (results.isEmpty() || !hasNext || reachedTotal) {
        finish(std::nullopt);
        return;
    }
    if (pageNum >= maxPages) {
        qCWarning(lcAtlas) << "stopped paging" << m_path << "after" << maxPages << "pages";
        finish(std::nullopt);
        return;
    }
    fetchPage(pageNum + 1);
}

QString PagedFetch::waitingMessage(int seconds)
{
    return tr("Atlas asked to wait %n second(s) before the next page; the list will continue then.", nullptr, seconds);
}

bool PagedFetch::retryLater(const RequestFailure &failure, int pageNum)
{
    const int status = failure.httpStatus();
    const std::optional<int> seconds = failure.retryAfterSeconds();
    if ((status != 429 && status != 503) || !seconds || *seconds > maxRetryAfterSeconds || m_retries >= maxRetries) {
        return false;
    }
    ++m_retries;
    m_retryPage = pageNum;
    qCInfo(lcAtlas) << "page" << pageNum << "of" << m_path << "answered" << status << "; again in" << *seconds << "s";
    m_retryTimer.start(*seconds * 1000);
    Q_EMIT waiting(*seconds);
    return true;
}

void PagedFetch::finish(std::optional<RequestFailure> failure)
{
    m_failure = std::move(failure);
    m_running = false;
    m_retryTimer.stop();
    qCDebug(lcAtlas) << "paged" << m_path << m_pagesFetched << "pages," << m_results.size() << "items";
    Q_EMIT finished();
}

} // namespace PeeringDesk
