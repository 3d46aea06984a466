// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "SandboxError.h"
#include "SandboxLog.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

namespace PeeringDesk {

namespace {

bool isToken(QByteArrayView text)
{
    static const QRegularExpression tokenPattern(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return !text.isEmpty() && tokenPattern.match(QString::fromLatin1(text)).hasMatch();
}

} // namespace

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
    m_buffer += m_socket->readAll();
    // A client that pipelines without waiting for answers could otherwise make us buffer without limit.
    if (m_state == State::AwaitingResponse && m_buffer.size() > maxHeaderBytes + maxBodyBytes) {
        qCWarning(lcSandbox) << "client pipelined too much data, dropping the connection";
        m_state = State::Closing;
        m_socket->abort();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_state == State::ReadingHeaders && !m_buffer.isEmpty()) {
        // RFC 9112 §2.2: a server should ignore empty lines received before the request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > maxHeaderBytes)
                failWith(431, QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
                         QStringLiteral("The request header exceeds %1 bytes.").arg(maxHeaderBytes));
            return;
        }
        if (headEnd > maxHeaderBytes) {
            failWith(431, QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
                     QStringLiteral("The request header exceeds %1 bytes.").arg(maxHeaderBytes));
            return;
        }
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, headEnd + 4);
        if (!parseHead(head))
            return;
        m_state = State::ReadingBody;
        if (m_expectedBodyBytes > 0 && m_buffer.isEmpty() &&
            m_current.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_state == State::ReadingBody) {
        if (m_buffer.size() < m_expectedBodyBytes)
            return;
        m_current.body = m_buffer.left(m_expectedBodyBytes);
        m_buffer.remove(0, m_expectedBodyBytes);
        m_state = State::AwaitingResponse;
        m_closeAfterResponse = m_current.wantsClose();
        const HttpRequest request = std::exchange(m_current, HttpRequest{});
        Q_EMIT requestReceived(request);
    }
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/') ||
        !requestLine.at(2).startsWith("HTTP/")) {
        failWith(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("The request line is malformed."));
        return false;
    }
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0") {
        failWith(505, QStringLiteral("HTTP_VERSION_NOT_SUPPORTED"), QStringLiteral("Only HTTP/1.1 is supported."));
        return false;
    }
    m_current = HttpRequest{};
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            failWith(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("A request header is malformed."));
            return false;
        }
        m_current.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    if (m_current.hasHeader("transfer-encoding")) {
        failWith(501, QStringLiteral("NOT_IMPLEMENTED"),
                 QStringLiteral("Transfer-Encoding is not supported; send a Content-Length."));
        return false;
    }
    m_expectedBodyBytes = 0;
    if (m_current.hasHeader("content-length")) {
        bool ok = false;
        const qlonglong length = m_current.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            failWith(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("The Content-Length is invalid."));
            return false;
        }
        if (length > maxBodyBytes) {
            failWith(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                     QStringLiteral("The request body exceeds %1 bytes.").arg(maxBodyBytes));
            return false;
        }
        m_expectedBodyBytes = length;
    }
    return true;
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
    m_state = State::ReadingHeaders;
    // Queued, so a burst of pipelined requests cannot recurse through respond() -> requestReceived -> respond().
    if (!m_buffer.isEmpty())
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
    m_buffer.clear();
    // disconnectFromHost() waits for pending bytes to be written before closing.
    m_socket->disconnectFromHost();
}

} // namespace PeeringDesk
