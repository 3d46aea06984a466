// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "SandboxError.h"
#include "SandboxLog.h"

#include <QJsonDocument>
#include <QTimer>

namespace PeeringDesk {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finished);
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing || m_state == State::Stalled) {
        // Nothing more will be answered on this connection; drop input so it cannot pile up.
        m_socket->readAll();
        return;
    }
    m_parser.append(m_socket->readAll());
    // A client that pipelines without waiting for answers could otherwise make us buffer without limit.
    if (m_state == State::AwaitingResponse && m_parser.bufferedBytes() > maxHeaderBytes + maxBodyBytes) {
        qCWarning(lcSandbox) << "client pipelined too much data, dropping the connection";
        m_state = State::Closing;
        m_socket->abort();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_state != State::Reading)
        return;
    switch (m_parser.parseNext()) {
    case HttpRequestParser::Result::NeedMore:
        if (m_parser.takeContinueNeeded())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case HttpRequestParser::Result::Error: {
        const HttpRequestParser::Failure failure = m_parser.failure();
        failWith(failure.status, failure.errorCode, failure.detail);
        return;
    }
    case HttpRequestParser::Result::Request:
        break;
    }
    m_state = State::AwaitingResponse;
    const HttpRequest request = m_parser.takeRequest();
    m_closeAfterResponse = request.wantsClose();
    Q_EMIT requestReceived(request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::AwaitingResponse)
        return;
    m_socket->write(response.serialize(m_closeAfterResponse));
    if (m_closeAfterResponse) {
        closeAfterWrite();
        return;
    }
    m_state = State::Reading;
    // Queued, so a burst of pipelined requests cannot recurse through respond() -> requestReceived -> respond().
    if (m_parser.bufferedBytes() > 0)
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::sendRawAndClose(const QByteArray &bytes)
{
    m_socket->write(bytes);
    closeAfterWrite();
}

void HttpConnection::stall()
{
    m_state = State::Stalled;
}

void HttpConnection::trickle(const QByteArray &head, int intervalMs)
{
    m_state = State::Stalled;
    m_socket->write(head);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] { m_socket->write(" "); });
    timer->start(intervalMs);
}

void HttpConnection::failWith(int status, const QString &errorCode, const QString &detail)
{
    qCInfo(lcSandbox) << "protocol error" << status << errorCode;
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = QJsonDocument(SandboxError(status, errorCode, detail).toJson()).toJson(QJsonDocument::Compact);
    m_socket->write(response.serialize(true));
    closeAfterWrite();
    Q_EMIT protocolErrorAnswered(status);
}

void HttpConnection::closeAfterWrite()
{
    m_state = State::Closing;
    m_parser.clear();
    // disconnectFromHost() waits for pending bytes to be written before closing.
    m_socket->disconnectFromHost();
}

} // namespace PeeringDesk
