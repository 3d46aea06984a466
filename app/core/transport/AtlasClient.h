// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/PeeringRequest.h"
#include "transport/AtlasReply.h"
#include "transport/DigestSession.h"
#include "transport/RequestOptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace PeeringDesk {

class TokenProvider;

/// The one place that talks to the Atlas Administration API v2.
///
/// It builds every request (base URL + /api/atlas/v2, versioned media types, envelope and pretty flags,
/// User-Agent, transfer timeout), authenticates with HTTP Digest (API key) or a bearer token (service
/// account), and turns each answer into exactly one of: a JSON result, an Atlas ApiError, or a transport
/// failure. Fully asynchronous: every call returns an AtlasReply at once.
class AtlasClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtlasClient)

public:
    static constexpr const char *mediaType = "application/vnd.atlas.2023-01-01+json";
    static constexpr int defaultTimeoutMs = 30'000;
    /// Bodies above this are cut off and reported: no Atlas answer for these endpoints comes near it.
    static constexpr qint64 maxResponseBytes = 16 * 1024 * 1024;

    static QUrl defaultBaseUrl();

    explicit AtlasClient(QObject *parent = nullptr);
    ~AtlasClient() override;

    /// Scheme, host and port of the Atlas deployment, e.g. https://cloud.mongodb.com; any path is ignored.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    /// Replaces the credentials and forgets everything derived from the old ones (digest cache, token).
    void setCredentials(const Credentials &credentials);
    bool hasCredentials() const { return !m_credentials.isEmpty(); }
    Credentials::Kind credentialsKind() const { return m_credentials.kind(); }
    /// The deadline of every call, from the first byte sent to the last one read, digest challenge included.
    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_timeoutMs; }

    /// POST /groups/{groupId}/peers. The request should have passed validate(); the server checks again.
    AtlasReply *createPeering(const PeeringRequest &request, RequestOptions options = {});
    /// GET /groups/{groupId}/peers/{peerId}.
    AtlasReply *getPeering(const QString &groupId, const QString &peerId, RequestOptions options = {});
    /// Any call; `path` is relative to /api/atlas/v2 and starts with '/'.
    AtlasReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                     const QByteArray &body = {}, RequestOptions options = {});

    /// The URL a call would go to, flags included: for previews and logs.
    QUrl urlFor(const QString &path, QUrlQuery query, RequestOptions options) const;
    /// The same for any base URL: `path` is relative to /api/atlas/v2.
    static QUrl buildUrl(const QUrl &baseUrl, const QString &path, QUrlQuery query, RequestOptions options);

    /// Tokens fetched so far (service accounts): for tests and the benchmark.
    int tokenFetchCount() const;

private:
    void start(AtlasReply *reply);
    void dispatch(AtlasReply *reply, const QString &bearerToken);
    QNetworkRequest buildRequest(const QUrl &url, const QByteArray &type, bool hasBody,
                                 const QByteArray &authorization) const;
    void onNetworkFinished(AtlasReply *reply, QNetworkReply *network);
    QUrl tokenUrl() const;

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    QUrl m_baseUrl;
    Credentials m_credentials;
    int m_timeoutMs = defaultTimeoutMs;
    QByteArray m_userAgent;
    /// The nonce of the last digest challenge: every later request signs with it, on any connection.
    std::optional<DigestSession> m_digest;
    /// Requests sent side by side before the first challenge would each draw their own 401. The first request with
    /// a new key goes alone; the rest wait for it.
    bool m_digestPrimed = false;
    QPointer<AtlasReply> m_primingReply;
    QList<QPointer<AtlasReply>> m_heldForPriming;
    void releaseHeld();
    /// If `reply` is the first request of a new key, lets the held ones go; `primed`: they may sign in advance.
    void endPriming(AtlasReply *reply, bool primed);
    void forgetAuthentication();
    /// Goes up with every change of host or key: a challenge to a request sent before does not set the nonce.
    quint64 m_generation = 0;
};

} // namespace PeeringDesk
