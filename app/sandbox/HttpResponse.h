// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace PeeringDesk {

/// One HTTP response as the sandbox will send it. Content-Length and Connection are added on serialization.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    QByteArray serialize(bool closeAfter) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace PeeringDesk
