// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/AtlasClient.h"

#include "model/FieldValidator.h"
#include "transport/AtlasLog.h"
#include "transport/DigestSession.h"
#include "transport/OneShotBody.h"
#include "transport/TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QStringList>
#include <QTimer>

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
    // Digest is answered here (DigestSession), not by QAuthenticator: with nobody filling in the authenticator, Qt
    // hands every 401 back instead of resending on its own.
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
    forgetAuthentication();
    m_tokens->setClient(tokenUrl(), m_credentials.id(), m_credentials.secret());
}

void AtlasClient::forgetAuthentication()
{
    // Qt's own caches hold nothing to forget: nobody fills its authenticator (DigestSession signs), and clearing
    // its connection cache could leave a request in flight hanging. What must go is the nonce, and the wait for a
    // first request made for the old host or key.
    ++m_generation;
    m_digest.reset();
    m_digestPrimed = false;
    endPriming(m_primingReply, false);
}

void AtlasClient::endPriming(AtlasReply *reply, bool primed)
{
    if (!reply || reply != m_primingReply) {
        return;
    }
    m_digestPrimed = primed;
    m_primingReply = nullptr;
    QMetaObject::invokeMethod(this, &AtlasClient::releaseHeld, Qt::QueuedConnection);
}

void AtlasClient::setCredentials(const Credentials &credentials)
{
    if (credentials == m_credentials) {
        return; // the same key: keep the nonce and the token, and so save a round trip
    }
    m_credentials = credentials;
    forgetAuthentication();
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
    // Tolerant: a segment that carries its own percent-encoding (an access list entry's "/" as %2F) keeps it.
    url.setPath(apiPrefix + path, QUrl::TolerantMode);
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
    auto *reply = new AtlasReply(method, urlFor(path, query, options), body, options.envelope,
                                 options.mediaType.isEmpty() ? QByteArray(mediaType) : options.mediaType, this);
    start(reply);
    return reply;
}

void AtlasClient::start(AtlasReply *reply)
{
    reply->m_generation = m_generation;
    // The last line of defence for the HTTPS rule: whoever configured the client, no key or token leaves in clear
    // text for another computer.
    if (const QString insecure = FieldValidator::transportProblem(reply->url()); !insecure.isEmpty()) {
        qCWarning(lcAtlas) << "refused to send over plain http to" << reply->url().host();
        reply->complete(0, {}, {}, RequestFailure(RequestFailure::Kind::Refused, reply->url(), insecure));
        return;
    }
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
                    // The call itself was never sent: the token endpoint's status is the failure's, not the reply's.
                    reply->complete(0, {}, {}, *failure);
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

QNetworkRequest AtlasClient::buildRequest(const QUrl &url, const QByteArray &type, bool hasBody,
                                          const QByteArray &authorization) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", type);
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    // Never follow redirects: a redirect to another host would carry the credentials along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void AtlasClient::dispatch(AtlasReply *reply, const QString &bearerToken)
{
    QByteArray authorization;
    if (!bearerToken.isEmpty()) {
        authorization = "Bearer " + bearerToken.toUtf8();
    } else if (m_digest && m_credentials.kind() == Credentials::Kind::ApiKey) {
        const QByteArray target =
            reply->url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        authorization = m_digest->authorization(reply->method(), target, m_credentials.id(), m_credentials.secret());
    }
    reply->m_sentDigest = !authorization.isEmpty() && bearerToken.isEmpty();
    QNetworkRequest request =
        buildRequest(reply->url(), reply->m_mediaType, !reply->m_requestBody.isEmpty(), authorization);
    QNetworkReply *network = nullptr;
    if (reply->m_requestBody.isEmpty()) {
        network = m_network->sendCustomRequest(request, reply->method());
    } else if (reply->method() == "POST" || reply->method() == "PATCH") {
        // Not idempotent: Qt must never send these twice on its own (see OneShotBody).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, reply->m_requestBody.size());
        auto *body = new OneShotBody(reply->m_requestBody);
        network = m_network->sendCustomRequest(request, reply->method(), body);
        body->setParent(network);
    } else {
        network = m_network->sendCustomRequest(request, reply->method(), reply->m_requestBody);
    }
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
    if (!reply->m_deadline) {
        // Qt's transfer timeout only notices silence; a server that drips a byte now and then would hold the call
        // open for ever. The deadline bounds the whole call, digest challenge included.
        reply->m_deadline = new QTimer(reply);
        reply->m_deadline->setSingleShot(true);
        connect(reply->m_deadline, &QTimer::timeout, reply, [reply] {
            if (reply->m_network && reply->m_network->isRunning()) {
                reply->m_deadlineHit = true;
                reply->m_network->abort();
            }
        });
        reply->m_deadline->start(m_timeoutMs);
    }
    connect(network, &QNetworkReply::downloadProgress, reply, [reply, network](qint64 received, qint64 total) {
        if (received > maxResponseBytes || total > maxResponseBytes) {
            reply->m_tooLarge = true;
            network->abort();
        }
    });
}

void AtlasClient::onNetworkFinished(AtlasReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    reply->m_network = nullptr;

    const QNetworkReply::NetworkError error = network->error();
    int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (deadline, size cap) is closed: reading it would only make Qt warn.
    const QByteArray body = network->isOpen() ? network->read(maxResponseBytes) : QByteArray();
    if (network->hasRawHeader("Retry-After")) {
        reply->m_retryAfter = parseRetryAfter(network->rawHeader("Retry-After"));
    }
    qCInfo(lcAtlas) << reply->method().constData() << reply->url().path() << "->" << status << error;

    if (error == QNetworkReply::ContentReSendError && status == 0 && !reply->m_cancelRequested &&
        !reply->m_deadlineHit) {
        // Qt 6.4 sends a request again when the connection closes before any answer; a create must not be
        // (OneShotBody). It may have reached Atlas: that is for the user to check, not for us to repeat.
        endPriming(reply, false);
        reply->complete(0, {}, {},
                        RequestFailure(RequestFailure::Kind::Network, reply->url(),
                                       tr("the connection closed before any answer came, and Peering Desk did not "
                                          "send the request again because it may have reached Atlas")));
        return;
    }

    // A digest challenge: answer it, at most twice per call. A 401 means Atlas did nothing with the request, so
    // sending it again (a create included) is safe. A request signed in advance with an earlier nonce may meet a
    // server that forgot that nonce, or wants nonce counts in the order it reads them; a stale nonce says so
    // outright. A challenge to a request that carried the answer to its own challenge means the key was refused.
    if (status == 401 && m_credentials.kind() == Credentials::Kind::ApiKey && !reply->m_cancelRequested &&
        !reply->m_deadlineHit && reply->m_generation == m_generation) {
        auto challenge = DigestSession::fromChallenge(network->rawHeader("WWW-Authenticate"));
        const bool answerable =
            challenge && (!reply->m_sentDigest || challenge->isStale() || reply->m_challengesAnswered == 0);
        if (answerable && reply->m_challengesAnswered < 2) {
            ++reply->m_challengesAnswered;
            m_digest = std::move(challenge);
            qCDebug(lcAtlas) << "digest challenge answered" << (m_digest->isStale() ? "(stale nonce)" : "");
            dispatch(reply, {});
            return;
        }
    }

    // A bearer token can be revoked or expire early: renew it once, then let the 401 through.
    if (status == 401 && m_credentials.kind() == Credentials::Kind::ServiceAccount && !reply->m_bearerRetried &&
        !reply->m_cancelRequested && reply->m_generation == m_generation) {
        reply->m_bearerRetried = true;
        m_tokens->invalidate();
        start(reply);
        return;
    }

    // Primed once a challenge was answered and accepted; after a refusal the others may still try. Only a nonce
    // makes the next requests sign: an answer without a challenge (a proxy page, say) does not.
    endPriming(reply, m_digest.has_value() && status != 0 && status != 401);

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
    if (reply->m_deadlineHit) {
        RequestFailure failure(RequestFailure::Kind::Timeout, url,
                               tr("no complete answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000));
        // Headers may have come, but no answer did: a "200 OK" beside "Timed out" would only mislead.
        reply->complete(0, {}, {}, failure);
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

    if (status >= 300 && status < 400) {
        // Not followed (ManualRedirectPolicy): following would send the body and the Authorization header to a
        // place the user never chose.
        const QUrl target = url.resolved(QUrl::fromEncoded(network->rawHeader("Location")));
        const QString location =
            network->hasRawHeader("Location") ? target.toDisplayString(QUrl::RemoveUserInfo).left(300) : QString();
        RequestFailure failure(RequestFailure::Kind::Redirect, url, location);
        failure.setHttpStatus(status);
        qCWarning(lcAtlas) << "redirect not followed:" << status << "to" << target.host();
        reply->complete(status, {}, body, failure);
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QJsonValue json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const bool isJson = parseError.error == QJsonParseError::NoError && !document.isNull();
    // An envelope nobody asked for ({"status": 200, "content": {...}}, from a proxy or a server that always wraps)
    // is unwrapped too: its "content" is the answer, and its "status" the real one.
    const bool unaskedEnvelope = isJson && !reply->m_envelope && status >= 200 && status < 300 && json.isObject() &&
                                 json.toObject().size() == 2 &&
                                 json.toObject().value(QLatin1String("status")).isDouble() &&
                                 json.toObject().contains(QLatin1String("content"));
    if (unaskedEnvelope) {
        qCWarning(lcAtlas) << "unwrapped an envelope that was not asked for";
    }
    if (isJson && (reply->m_envelope || unaskedEnvelope) && json.isObject()) {
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
    const QString contentType = network->header(QNetworkRequest::ContentTypeHeader).toString();
    if (success && !contentType.isEmpty() && !contentType.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
        // Atlas always labels its answers JSON; anything else came from something in between.
        RequestFailure failure(RequestFailure::Kind::InvalidResponse, url,
                               tr("the content type is \"%1\", not JSON; the body began: %2")
                                   .arg(contentType.left(100), bodySnippet(body)));
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
    failure.setRetryAfterSeconds(reply->m_retryAfter);
    if (apiError) {
        failure.setApiError(*apiError);
    }
    reply->complete(status, json, body, failure);
}

} // namespace PeeringDesk
