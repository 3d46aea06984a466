// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace PeeringDesk {

/// One parsed HTTP/1.1 request. Header names are stored lower-case because HTTP field names are case-insensitive.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< As sent on the request line: path plus optional query. Digest signs exactly this.
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// First value of the header, or an empty array.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    /// Percent-decoded path, without the query.
    QString path() const;
    QUrlQuery query() const;
    /// True when the client asked to close the connection after this exchange (or speaks HTTP/1.0 without keep-alive).
    bool wantsClose() const;
};

} // namespace PeeringDesk
