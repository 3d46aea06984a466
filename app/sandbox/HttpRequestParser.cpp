// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

#include <QRegularExpression>

#include <optional>
#include <utility>

namespace PeeringDesk {

namespace {

bool isToken(QByteArrayView text)
{
    static const QRegularExpression tokenPattern(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return !text.isEmpty() && tokenPattern.match(QString::fromLatin1(text)).hasMatch();
}

// RFC 9110 §8.6: Content-Length = 1*DIGIT. No sign, no spaces inside, no hexadecimal; bounded before it can overflow.
std::optional<qsizetype> parseContentLength(QByteArrayView text, qsizetype limit)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
        if (value > limit)
            return limit + 1;
    }
    return value;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parseNext()
{
    if (m_state == State::Failed)
        return Result::Error;
    if (m_state == State::Done)
        return Result::Request;
    if (m_state == State::Head) {
        // RFC 9112 §2.2: a server should ignore empty lines received before the request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        if (m_buffer.isEmpty())
            return Result::NeedMore;
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if ((headEnd < 0 && m_buffer.size() > maxHeaderBytes) || headEnd > maxHeaderBytes) {
            return fail(431, QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
                        QStringLiteral("The request header exceeds %1 bytes.").arg(maxHeaderBytes));
        }
        if (headEnd < 0)
            return Result::NeedMore;
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, headEnd + 4);
        if (!parseHead(head))
            return Result::Error;
        m_state = State::Body;
        m_continueNeeded = m_expectedBodyBytes > 0 && m_buffer.isEmpty() &&
                           m_current.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    }
    if (m_buffer.size() < m_expectedBodyBytes)
        return Result::NeedMore;
    m_current.body = m_buffer.left(m_expectedBodyBytes);
    m_buffer.remove(0, m_expectedBodyBytes);
    m_continueNeeded = false;
    m_state = State::Done;
    return Result::Request;
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Done)
        return {};
    m_state = State::Head;
    m_expectedBodyBytes = 0;
    return std::exchange(m_current, HttpRequest{});
}

bool HttpRequestParser::takeContinueNeeded()
{
    return std::exchange(m_continueNeeded, false);
}

void HttpRequestParser::clear()
{
    m_buffer.clear();
    m_current = HttpRequest{};
    m_expectedBodyBytes = 0;
    m_continueNeeded = false;
    if (m_state != State::Failed)
        m_state = State::Head;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &errorCode, const QString &detail)
{
    m_state = State::Failed;
    m_failure = Failure{status, errorCode, detail};
    m_buffer.clear();
    m_current = HttpRequest{};
    return Result::Error;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/') ||
        !requestLine.at(2).startsWith("HTTP/")) {
        fail(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("The request line is malformed."));
        return false;
    }
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0") {
        fail(505, QStringLiteral("HTTP_VERSION_NOT_SUPPORTED"), QStringLiteral("Only HTTP/1.1 is supported."));
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
            fail(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("A request header is malformed."));
            return false;
        }
        m_current.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    if (m_current.hasHeader("transfer-encoding")) {
        fail(501, QStringLiteral("NOT_IMPLEMENTED"),
             QStringLiteral("Transfer-Encoding is not supported; send a Content-Length."));
        return false;
    }
    m_expectedBodyBytes = 0;
    std::optional<qsizetype> length;
    for (const auto &[name, value] : std::as_const(m_current.headers)) {
        if (name != "content-length")
            continue;
        const auto parsed = parseContentLength(value, maxBodyBytes);
        // RFC 9112 §6.3: differing Content-Length values make the framing unrecoverable.
        if (!parsed || (length && *length != *parsed)) {
            fail(400, QStringLiteral("MALFORMED_REQUEST"), QStringLiteral("The Content-Length is invalid."));
            return false;
        }
        length = parsed;
    }
    if (length && *length > maxBodyBytes) {
        fail(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
             QStringLiteral("The request body exceeds %1 bytes.").arg(maxBodyBytes));
        return false;
    }
    m_expectedBodyBytes = length.value_or(0);
    return true;
}

} // namespace PeeringDesk
