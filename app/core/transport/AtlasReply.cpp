// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/AtlasReply.h"

#include <QNetworkReply>

namespace PeeringDesk {

AtlasReply::AtlasReply(QByteArray method, QUrl url, QByteArray body, bool envelope, QByteArray mediaType,
                       QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_requestBody(std::move(body))
    , m_envelope(envelope)
    , m_mediaType(std::move(mediaType))
{}

AtlasReply::~AtlasReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void AtlasReply::cancel()
{
    if (m_finished || m_completing || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    if (m_network && m_network->isRunning()) {
        m_network->abort(); // AtlasClient's finished handler turns this into a Cancelled failure
        return;
    }
    complete(0, {}, {}, RequestFailure(RequestFailure::Kind::Cancelled, m_url));
}

void AtlasReply::complete(int httpStatus, QJsonValue json, QByteArray rawBody, std::optional<RequestFailure> failure)
{
    if (m_finished || m_completing) {
        return;
    }
    m_completing = true;
    m_httpStatus = httpStatus;
    m_json = std::move(json);
    m_rawBody = std::move(rawBody);
    m_failure = std::move(failure);
    // Queued, so that a reply never reports from inside the call that created or cancelled it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace PeeringDesk
