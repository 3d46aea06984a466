// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/TokenProvider.h"

#include "transport/AuthLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace PeeringDesk {

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void TokenProvider::setClient(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret)
{
    m_tokenUrl = tokenUrl;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
    failWaiting(RequestFailure(RequestFailure::Kind::Cancelled, tokenUrl));
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && !m_validUntil.hasExpired();
}

void TokenProvider::invalidate()
{
    m_token.clear();
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token, std::nullopt);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_inFlight) {
        fetch();
    }
}

void TokenProvider::fetch()
{
    ++m_fetchCount;
    qCInfo(lcAuth) << "fetching a service account token from" << m_tokenUrl.toDisplayString(QUrl::RemoveUserInfo);
    QNetworkRequest request(m_tokenUrl);
    // RFC 6749 §2.3.1: client id and secret are form-encoded before they go into the Basic credentials.
    const QByteArray basic = QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
    request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFetched(reply); });
}

void TokenProvider::onFetched(QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->read(64 * 1024) : QByteArray(); // closed when aborted
    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    const QString token = json.value(QLatin1String("access_token")).toString();
    const int expiresIn = json.value(QLatin1String("expires_in")).toInt(0);

    if (status == 200 && !token.isEmpty() && expiresIn > 0) {
        m_token = token;
        // Renew a little early so that a token never expires between being handed out and being used.
        const qint64 marginMs = std::min<qint64>(60'000, expiresIn * 1000LL / 4);
        m_validUntil = QDeadlineTimer(expiresIn * 1000LL - marginMs);
        qCInfo(lcAuth) << "service account token valid for" << expiresIn << "s";
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[context, callback] : waiting) {
            if (context) {
                callback(m_token, std::nullopt);
            }
        }
        return;
    }

    QString detail;
    if (status == 0) {
        detail = reply->errorString();
    } else if (const QString oauthError = json.value(QLatin1String("error")).toString(); !oauthError.isEmpty()) {
        detail = tr("the token endpoint answered HTTP %1 (%2)").arg(status).arg(oauthError);
    } else {
        detail = tr("the token endpoint answered HTTP %1 without a usable token").arg(status);
    }
    qCWarning(lcAuth) << "token fetch failed, HTTP" << status;
    RequestFailure failure(RequestFailure::Kind::Credentials, m_tokenUrl, detail);
    failure.setHttpStatus(status);
    failWaiting(failure);
}

void TokenProvider::failWaiting(const RequestFailure &failure)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, callback] : waiting) {
        if (context) {
            callback(QString(), failure);
        }
    }
}

} // namespace PeeringDesk
