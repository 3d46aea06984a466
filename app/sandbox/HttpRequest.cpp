// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

#include <QUrl>

namespace PeeringDesk {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

QString HttpRequest::path() const
{
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? target : target.left(queryStart);
    return QUrl::fromPercentEncoding(rawPath);
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype queryStart = target.indexOf('?');
    if (queryStart < 0)
        return {};
    return QUrlQuery(QString::fromUtf8(target.mid(queryStart + 1)));
}

bool HttpRequest::wantsClose() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

} // namespace PeeringDesk
