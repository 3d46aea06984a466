// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QTcpSocket>

namespace PeeringDesk {

/// One client connection: parses HTTP/1.1 requests incrementally and answers them strictly in order.
///
/// Only one request is handed out at a time; pipelined requests stay in the buffer until the previous answer is
/// written, so responses can never be reordered even when the server delays them.
/// Protocol violations are answered here (400/413/431/501/505) and the connection is closed, because after a framing
/// error nothing that follows on the stream can be trusted.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype maxHeaderBytes = HttpRequestParser::maxHeaderBytes;
    static constexpr qsizetype maxBodyBytes = HttpRequestParser::maxBodyBytes;

    /// Takes ownership of the socket.
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void respond(const HttpResponse &response);
    /// Writes bytes that are deliberately not a well-formed response, then closes (fault injection).
    void sendRawAndClose(const QByteArray &bytes);
    /// Stops answering on this connection but keeps the socket open (fault injection: a hung server).
    void stall();
    /// Writes `head`, then one more byte every `intervalMs` until the client goes away (fault injection: a server
    /// slower than any idle timeout notices).
    void trickle(const QByteArray &head, int intervalMs);

Q_SIGNALS:
    void requestReceived(const PeeringDesk::HttpRequest &request);
    void protocolErrorAnswered(int status);
    void finished();

private:
    enum class State { Reading, AwaitingResponse, Stalled, Closing };

    void onReadyRead();
    void processBuffer();
    void failWith(int status, const QString &errorCode, const QString &detail);
    void closeAfterWrite();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    State m_state = State::Reading;
    bool m_closeAfterResponse = false;
};

} // namespace PeeringDesk
