// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace PeeringDesk {

/// Why an Atlas call did not produce a result: an Atlas ApiError, or something below it. Value type.
class RequestFailure
{
    Q_DECLARE_TR_FUNCTIONS(RequestFailure)

public:
    enum class Kind {
        Cancelled,         ///< the user cancelled
        Timeout,           ///< no complete answer within the transfer timeout
        ConnectionRefused, ///< nothing listens at the base URL
        HostNotFound,      ///< DNS failed
        Tls,               ///< certificate or handshake problem; never ignored
        Network,           ///< any other transport failure, including a connection closed mid-body
        Authentication,    ///< HTTP 401: the credentials were rejected
        Api,               ///< an Atlas ApiError body with a 4xx or 5xx status
        Http,              ///< a 4xx or 5xx whose body is not an Atlas error (a proxy page, say)
        InvalidResponse,   ///< a 2xx whose body is not the JSON Atlas sends, or a body over the size cap
        Credentials,       ///< no usable credentials, or the service account token could not be obtained
        Redirect,          ///< a 3xx: never followed, so no credentials go to the other place; detail = Location
        Refused, ///< not sent: a rule forbids it (credentials over plain http to another computer); detail = why
    };

    RequestFailure(Kind kind, QUrl url, QString detail = {});

    Kind kind() const { return m_kind; }
    /// The HTTP status, or 0 when no HTTP answer came.
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    const std::optional<ApiError> &apiError() const { return m_apiError; }
    void setApiError(const ApiError &error) { m_apiError = error; }
    /// Technical detail: Qt's error text, the certificate problems, the start of an unexpected body.
    QString detail() const { return m_detail; }
    QUrl url() const { return m_url; }
    /// Retry-After in seconds, when the server sent one with the failure (429, 503).
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(std::optional<int> seconds) { m_retryAfter = seconds; }

    /// One or two translated sentences: what happened, and what to do about it.
    QString message() const;
    /// A short translated title: "Connection refused", "HTTP 409 Conflict", ….
    QString title() const;

private:
    Kind m_kind;
    QUrl m_url;
    QString m_detail;
    int m_httpStatus = 0;
    std::optional<ApiError> m_apiError;
    std::optional<int> m_retryAfter;
};

} // namespace PeeringDesk
