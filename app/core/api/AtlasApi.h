// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasCall.h"
#include "api/AtlasResult.h"
#include "api/PeeringDeletion.h"
#include "model/AccessListEntry.h"
#include "model/AccessListRequest.h"
#include "model/Cluster.h"
#include "model/Container.h"
#include "model/ContainerRequest.h"
#include "model/Peering.h"
#include "model/Project.h"
#include "model/Provider.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace PeeringDesk {

class AtlasClient;
class AtlasReply;
class PagedFetch;

/// Receives the outcome of one AtlasApi call.
template <typename T>
using AtlasCallback = std::function<void(const AtlasResult<T> &)>;

/// The Atlas operations Peering Desk uses, with typed answers: the only place that knows their paths, methods,
/// query parameters and JSON. AtlasClient below it moves the bytes and signs them.
///
/// Every operation returns at once with an AtlasCall (cancel, Retry-After waits) and reports to `done` once, with
/// the decoded value or a RequestFailure. `context` owns the call: the callback never runs after it is gone. Lists
/// are read over every page. An answer that does not decode is an InvalidResponse failure, never an empty value.
/// Creating a peering is not here: PeeringSubmitter owns that act, with its own rules for sending it again.
class AtlasApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtlasApi)

public:
    explicit AtlasApi(AtlasClient *client, QObject *parent = nullptr);
    ~AtlasApi() override;

    AtlasClient *client() const { return m_client; }

    /// GET /groups: every project the credentials can see.
    AtlasCall *listProjects(QObject *context, AtlasCallback<QList<Project>> done);
    /// GET /groups?itemsPerPage=1: proves the base URL and credentials work; the value is the project count.
    AtlasCall *testConnection(QObject *context, AtlasCallback<int> done);
    /// GET /groups/{groupId}/containers?providerName=…: that provider's containers only.
    AtlasCall *listContainers(const QString &groupId, Provider provider, QObject *context,
                              AtlasCallback<QList<Container>> done);
    /// POST /groups/{groupId}/containers. The request should have passed validate(); the server checks again.
    AtlasCall *createContainer(const QString &groupId, const ContainerRequest &request, QObject *context,
                               AtlasCallback<Container> done);
    /// GET /groups/{groupId}/peers?providerName=…: the API lists AWS only unless asked for another provider.
    AtlasCall *listPeerings(const QString &groupId, Provider provider, QObject *context,
                            AtlasCallback<QList<Peering>> done);
    /// GET /groups/{groupId}/peers/{peerId}.
    AtlasCall *getPeering(const QString &groupId, const QString &peerId, QObject *context, AtlasCallback<Peering> done);
    /// DELETE /groups/{groupId}/peers/{peerId}. A peering already gone or already being deleted is a success.
    AtlasCall *deletePeering(const QString &groupId, const QString &peerId, QObject *context,
                             AtlasCallback<PeeringDeletion> done);

    /// GET /groups/{groupId}/accessList: every entry of the project's IP access list.
    AtlasCall *listAccessList(const QString &groupId, QObject *context, AtlasCallback<QList<AccessListEntry>> done);
    /// POST /groups/{groupId}/accessList with the request's ranges. Atlas answers with the project's list (its first
    /// page), which is what `done` gets. The request should have passed validate(); Atlas checks the notation.
    AtlasCall *addToAccessList(const QString &groupId, const AccessListRequest &request, QObject *context,
                               AtlasCallback<QList<AccessListEntry>> done);
    /// GET /groups/{groupId}/accessList/{entry}/status: whether Atlas has applied the entry everywhere yet.
    AtlasCall *accessListStatus(const QString &groupId, const QString &entryValue, QObject *context,
                                AtlasCallback<AccessListEntry::Status> done);
    /// GET /groups/{groupId}/clusters, in the newest version (2024-08-05), falling back to 2023-02-01 and then
    /// 2023-01-01 when the server does not serve it.
    AtlasCall *listClusters(const QString &groupId, QObject *context, AtlasCallback<QList<Cluster>> done);

    static constexpr const char *clustersMediaType = "application/vnd.atlas.2024-08-05+json";

private:
    /// A call that reads every page of `path`; `deliver` gets the finished fetch and the URL of its first page.
    /// `prepare` may set the fetch's media types before it starts.
    AtlasCall *startList(QObject *context, const QString &path, const QUrlQuery &query,
                         std::function<void(const PagedFetch &, const QUrl &)> deliver,
                         const std::function<void(PagedFetch &)> &prepare = {});
    /// A call that follows `reply`; `deliver` gets it once it has finished.
    AtlasCall *startSingle(QObject *context, AtlasReply *reply, std::function<void(const AtlasReply &)> deliver);

    AtlasClient *m_client;
};

} // namespace PeeringDesk
