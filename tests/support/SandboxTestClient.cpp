// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include "SandboxServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

namespace {

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

/// Runs the event loop until `done` holds. Unlike QTest::qWaitFor it never sleeps: it wakes on every event (the
/// server shares this thread), so a request costs its real round trip rather than a polling interval.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeUp; // bounds each wait, for conditions that change without an event of their own
    wakeUp.start(5);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed connections go away
    }
    return true;
}

} // namespace

SandboxTestClient::SandboxTestClient(PeeringDesk::SandboxServer &server)
    : m_server(server)
    , m_user(server.publicKey())
    , m_password(server.privateKey())
{}

bool SandboxTestClient::connectToServer()
{
    m_buffer.clear();
    m_socket.abort();
    m_socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    return spinUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 3000);
}

void SandboxTestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

RawHttpResponse SandboxTestClient::readResponse(int timeoutMs)
{
    RawHttpResponse response;
    auto tryParse = [this, &response] {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const int status = lines.first().split(' ').value(1).toInt();
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
            }
            if (status == 100) { // interim answer to Expect: 100-continue
                m_buffer.remove(0, headEnd + 4);
                continue;
            }
            const qsizetype length = headers.value("content-length").toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return false;
            response.status = status;
            response.headers = headers;
            response.body = m_buffer.mid(headEnd + 4, length);
            m_buffer.remove(0, headEnd + 4 + length);
            return true;
        }
    };
    if (!spinUntil(tryParse, timeoutMs))
        return RawHttpResponse{};
    return response;
}

bool SandboxTestClient::waitForClosed(int timeoutMs)
{
    return spinUntil(
        [this] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

bool SandboxTestClient::waitForRaw(const QByteArray &needle, int timeoutMs)
{
    return spinUntil(
        [this, &needle] {
            m_buffer += m_socket.readAll();
            return m_buffer.contains(needle);
        },
        timeoutMs);
}

void SandboxTestClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void SandboxTestClient::setNonce(const QByteArray &nonce, int nextNc)
{
    m_nonce = nonce;
    m_nc = nextNc;
}

QByteArray SandboxTestClient::digestAuthorization(const QByteArray &method, const QByteArray &uri, int nc) const
{
    const QByteArray ncText = QByteArray::number(nc, 16).rightJustified(8, '0');
    const QByteArray cnonce = "0a4f113b0a4f113b";
    const QByteArray ha1 = md5Hex(m_user.toUtf8() + ":MMS Public API:" + m_password.toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray response = md5Hex(ha1 + ':' + m_nonce + ':' + ncText + ':' + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + m_user.toUtf8() + "\", realm=\"MMS Public API\", nonce=\"" + m_nonce + "\", uri=\"" +
           uri + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=" + ncText + ", cnonce=\"" + cnonce +
           "\"";
}

QByteArray SandboxTestClient::nonceFrom(const QByteArray &wwwAuthenticate)
{
    static const QRegularExpression pattern(QStringLiteral("nonce=\"([0-9a-f]+)\""));
    return pattern.match(QString::fromLatin1(wwwAuthenticate)).captured(1).toLatin1();
}

QByteArray SandboxTestClient::buildRequest(const QByteArray &method, const QByteArray &target,
                                           const HeaderList &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers) {
        if (!value.isEmpty())
            out += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

HeaderList SandboxTestClient::mergedHeaders(const QByteArray &body, const HeaderList &overrides) const
{
    HeaderList headers{{"Accept", "application/vnd.atlas.2023-01-01+json"}};
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/vnd.atlas.2023-01-01+json")));
    for (const auto &[name, value] : overrides) {
        bool replaced = false;
        for (auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
                entry.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            headers.append(qMakePair(name, value));
    }
    return headers;
}

RawHttpResponse SandboxTestClient::requestWithAuthorization(const QByteArray &method, const QByteArray &target,
                                                            const QByteArray &authorization, const QByteArray &body,
                                                            const HeaderList &headers)
{
    if (!isConnected() && !connectToServer())
        return {};
    HeaderList all = mergedHeaders(body, headers);
    if (!authorization.isEmpty())
        all.prepend(qMakePair(QByteArray("Authorization"), authorization));
    sendRaw(buildRequest(method, target, all, body));
    return readResponse();
}

RawHttpResponse SandboxTestClient::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                           const HeaderList &headers)
{
    if (m_nonce.isEmpty()) {
        const RawHttpResponse challenge = requestWithAuthorization(method, target, {}, body, headers);
        if (challenge.status != 401)
            return challenge;
        setNonce(nonceFrom(challenge.header("www-authenticate")));
    }
    return requestWithAuthorization(method, target, digestAuthorization(method, target, m_nc++), body, headers);
}
