// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

/// A response as read off the wire by the tests. status 0 means nothing complete arrived.
struct RawHttpResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("errorCode")).toString(); }
};
