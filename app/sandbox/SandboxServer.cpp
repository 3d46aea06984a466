// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "AtlasRouter.h"
#include "HttpConnection.h"
#include "SandboxLog.h"
#include "SandboxSeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

namespace PeeringDesk {

namespace {

/// Where to cut a JSON answer near its middle: just after the last separator (",") outside strings before the
/// middle, so the text left ends with a whole value and its comma, in an object or array that is never closed; the
/// parser then names that container ("unterminated object"). Cut at the exact middle, its complaint would depend on
/// which string, number or literal the middle falls in, and so change with every change to what the answer holds.
/// A text with no such separator is cut at the middle.
qsizetype cutNearMiddle(const QByteArray &json)
{
    const qsizetype middle = std::max<qsizetype>(1, json.size() / 2);
    qsizetype cut = middle;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < middle && i < json.size(); ++i) {
        const char c = json.at(i);
        if (escaped)
            escaped = false;
        else if (inString && c == '\\')
            escaped = true;
        else if (c == '"')
            inString = !inString;
        else if (!inString && c == ',')
            cut = i + 1;
    }
    return cut;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_router(std::make_unique<AtlasRouter>(m_clock))
    , m_redirectTarget(QStringLiteral("http://atlas-redirect.invalid"))
{
    // Not newConnection: a TLS server queues a socket only once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SandboxServer::acceptConnections);
}

void SandboxServer::setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    Q_ASSERT(!m_server->isListening());
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate of their own
    server->setSslConfiguration(configuration);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &SandboxServer::acceptConnections);
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError error) {
        qCInfo(lcSandbox) << "TLS connection failed:" << error;
    });
    delete m_server;
    m_server = server;
    m_tlsCertificate = certificate;
    m_tlsKey = key;
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    // Loopback only: the sandbox accepts a well-known fake key and must never be reachable from the network.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    m_router->setBaseUrl(baseUrl());
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tlsCertificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SandboxServer::publicKey() const
{
    return m_router->publicKey();
}
QString SandboxServer::privateKey() const
{
    return m_router->privateKey();
}
QString SandboxServer::clientId() const
{
    return m_router->clientId();
}
QString SandboxServer::clientSecret() const
{
    return m_router->clientSecret();
}

void SandboxServer::setApiKey(const QString &publicKey, const QString &privateKey)
{
    m_router->setApiKey(publicKey, privateKey);
}

void SandboxServer::setServiceAccount(const QString &clientId, const QString &clientSecret)
{
    m_router->setServiceAccount(clientId, clientSecret);
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    m_router->setTokenLifetimeSeconds(seconds);
}
void SandboxServer::setStatusStepMs(int ms)
{
    m_router->state().setStatusStepMs(ms);
}
void SandboxServer::setRateLimit(int capacity, int refillPerMinute)
{
    m_router->rateLimiter().configure(capacity, refillPerMinute);
}
void SandboxServer::setResponseDelayMs(int ms)
{
    m_responseDelayMs = ms;
}
void SandboxServer::setNonceLifetimeMs(int ms)
{
    m_router->digest().setNonceLifetimeMs(ms);
}
void SandboxServer::injectFault(SandboxFault fault, const QByteArray &method)
{
    if (fault == SandboxFault::PeerCreatedElsewhere) {
        // Not a fault of the wire but a change in Atlas's state, so it waits in Atlas for the create it races.
        m_router->peers().createNextElsewhere();
        return;
    }
    m_pendingFault = fault;
    m_pendingFaultMethod = method;
}
void SandboxServer::setRedirectTarget(const QUrl &origin)
{
    m_redirectTarget = origin;
}
void SandboxServer::setRequireAcceptance(bool require)
{
    m_router->state().setRequireAcceptance(require);
}
bool SandboxServer::acceptPeer(const QString &groupId, const QString &peerId)
{
    return m_router->state().acceptPeer(groupId, peerId).isEmpty();
}
QStringList SandboxServer::seedPeers(const QString &groupId, Provider provider, int count)
{
    return m_router->state().seedPeers(groupId, provider, count);
}
QStringList SandboxServer::seedProjects(int count)
{
    return m_router->state().seedProjects(count);
}
QString SandboxServer::seededProjectId(int n)
{
    return AtlasSandboxState::seededProjectId(n);
}
QString SandboxServer::seededContainerId(int n, Provider provider)
{
    return AtlasSandboxState::seededContainerId(n, provider);
}
QString SandboxServer::addCluster(const QString &groupId, const QString &name, Provider provider,
                                  const QString &regionName)
{
    SandboxCluster cluster;
    cluster.groupId = groupId;
    cluster.name = name;
    cluster.provider = provider;
    cluster.regionName = regionName;
    return m_router->state().addCluster(cluster).id;
}
void SandboxServer::throttlePeerReads(int times, int retryAfterSeconds)
{
    m_router->throttlePeerReads(times, retryAfterSeconds);
}
int SandboxServer::challengeCount() const
{
    return m_router->challengeCount();
}
int SandboxServer::requestCount() const
{
    return m_requestCount;
}
int SandboxServer::tokenCount() const
{
    return m_router->tokenCount();
}

void SandboxServer::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

void SandboxServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        connect(connection, &HttpConnection::protocolErrorAnswered, this,
                [this](int status) { Q_EMIT requestHandled(QString(), QString(), status); });
        connect(connection, &HttpConnection::finished, connection, &QObject::deleteLater);
    }
}

void SandboxServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    ++m_requestCount;
    // Never the Authorization header: it is a credential even when digest-hashed.
    qCDebug(lcSandbox) << request.method << request.path();
    if (applyFault(connection, request))
        return;
    const HttpResponse response = m_router->handle(request);
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path();
    auto send = [this, connection, response, method, path] {
        connection->respond(response);
        Q_EMIT requestHandled(method, path, response.status);
    };
    if (m_responseDelayMs > 0)
        m_clock.callAfter(m_responseDelayMs, connection, send);
    else
        send();
}

bool SandboxServer::applyFault(HttpConnection *connection, const HttpRequest &request)
{
    if (m_pendingFault == SandboxFault::None ||
        (!m_pendingFaultMethod.isEmpty() && m_pendingFaultMethod != request.method))
        return false;
    const SandboxFault fault = std::exchange(m_pendingFault, SandboxFault::None);
    qCInfo(lcSandbox) << "injecting fault" << int(fault) << "into" << request.method << request.path();
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path();
    HttpResponse response;
    switch (fault) {
    case SandboxFault::None:
    case SandboxFault::PeerCreatedElsewhere: // never pending here: see injectFault()
        return false;
    case SandboxFault::Hang:
        connection->stall();
        return true;
    case SandboxFault::ResetConnection:
        connection->sendRawAndClose({});
        return true;
    case SandboxFault::CloseMidBody:
        connection->sendRawAndClose("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.atlas.2023-01-01+json\r\n"
                                    "Content-Length: 1000\r\nConnection: keep-alive\r\n\r\n{\"id\":\"5f");
        Q_EMIT requestHandled(method, path, 200);
        return true;
    case SandboxFault::HtmlBadGateway:
        response.status = 502;
        response.setHeader("Content-Type", "text/html");
        response.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                        "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        break;
    case SandboxFault::TruncatedJson: {
        const QByteArray full = m_router->handle(request).body;
        response.status = 200;
        response.setHeader("Content-Type", "application/vnd.atlas.2023-01-01+json;charset=utf-8");
        response.body = full.left(cutNearMiddle(full));
        break;
    }
    case SandboxFault::NonJsonSuccess:
        response.status = 200;
        response.setHeader("Content-Type", "text/plain");
        response.body = "OK\n";
        break;
    case SandboxFault::ServiceUnavailable:
        response.status = 503;
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Retry-After", "5");
        response.body = QJsonDocument(SandboxError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
                                                   QStringLiteral("The service is temporarily unavailable."))
                                          .toJson())
                            .toJson(QJsonDocument::Compact);
        break;
    case SandboxFault::RedirectElsewhere: {
        QUrl target = m_redirectTarget;
        target.setPath(request.path());
        target.setQuery(request.query());
        response.status = 307;
        response.setHeader("Location", target.toEncoded());
        response.setHeader("Content-Type", "text/html");
        response.body = "<html><body>Moved</body></html>";
        break;
    }
    case SandboxFault::SlowDrip:
        connection->trickle("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.atlas.2023-01-01+json\r\n"
                            "Content-Length: 100000\r\n\r\n{",
                            100);
        return true;
    case SandboxFault::WrongContentType:
        response = m_router->handle(request);
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        break;
    case SandboxFault::HugeBody:
        response.status = 200;
        response.setHeader("Content-Type", "application/vnd.atlas.2023-01-01+json");
        response.body = "{\"padding\":\"" + QByteArray(20 * 1024 * 1024, 'x') + "\"}";
        break;
    case SandboxFault::ProcessedThenReset:
    case SandboxFault::ProcessedThenHang: {
        const HttpResponse real = m_router->handle(request);
        if (real.status == 401) {
            // The fault is for the signed request, which is the one that does something.
            m_pendingFault = fault;
            response = real;
            break;
        }
        if (fault == SandboxFault::ProcessedThenReset)
            connection->sendRawAndClose({});
        else
            connection->stall();
        // No answer is written, but the request did its work: the status it was processed with tells a test what
        // happened in Atlas while the client heard nothing.
        Q_EMIT requestHandled(method, path, real.status);
        return true;
    }
    case SandboxFault::EmptySuccess:
    case SandboxFault::UnaskedEnvelope: {
        const HttpResponse real = m_router->handle(request);
        if (real.status == 401) {
            // The digest challenge goes through as it is: the fault is for the answer to the signed request.
            m_pendingFault = fault;
            response = real;
            break;
        }
        response.status = 200;
        response.setHeader("Content-Type", "application/vnd.atlas.2023-01-01+json");
        if (fault == SandboxFault::EmptySuccess) {
            // Processed like any request (a create happens), but the answer is lost: a client must not call it
            // "failed".
            break;
        }
        response.body =
            QJsonDocument(QJsonObject{{QStringLiteral("status"), real.status},
                                      {QStringLiteral("content"), QJsonDocument::fromJson(real.body).object()}})
                .toJson(QJsonDocument::Compact);
        break;
    }
    }
    connection->respond(response);
    Q_EMIT requestHandled(method, path, response.status);
    return true;
}

} // namespace PeeringDesk
