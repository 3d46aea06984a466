// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QTimer;

namespace PeeringDesk {

/// One Atlas call in flight, from the credentials lookup to the parsed answer.
///
/// It reports exactly once through finished(), never from inside the call that created it, and can be
/// cancelled at any time. It belongs to the AtlasClient that made it; delete it (deleteLater) once read.
class AtlasReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtlasReply)

public:
    ~AtlasReply() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

    bool isFinished() const { return m_finished; }
    /// Finished with a 2xx and a JSON body.
    bool isOk() const { return m_finished && !m_failure; }
    /// The HTTP status; with envelope=true, the status Atlas put in the envelope. 0 if no HTTP answer came.
    int httpStatus() const { return m_httpStatus; }
    /// The JSON body, unwrapped from the envelope when one was asked for.
    QJsonValue json() const { return m_json; }
    /// The body exactly as received (indented when pretty=true), for the raw view.
    QByteArray rawBody() const { return m_rawBody; }
    /// Set when the call did not succeed.
    const std::optional<RequestFailure> &failure() const { return m_failure; }
    /// Retry-After in seconds, when the server sent one (429, 503).
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }

    /// Aborts the call. It still reports, once, with a Cancelled failure (unless it had already finished).
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class AtlasClient;

    AtlasReply(QByteArray method, QUrl url, QByteArray body, bool envelope, QByteArray mediaType, QObject *parent);
    /// Records the outcome and schedules finished(); later calls are ignored.
    void complete(int httpStatus, QJsonValue json, QByteArray rawBody, std::optional<RequestFailure> failure);

    QByteArray m_method;
    QUrl m_url;
    QByteArray m_requestBody;
    bool m_envelope = false;
    QByteArray m_mediaType;

    QPointer<QNetworkReply> m_network;
    bool m_cancelRequested = false;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
    bool m_bearerRetried = false;
    bool m_sentDigest = false;
    int m_challengesAnswered = 0;
    quint64 m_generation = 0;
    QPointer<QTimer> m_deadline;
    QString m_tlsProblems;

    bool m_finished = false;
    bool m_completing = false;
    int m_httpStatus = 0;
    QJsonValue m_json;
    QByteArray m_rawBody;
    std::optional<RequestFailure> m_failure;
    std::optional<int> m_retryAfter;
};

} // namespace PeeringDesk
