// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace PeeringDesk {

/// Service-account access tokens (OAuth 2.0 client credentials): fetched on demand, kept in memory only
/// until shortly before they expire, shared by every request that waits while one is being fetched.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    /// Called exactly once: with a token, or with the reason there is none.
    using Callback = std::function<void(const QString &token, const std::optional<RequestFailure> &failure)>;

    explicit TokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Sets the token endpoint and the client; drops any cached token and fails waiting callers.
    void setClient(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret);
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Calls back at once with a cached token, otherwise after a fetch. `context` going away drops the callback.
    void requestToken(QObject *context, Callback callback);
    /// Forgets the cached token, e.g. after Atlas rejected it.
    void invalidate();
    bool hasValidToken() const;
    /// Tokens fetched so far: for tests and the benchmark.
    int fetchCount() const { return m_fetchCount; }

private:
    void fetch();
    void onFetched(QNetworkReply *reply);
    void failWaiting(const RequestFailure &failure);

    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    int m_timeoutMs = 30000;

    QString m_token;
    QDeadlineTimer m_validUntil;
    QPointer<QNetworkReply> m_inFlight;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
    int m_fetchCount = 0;
};

} // namespace PeeringDesk
