// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace PeeringDesk {

/// What an endpoint produced, before the router applies envelope, pretty-printing and the media types.
struct ApiResult
{
    int status = 200;
    QJsonValue body;
    bool isError = false;
    bool isPaginated = false; ///< Envelope adds "status" to the list object instead of wrapping it.
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResult ok(const QJsonValue &body, int status = 200) { return ApiResult{status, body, false, false, {}}; }
    static ApiResult list(const QJsonValue &body) { return ApiResult{200, body, false, true, {}}; }
    static ApiResult error(const SandboxError &error)
    {
        return ApiResult{error.status(), error.toJson(), true, false, {}};
    }
};

} // namespace PeeringDesk
