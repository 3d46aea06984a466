// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AtlasApi.h"

#include "api/ApiLog.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"
#include "transport/PagedFetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PeeringDesk {

namespace {

QString groupPath(const QString &groupId, QStringView collection)
{
    return QStringLiteral("/groups/%1/%2").arg(groupId, collection);
}

QUrlQuery providerQuery(Provider provider)
{
    return QUrlQuery{{QStringLiteral("providerName"), providerWireName(provider)}};
}

RequestFailure undecodable(const QUrl &url, int httpStatus, const QString &detail)
{
    qCWarning(lcApi) << "answer from" << url.path() << "did not decode:" << detail;
    RequestFailure failure(RequestFailure::Kind::InvalidResponse, url, detail);
    failure.setHttpStatus(httpStatus);
    return failure;
}

// Each model's fromJson fails only when the object has no id; these say so for the one that failed, with
// `item` the 1-based position in a list, or 0 for a single answer.
template <typename T>
QString missingId(qsizetype item);

template <>
QString missingId<Project>(qsizetype item)
{
    return AtlasApi::tr("project %1 of the list has no id").arg(item);
}

template <>
QString missingId<Container>(qsizetype item)
{
    return item == 0 ? AtlasApi::tr("the container in the answer has no id")
                     : AtlasApi::tr("container %1 of the list has no id").arg(item);
}

template <>
QString missingId<Peering>(qsizetype item)
{
    return item == 0 ? AtlasApi::tr("the peering in the answer has no id")
                     : AtlasApi::tr("peering %1 of the list has no id").arg(item);
}

template <>
QString missingId<AccessListEntry>(qsizetype item)
{
    return AtlasApi::tr("access list entry %1 names no CIDR block, address or security group").arg(item);
}

template <>
QString missingId<Cluster>(qsizetype item)
{
    return AtlasApi::tr("cluster %1 of the list has no name").arg(item);
}

template <typename T>
std::optional<T> decode(const QJsonValue &json)
{
    return T::fromJson(json.toObject());
}

/// Every item of a finished list, or the first reason it cannot be had: a failed page, or an item that does not
/// decode (a list with a hole in it would look complete to the user).
template <typename T>
AtlasResult<QList<T>> decodeList(const PagedFetch &fetch, const QUrl &url)
{
    if (fetch.failure()) {
        return *fetch.failure();
    }
    const QJsonArray results = fetch.results();
    QList<T> items;
    items.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        std::optional<T> item = decode<T>(results.at(i));
        if (!item) {
            return undecodable(url, 200, missingId<T>(i + 1));
        }
        items.append(std::move(*item));
    }
    qCDebug(lcApi) << "listed" << items.size() << "items of" << url.path() << "over" << fetch.pagesFetched()
                   << "page(s)";
    return items;
}

template <typename T>
AtlasResult<T> decodeSingle(const AtlasReply &reply)
{
    if (reply.failure()) {
        return *reply.failure();
    }
    std::optional<T> value = decode<T>(reply.json());
    if (!value) {
        return undecodable(reply.url(), reply.httpStatus(), missingId<T>(0));
    }
    return std::move(*value);
}

} // namespace

AtlasApi::AtlasApi(AtlasClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

AtlasApi::~AtlasApi() = default;

AtlasCall *AtlasApi::startList(QObject *context, const QString &path, const QUrlQuery &query,
                               std::function<void(const PagedFetch &, const QUrl &)> deliver,
                               const std::function<void(PagedFetch &)> &prepare)
{
    auto *call = new AtlasCall(context ? context : this);
    auto *fetch = new PagedFetch(m_client, path, query);
    if (prepare) {
        prepare(*fetch);
    }
    const QUrl url = m_client->urlFor(path, query, {});
    call->follow(fetch, [fetch, url, deliver = std::move(deliver)] { deliver(*fetch, url); });
    return call;
}

AtlasCall *AtlasApi::startSingle(QObject *context, AtlasReply *reply, std::function<void(const AtlasReply &)> deliver)
{
    auto *call = new AtlasCall(context ? context : this);
    call->follow(reply, [reply, deliver = std::move(deliver)] { deliver(*reply); });
    return call;
}

AtlasCall *AtlasApi::listProjects(QObject *context, AtlasCallback<QList<Project>> done)
{
    return startList(
        context, QStringLiteral("/groups"), {},
        [done = std::move(done)](const PagedFetch &fetch, const QUrl &url) { done(decodeList<Project>(fetch, url)); });
}

AtlasCall *AtlasApi::testConnection(QObject *context, AtlasCallback<int> done)
{
    // One project is enough to prove the key works; totalCount still counts them all.
    const QUrlQuery query{{QStringLiteral("itemsPerPage"), QStringLiteral("1")},
                          {QStringLiteral("includeCount"), QStringLiteral("true")}};
    AtlasReply *reply = m_client->send(QByteArrayLiteral("GET"), QStringLiteral("/groups"), query);
    return startSingle(context, reply, [done = std::move(done)](const AtlasReply &answer) {
        if (answer.failure()) {
            done(*answer.failure());
            return;
        }
        const QJsonValue total = answer.json().toObject().value(QLatin1String("totalCount"));
        if (!total.isDouble()) {
            done(undecodable(answer.url(), answer.httpStatus(), tr("the project list has no totalCount")));
            return;
        }
        done(total.toInt());
    });
}

AtlasCall *AtlasApi::listContainers(const QString &groupId, Provider provider, QObject *context,
                                    AtlasCallback<QList<Container>> done)
{
    return startList(context, groupPath(groupId, u"containers"), providerQuery(provider),
                     [provider, done = std::move(done)](const PagedFetch &fetch, const QUrl &url) {
                         const AtlasResult<QList<Container>> listed = decodeList<Container>(fetch, url);
                         if (!listed.isOk()) {
                             done(listed);
                             return;
                         }
                         // A server that ignores providerName lists every provider's containers; keep the one
                         // asked for.
                         QList<Container> ours;
                         for (const Container &container : listed.value()) {
                             if (container.provider == provider) {
                                 ours.append(container);
                             }
                         }
                         done(ours);
                     });
}

AtlasCall *AtlasApi::createContainer(const QString &groupId, const ContainerRequest &request, QObject *context,
                                     AtlasCallback<Container> done)
{
    AtlasReply *reply = m_client->send(QByteArrayLiteral("POST"), groupPath(groupId, u"containers"), {},
                                       QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    return startSingle(context, reply, [done = std::move(done)](const AtlasReply &answer) {
        const AtlasResult<Container> created = decodeSingle<Container>(answer);
        if (created.isOk()) {
            qCInfo(lcApi) << "created container" << created.value().id;
        }
        done(created);
    });
}

AtlasCall *AtlasApi::listPeerings(const QString &groupId, Provider provider, QObject *context,
                                  AtlasCallback<QList<Peering>> done)
{
    return startList(
        context, groupPath(groupId, u"peers"), providerQuery(provider),
        [done = std::move(done)](const PagedFetch &fetch, const QUrl &url) { done(decodeList<Peering>(fetch, url)); });
}

AtlasCall *AtlasApi::getPeering(const QString &groupId, const QString &peerId, QObject *context,
                                AtlasCallback<Peering> done)
{
    AtlasReply *reply =
        m_client->send(QByteArrayLiteral("GET"), groupPath(groupId, u"peers") + QLatin1Char('/') + peerId);
    return startSingle(context, reply,
                       [done = std::move(done)](const AtlasReply &answer) { done(decodeSingle<Peering>(answer)); });
}

AtlasCall *AtlasApi::deletePeering(const QString &groupId, const QString &peerId, QObject *context,
                                   AtlasCallback<PeeringDeletion> done)
{
    AtlasReply *reply =
        m_client->send(QByteArrayLiteral("DELETE"), groupPath(groupId, u"peers") + QLatin1Char('/') + peerId);
    return startSingle(context, reply, [done = std::move(done)](const AtlasReply &answer) {
        if (!answer.failure()) {
            done(PeeringDeletion::Accepted);
            return;
        }
        const RequestFailure &failure = *answer.failure();
        const QString code = failure.apiError() ? failure.apiError()->errorCode() : QString();
        if (code == QLatin1String("PEER_NOT_FOUND")) {
            done(PeeringDeletion::AlreadyGone);
        } else if (code == QLatin1String("PEER_ALREADY_REQUESTED_DELETION")) {
            done(PeeringDeletion::AlreadyRequested);
        } else {
            done(failure);
        }
    });
}

AtlasCall *AtlasApi::listAccessList(const QString &groupId, QObject *context,
                                    AtlasCallback<QList<AccessListEntry>> done)
{
    return startList(context, groupPath(groupId, u"accessList"), {},
                     [done = std::move(done)](const PagedFetch &fetch, const QUrl &url) {
                         done(decodeList<AccessListEntry>(fetch, url));
                     });
}

AtlasCall *AtlasApi::addToAccessList(const QString &groupId, const AccessListRequest &request, QObject *context,
                                     AtlasCallback<QList<AccessListEntry>> done)
{
    AtlasReply *reply = m_client->send(QByteArrayLiteral("POST"), groupPath(groupId, u"accessList"), {},
                                       QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    return startSingle(context, reply, [done = std::move(done)](const AtlasReply &answer) {
        if (answer.failure()) {
            done(*answer.failure());
            return;
        }
        const QJsonValue results = answer.json().toObject().value(QLatin1String("results"));
        if (!results.isArray()) {
            done(undecodable(answer.url(), answer.httpStatus(), tr("the access list has no \"results\" array")));
            return;
        }
        QList<AccessListEntry> entries;
        const QJsonArray items = results.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            std::optional<AccessListEntry> entry = AccessListEntry::fromJson(items.at(i).toObject());
            if (!entry) {
                done(undecodable(answer.url(), answer.httpStatus(), missingId<AccessListEntry>(i + 1)));
                return;
            }
            entries.append(*entry);
        }
        qCInfo(lcApi) << "access list now has" << entries.size() << "entries on its first page";
        done(entries);
    });
}

AtlasCall *AtlasApi::accessListStatus(const QString &groupId, const QString &entryValue, QObject *context,
                                      AtlasCallback<AccessListEntry::Status> done)
{
    // The entry is a path segment: its "/" travels percent-encoded (10.20.0.0%2F16), as Atlas documents.
    const QString entry = QString::fromLatin1(QUrl::toPercentEncoding(entryValue));
    AtlasReply *reply = m_client->send(QByteArrayLiteral("GET"),
                                       groupPath(groupId, u"accessList") + u'/' + entry + QLatin1String("/status"));
    return startSingle(context, reply, [done = std::move(done)](const AtlasReply &answer) {
        if (answer.failure()) {
            done(*answer.failure());
            return;
        }
        const QString status = answer.json().toObject().value(QLatin1String("STATUS")).toString();
        if (status.isEmpty()) {
            done(undecodable(answer.url(), answer.httpStatus(), tr("the entry's status has no STATUS")));
            return;
        }
        done(AccessListEntry::statusFromWire(status));
    });
}

AtlasCall *AtlasApi::listClusters(const QString &groupId, QObject *context, AtlasCallback<QList<Cluster>> done)
{
    return startList(
        context, groupPath(groupId, u"clusters"), {},
        [done = std::move(done)](const PagedFetch &fetch, const QUrl &url) {
            qCDebug(lcApi) << "clusters read as" << fetch.mediaType();
            done(decodeList<Cluster>(fetch, url));
        },
        [](PagedFetch &fetch) {
            RequestOptions options;
            options.mediaType = clustersMediaType;
            fetch.setRequestOptions(options);
            fetch.setFallbackMediaTypes(
                {QByteArrayLiteral("application/vnd.atlas.2023-02-01+json"), QByteArray(AtlasClient::mediaType)});
        });
}

} // namespace PeeringDesk
