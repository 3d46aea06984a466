// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasClient.h"

#include "AtlasLog.h"
#include "auth/TokenProvider.h"

#include <QAuthenticator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QStringList>

namespace PeeringDesk {

namespace {

const QString apiPrefix = QStringLiteral("/api/atlas/v2");

RequestFailure::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return RequestFailure::Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return RequestFailure::Kind::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return RequestFailure::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return RequestFailure::Kind::Timeout;
    default:
        return RequestFailure::Kind::Network;
    }
}

// The first line or so of an unexpected body, stripped of markup, for the error message.
QString bodySnippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = text.simplified();
    if (text.size() > 160) {
        text = text.left(160) + QChar(0x2026);
    }
    return text.isEmpty() ? QCoreApplication::translate("AtlasClient", "(empty body)") : text;
}

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0) {
        return seconds;
    }
    return std::nullopt;
}

} // namespace

QUrl AtlasClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://cloud.mongodb.com"));
}

AtlasClient::AtlasClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(m_network, this))
    , m_baseUrl(defaultBaseUrl())
    , m_userAgent("PeeringDesk/" PEERING_DESK_VERSION " Qt/" + QByteArray(qVersion()))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_tokens->setTransferTimeout(m_timeoutMs);
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this, &AtlasClient::onAuthenticationRequired);
}

AtlasClient::~AtlasClient() = default;

void AtlasClient::setBaseUrl(const QUrl &baseUrl)
{
    QUrl origin;
    origin.setScheme(baseUrl.scheme());
    origin.setHost(baseUrl.host());
    origin.setPort(baseUrl.port());
    if (origin == m_baseUrl) {
        return;
    }
    m_baseUrl = origin;
    // Credentials cached for one host must not follow the user to another.
    m_network->clearAccessCache();
    m_digestPrimed = false;
    m_tokens->setClient(tokenUrl(), m_credentials.id(), m_credentials.secret());
}

void AtlasClient::setCredentials(const Credentials &credentials)
{
    if (credentials == m_credentials) {
        return; // the same key: keep Qt's digest cache and the token, and so save a round trip
    }
    m_credentials = credentials;
    // Qt caches digest credentials per manager and would keep sending the old key without asking.
    m_network->clearAccessCache();
    m_digestPrimed = false;
    m_tokens->setClient(tokenUrl(), credentials.id(), credentials.secret());
    qCInfo(lcAtlas) << "credentials changed; kind" << static_cast<int>(credentials.kind());
}

void AtlasClient::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    m_tokens->setTransferTimeout(milliseconds);
}

int AtlasClient::tokenFetchCount() const
{
    return m_tokens->fetchCount();
}

QUrl AtlasClient::tokenUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/api/oauth/token"));
    return url;
}

QUrl AtlasClient::urlFor(const QString &path, QUrlQuery query, RequestOptions options) const
{
    return buildUrl(m_baseUrl, path, std::move(query), options);
}

QUrl AtlasClient::buildUrl(const QUrl &baseUrl, const QString &path, QUrlQuery query, RequestOptions options)
{
    QUrl url = baseUrl;
    url.setPath(apiPrefix + path);
    if (options.envelope) {
        query.addQueryItem(QStringLiteral("envelope"), QStringLiteral("true"));
    }
    if (options.pretty) {
        query.addQueryItem(QStringLiteral("pretty"), QStringLiteral("true"));
    }
    url.setQuery(query);
    return url;
}

AtlasReply *AtlasClient::createPeering(const PeeringRequest &request, RequestOptions options)
{
    const QString path = QStringLiteral("/groups/%1/peers").arg(request.groupIdCleaned());
    return send(QByteArrayLiteral("POST"), path, {}, request.toJsonBytes(), options);
}

AtlasReply *AtlasClient::getPeering(const QString &groupId, const QString &peerId, RequestOptions options)
{
    return send(QByteArrayLiteral("GET"), QStringLiteral("/groups/%1/peers/%2").arg(groupId, peerId), {}, {}, options);
}

AtlasReply *AtlasClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, RequestOptions options)
{
    auto *reply = new AtlasReply(method, urlFor(path, query, options), body, options.envelope, this);
    start(reply);
    return reply;
}

void AtlasClient::start(AtlasReply *reply)
{
    if (m_credentials.isEmpty()) {
        reply->complete(0, {}, {}, RequestFailure(RequestFailure::Kind::Credentials, reply->url()));
        return;
    }
    if (m_credentials.kind() == Credentials::Kind::ServiceAccount) {
        m_tokens->requestToken(
            reply, [this, reply](const QString &token, const std::optional<RequestFailure> &failure) {
                if (reply->m_cancelRequested) {
                    reply->complete(0, {}, {}, RequestFailure(RequestFailure::Kind::Cancelled, reply->url()));
                } else if (failure) {
                    reply->complete(failure->httpStatus(), {}, {}, *failure);
                } else {
                    dispatch(reply, token);
                }
            });
        return;
    }
    if (!m_digestPrimed) {
        if (m_primingReply && !m_primingReply->isFinished()) {
            m_heldForPriming.append(reply);
            return;
        }
        m_primingReply = reply;
        // A priming reply deleted in flight never finishes: let the held ones go then.
        connect(reply, &QObject::destroyed, this,
                [this] { QMetaObject::invokeMethod(this, &AtlasClient::releaseHeld, Qt::QueuedConnection); });
    }
    dispatch(reply, {});
}

void AtlasClient::releaseHeld()
{
    const auto held = std::exchange(m_heldForPriming, {});
    for (const QPointer<AtlasReply> &reply : held) {
        if (reply && !reply->isFinished() && !reply->m_cancelRequested) {
            start(reply);
        }
    }
}

QNetworkRequest AtlasClient::buildRequest(const QUrl &url, bool hasBody, const QString &bearerToken) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", mediaType);
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(mediaType));
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    if (!bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    }
    request.setTransferTimeout(m_timeoutMs);
    // Never follow redirects: a redirect to another host would carry the credentials along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void AtlasClient::dispatch(AtlasReply *reply, const QString &bearerToken)
{
    const QNetworkRequest request = buildRequest(reply->url(), !reply->m_requestBody.isEmpty(), bearerToken);
    QNetworkReply *network = reply->m_requestBody.isEmpty()
                                 ? m_network->sendCustomRequest(request, reply->method())
                                 : m_network->sendCustomRequest(request, reply->method(), reply->m_requestBody);
    reply->m_network = network;
    qCDebug(lcAtlas) << reply->method().constData() << reply->url().path();

    connect(network, &QNetworkReply::finished, reply, [this, reply, network] { onNetworkFinished(reply, network); });
    connect(network, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors) {
            problems.append(error.errorString());
        }
        reply->m_tlsProblems = problems.join(QStringLiteral("; "));
    });
    connect(network, &QNetworkReply::downloadProgress, reply, [reply, network](qint64 received, qint64 total) {
        if (received > maxResponseBytes || total > maxResponseBytes) {
            reply->m_tooLarge = true;
            network->abort();
        }
    });
}

void AtlasClient::onAuthenticationRequired(QNetworkReply *network, QAuthenticator *authenticator)
{
    // Answer once per reply. A second challenge means the key was refused: leaving the authenticator
    // empty makes Qt finish the reply with 401 instead of asking again and again.
    if (m_credentials.kind() != Credentials::Kind::ApiKey || m_digestAnswered.contains(network)) {
        return;
    }
    m_digestAnswered.insert(network);
    authenticator->setUser(m_credentials.id());
    authenticator->setPassword(m_credentials.secret());
}

void AtlasClient::onNetworkFinished(AtlasReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    m_digestAnswered.remove(network);
    reply->m_network = nullptr;

    const QNetworkReply::NetworkError error = network->error();
    int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->read(maxResponseBytes);
    if (network->hasRawHeader("Retry-After")) {
        reply->m_retryAfter = parseRetryAfter(network->rawHeader("Retry-After"));
    }
    qCInfo(lcAtlas) << reply->method().constData() << reply->url().path() << "->" << status << error;

    // A bearer token can be revoked or expire early: renew it once, then let the 401 through.
    if (status == 401 && m_credentials.kind() == Credentials::Kind::ServiceAccount && !reply->m_bearerRetried &&
        !reply->m_cancelRequested) {
        reply->m_bearerRetried = true;
        m_tokens->invalidate();
        start(reply);
        return;
    }

    if (reply == m_primingReply) {
        // Primed once a challenge was answered and accepted; after a refusal the others may still try.
        m_digestPrimed = status != 0 && status != 401;
        m_primingReply = nullptr;
        QMetaObject::invokeMethod(this, &AtlasClient::releaseHeld, Qt::QueuedConnection);
    }

    const QUrl url = reply->url();
    if (reply->m_cancelRequested) {
        reply->complete(0, {}, {}, RequestFailure(RequestFailure::Kind::Cancelled, url));
        return;
    }
    if (reply->m_tooLarge) {
        RequestFailure failure(RequestFailure::Kind::InvalidResponse, url,
                               tr("the body is larger than %1 MiB").arg(maxResponseBytes / (1024 * 1024)));
        failure.setHttpStatus(status);
        reply->complete(status, {}, {}, failure);
        return;
    }
    if (status == 0) {
        RequestFailure::Kind kind = kindForNetworkError(error);
        QString detail = network->errorString();
        if (kind == RequestFailure::Kind::Tls || !reply->m_tlsProblems.isEmpty()) {
            kind = RequestFailure::Kind::Tls;
            detail = reply->m_tlsProblems.isEmpty() ? detail : reply->m_tlsProblems;
        }
        reply->complete(0, {}, {}, RequestFailure(kind, url, detail));
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QJsonValue json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const bool isJson = parseError.error == QJsonParseError::NoError && !document.isNull();
    if (isJson && reply->m_envelope && json.isObject()) {
        QJsonObject envelope = json.toObject();
        if (envelope.value(QLatin1String("status")).isDouble()) {
            status = envelope.value(QLatin1String("status")).toInt();
            if (envelope.contains(QLatin1String("content"))) {
                json = envelope.value(QLatin1String("content"));
            } else {
                envelope.remove(QLatin1String("status"));
                json = envelope;
            }
        }
    }

    const bool success = status >= 200 && status < 300;
    // An error status from Qt on a 2xx means the body did not arrive whole (closed or reset mid-body).
    if (success && error != QNetworkReply::NoError) {
        RequestFailure failure(kindForNetworkError(error) == RequestFailure::Kind::Timeout
                                   ? RequestFailure::Kind::Timeout
                                   : RequestFailure::Kind::Network,
                               url, network->errorString());
        failure.setHttpStatus(status);
        reply->complete(status, {}, body, failure);
        return;
    }
    if (success) {
        if (!isJson) {
            RequestFailure failure(RequestFailure::Kind::InvalidResponse, url,
                                   parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : bodySnippet(body));
            failure.setHttpStatus(status);
            reply->complete(status, {}, body, failure);
            return;
        }
        reply->complete(status, json, body, std::nullopt);
        return;
    }

    const auto apiError = isJson ? ApiError::fromJson(json.toObject()) : std::nullopt;
    RequestFailure::Kind kind = RequestFailure::Kind::Http;
    if (status == 401) {
        kind = RequestFailure::Kind::Authentication;
    } else if (apiError) {
        kind = RequestFailure::Kind::Api;
    }
    RequestFailure failure(kind, url, apiError ? QString() : bodySnippet(body));
    failure.setHttpStatus(status);
    if (apiError) {
        failure.setApiError(*apiError);
    }
    reply->complete(status, json, body, failure);
}

} // namespace PeeringDesk
