// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawHttpResponse.h"

#include <QList>
#include <QPair>
#include <QTcpSocket>

namespace PeeringDesk {
class SandboxServer;
}

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Speaks raw HTTP/1.1 to an in-process SandboxServer over loopback, and computes digest answers itself, so the
/// tests check the bytes on the wire rather than what a Qt client library makes of them.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(PeeringDesk::SandboxServer &server);

    bool connectToServer();
    void sendRaw(const QByteArray &bytes);
    /// Waits (spinning the event loop, the server runs on this thread) for one complete response.
    RawHttpResponse readResponse(int timeoutMs = 3000);
    bool waitForClosed(int timeoutMs = 3000);
    /// Waits until the unread bytes contain `needle`, without consuming them.
    bool waitForRaw(const QByteArray &needle, int timeoutMs = 3000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /// Sends a digest-authenticated Atlas request on the current connection (connecting if needed), fetching a
    /// nonce first if it has none. Versioned Accept and Content-Type are added unless `headers` overrides them
    /// (an empty value removes the header).
    RawHttpResponse request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                            const HeaderList &headers = {});
    /// Same, with an explicit Authorization header and no digest handling.
    RawHttpResponse requestWithAuthorization(const QByteArray &method, const QByteArray &target,
                                             const QByteArray &authorization, const QByteArray &body = {},
                                             const HeaderList &headers = {});

    void setCredentials(const QString &user, const QString &password);
    QByteArray nonce() const { return m_nonce; }
    void setNonce(const QByteArray &nonce, int nextNc = 1);
    QByteArray digestAuthorization(const QByteArray &method, const QByteArray &uri, int nc) const;

    static QByteArray buildRequest(const QByteArray &method, const QByteArray &target, const HeaderList &headers,
                                   const QByteArray &body);
    static QByteArray nonceFrom(const QByteArray &wwwAuthenticate);

private:
    HeaderList mergedHeaders(const QByteArray &body, const HeaderList &overrides) const;

    PeeringDesk::SandboxServer &m_server;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QString m_user;
    QString m_password;
    QByteArray m_nonce;
    int m_nc = 1;
};
