// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEndpoints.h"
#include "ApiResult.h"
#include "AtlasSandboxState.h"
#include "ClusterEndpoints.h"
#include "ContainerEndpoints.h"
#include "DigestAuthenticator.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "PeerEndpoints.h"
#include "RateLimiter.h"
#include "TokenIssuer.h"

#include <QUrl>

namespace PeeringDesk {

/// Turns one request into one response the way Atlas does: authentication, version negotiation, project checks,
/// rate limiting, routing, then the envelope/pretty query flags and the media types.
class AtlasRouter
{
public:
    static constexpr auto versionedMediaType = "application/vnd.atlas.2023-01-01+json";
    /// Every resource but clusters serves only this version.
    static constexpr auto defaultVersion = "2023-01-01";

    /// Every lifetime, refill and status step is measured on `clock`, which must outlive this.
    explicit AtlasRouter(const SandboxClock &clock);

    HttpResponse handle(const HttpRequest &request);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setApiKey(const QString &publicKey, const QString &privateKey);
    void setServiceAccount(const QString &clientId, const QString &clientSecret);
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeSeconds = seconds; }

    QString publicKey() const { return m_publicKey; }
    QString privateKey() const { return m_privateKey; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

    AtlasSandboxState &state() { return m_state; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    PeerEndpoints &peers() { return m_peers; }
    DigestAuthenticator &digest() { return m_digest; }
    int challengeCount() const { return m_challengeCount; }
    int tokenCount() const { return m_tokens.issuedCount(); }
    /// The next `times` reads of a single peer (GET /peers/{id}) answer 429 with Retry-After: retryAfterSeconds.
    void throttlePeerReads(int times, int retryAfterSeconds);

private:
    HttpResponse handleToken(const HttpRequest &request);
    std::optional<HttpResponse> authenticate(const HttpRequest &request);
    /// Picks the version of the resource that the Accept header asks for, into `version`, or the 406 to answer.
    std::optional<SandboxError> negotiate(const HttpRequest &request, const QStringList &supported,
                                          QString *version) const;
    ApiResult route(const HttpRequest &request, const QStringList &segments, const QString &version,
                    QString &rateLimitKey);
    ApiResult routeGroup(const HttpRequest &request, const QStringList &segments, const QString &version,
                         QString &rateLimitKey);
    ApiResult routeAccessList(const HttpRequest &request, const QString &groupId, const QStringList &segments);
    ApiResult listGroups(const HttpRequest &request);
    QJsonObject renderGroup(const SandboxProject &project) const;
    QUrl selfUrl(const HttpRequest &request) const;
    HttpResponse finish(const HttpRequest &request, const ApiResult &result, const QString &rateLimitKey,
                        const QString &version = QLatin1String(defaultVersion));

    QUrl m_baseUrl;
    QString m_publicKey;
    QString m_privateKey;
    QString m_clientId;
    QString m_clientSecret;
    int m_tokenLifetimeSeconds = 3600;
    int m_challengeCount = 0;
    int m_throttledPeerReads = 0;
    int m_throttleRetryAfter = 1;

    AtlasSandboxState m_state;
    DigestAuthenticator m_digest;
    TokenIssuer m_tokens;
    RateLimiter m_rateLimiter;
    PeerEndpoints m_peers;
    ContainerEndpoints m_containers;
    AccessListEndpoints m_accessList;
    ClusterEndpoints m_clusters;
};

} // namespace PeeringDesk
