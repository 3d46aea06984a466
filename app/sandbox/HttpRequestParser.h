// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace PeeringDesk {

/// Frames and parses HTTP/1.1 requests from a byte stream, without any socket: bytes go in with append(), whole
/// requests come out of parseNext(). HttpConnection owns one per connection; the fuzzers drive it directly.
///
/// Strict on purpose: the first framing error makes the parser fail for good, because nothing that follows on the
/// stream can be trusted after it.
class HttpRequestParser
{
public:
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    enum class Result {
        NeedMore, ///< no complete request buffered yet
        Request,  ///< one request is ready: takeRequest()
        Error,    ///< a protocol violation: failure() says how to answer it
    };

    /// How a protocol violation is answered: the status and the body's errorCode and detail.
    struct Failure
    {
        int status = 0;
        QString errorCode;
        QString detail;
    };

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    /// Parses as far as the buffer allows. Returns Request at most once per buffered request.
    Result parseNext();
    /// The request parseNext() just completed.
    HttpRequest takeRequest();
    Failure failure() const { return m_failure; }
    /// True once after a head that sent "Expect: 100-continue" and whose body has not started to arrive.
    bool takeContinueNeeded();
    /// Bytes received but not yet parsed into a request.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    /// Drops everything buffered and starts over.
    void clear();

private:
    enum class State { Head, Body, Done, Failed };

    bool parseHead(const QByteArray &head);
    Result fail(int status, const QString &errorCode, const QString &detail);

    QByteArray m_buffer;
    State m_state = State::Head;
    HttpRequest m_current;
    qsizetype m_expectedBodyBytes = 0;
    bool m_continueNeeded = false;
    Failure m_failure;
};

} // namespace PeeringDesk
