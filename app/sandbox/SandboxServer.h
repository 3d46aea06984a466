// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxClock.h"
#include "SandboxFault.h"
#include "model/Provider.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace PeeringDesk {

class AtlasRouter;
class HttpConnection;
struct HttpRequest;

/// A fake MongoDB Atlas Administration API v2 (peering, containers, projects, IP access list, clusters) on 127.0.0.1,
/// for tests, demos and the app's --sandbox mode. Speaks HTTP/1.1 with Digest and OAuth bearer authentication; all
/// state is in memory.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Serve HTTPS with this certificate and key instead of plain HTTP. Call before listen().
    void setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key);
    /// Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    /// The port it listens on, or listened on before close(); 0 before listen().
    quint16 port() const;
    /// Stops listening and drops every open connection: the next request is refused, as by a stopped server.
    void close();
    /// "http://127.0.0.1:<port>" (https with a TLS identity) without a path.
    QUrl baseUrl() const;

    QString publicKey() const;
    QString privateKey() const;
    QString clientId() const;
    QString clientSecret() const;
    void setApiKey(const QString &publicKey, const QString &privateKey);
    void setServiceAccount(const QString &clientId, const QString &clientSecret);
    void setTokenLifetimeSeconds(int seconds);
    /// How long a peer stays in each status before moving to the next one.
    void setStatusStepMs(int ms);
    /// Token bucket for POST/PATCH/DELETE, one bucket per project.
    void setRateLimit(int capacity, int refillPerMinute);
    /// Each answer is held this long on clock() before it is written.
    void setResponseDelayMs(int ms);
    /// How long a digest nonce is accepted before answers carry stale=true. Default 300 s.
    void setNonceLifetimeMs(int ms);
    /// Applies to the next request received (with `method`, if one is given), then resets to None.
    /// PeerCreatedElsewhere instead waits for the next POST /peers that passes validation, whatever comes first.
    void injectFault(SandboxFault fault, const QByteArray &method = {});
    /// Where SandboxFault::RedirectElsewhere points; the request's path and query are appended.
    /// Default: http://atlas-redirect.invalid.
    void setRedirectTarget(const QUrl &origin);
    /// Off (the default): AWS and GCP peers move past PENDING_ACCEPTANCE / WAITING_FOR_USER by themselves. On: peers
    /// created from then on wait there until acceptPeer() or POST /groups/{g}/peers/{id}:sandboxAccept.
    void setRequireAcceptance(bool require);
    /// Plays the user's cloud-side step (AWS accept, GCP reverse peering). False unless the peer waits for it.
    bool acceptPeer(const QString &groupId, const QString &peerId);
    /// Adds `count` AVAILABLE peers with distinct networks at once, past the 50-peer limit: for paging tests.
    QStringList seedPeers(const QString &groupId, Provider provider, int count);
    /// Adds `count` writable projects, each with an AWS, an Azure and a Google Cloud container, and returns their
    /// ids (fixed: see docs/SANDBOX.md, "Seeding projects"). No clusters, no peers.
    QStringList seedProjects(int count);
    /// The seeded containers' ids, for a caller that writes requests into seeded project `n` (from 1).
    static QString seededProjectId(int n);
    static QString seededContainerId(int n, Provider provider);
    /// Adds an IDLE M10 cluster, e.g. one in a region without a peering, and returns its id. The demo project
    /// starts with one per provider (SandboxSeed).
    QString addCluster(const QString &groupId, const QString &name, Provider provider, const QString &regionName);
    /// The next `times` GET /peers and GET /peers/{id} answer 429 RATE_LIMITED with Retry-After: retryAfterSeconds.
    void throttlePeerReads(int times, int retryAfterSeconds);

    /// The time every lifetime, status step, refill and response delay is measured on. It follows real time
    /// until a test freezes or advances it (see SandboxClock).
    SandboxClock *clock() { return &m_clock; }

    int challengeCount() const;
    int requestCount() const;
    int tokenCount() const;

Q_SIGNALS:
    /// Emitted once the answer is written. `path` has no query. Protocol errors report an empty method and path.
    /// SandboxFault::ProcessedThenReset and ProcessedThenHang write none, and report the status it would have had.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void acceptConnections();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    bool applyFault(HttpConnection *connection, const HttpRequest &request);

    SandboxClock m_clock; // before m_router, which keeps a reference to it
    QTcpServer *m_server;
    std::unique_ptr<AtlasRouter> m_router;
    SandboxFault m_pendingFault = SandboxFault::None;
    QByteArray m_pendingFaultMethod;
    QUrl m_redirectTarget;
    QSslCertificate m_tlsCertificate;
    QSslKey m_tlsKey;
    int m_responseDelayMs = 0;
    int m_requestCount = 0;
    quint16 m_port = 0;
};

} // namespace PeeringDesk
