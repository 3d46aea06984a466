// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/RequestFailure.h"

namespace PeeringDesk {

RequestFailure::RequestFailure(Kind kind, QUrl url, QString detail)
    : m_kind(kind)
    , m_url(std::move(url))
    , m_detail(std::move(detail))
{}

QString RequestFailure::title() const
{
    switch (m_kind) {
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::ConnectionRefused:
        return tr("Connection refused");
    case Kind::HostNotFound:
        return tr("Host not found");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Network:
        return tr("Network error");
    case Kind::Authentication:
        return tr("Authentication failed (HTTP 401)");
    case Kind::Api:
        if (m_apiError && !m_apiError->reason().isEmpty()) {
            return tr("HTTP %1 %2").arg(m_httpStatus).arg(m_apiError->reason());
        }
        return tr("HTTP %1").arg(m_httpStatus);
    case Kind::Http:
        return tr("HTTP %1 from something other than Atlas").arg(m_httpStatus);
    case Kind::InvalidResponse:
        return tr("Unexpected response");
    case Kind::Credentials:
        return tr("No usable credentials");
    case Kind::Redirect:
        return tr("Redirected (HTTP %1), not followed").arg(m_httpStatus);
    case Kind::Refused:
        return tr("Not sent");
    }
    return {};
}

QString RequestFailure::message() const
{
    const QString host = m_url.host();
    switch (m_kind) {
    case Kind::Cancelled:
        return tr("The request was cancelled. If it had already reached Atlas, the peering may still be created: "
                  "check the project's peerings before you try again.");
    case Kind::Timeout:
        return tr("%1 did not answer in time. The request may still have been processed: check the project's "
                  "peerings before you try again.")
            .arg(host);
    case Kind::ConnectionRefused:
        return tr("Nothing is listening at %1. Check the base URL, or start the sandbox.").arg(m_url.authority());
    case Kind::HostNotFound:
        return tr("The host %1 could not be found. Check the base URL, your DNS and your proxy settings.").arg(host);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. Peering Desk never ignores certificate problems; "
                  "check the system clock, your proxy and the base URL.")
            .arg(host, m_detail);
    case Kind::Network:
        return tr("The connection to %1 failed: %2.").arg(host, m_detail);
    case Kind::Authentication:
        return tr("Atlas rejected the credentials. Check the public and private key (or the service account), "
                  "and that it has access to this project.");
    case Kind::Api:
        if (m_apiError && !m_apiError->detail().isEmpty()) {
            return m_apiError->detail();
        }
        return tr("Atlas answered with error %1.").arg(m_apiError ? m_apiError->errorCode() : QString());
    case Kind::Http:
        return tr("The server answered HTTP %1 with a body that is not an Atlas error, so a proxy or gateway may be "
                  "in the way. It began: %2")
            .arg(m_httpStatus)
            .arg(m_detail);
    case Kind::InvalidResponse:
        return tr("The server answered HTTP %1, but not with the JSON Atlas sends: %2.")
            .arg(m_httpStatus)
            .arg(m_detail);
    case Kind::Credentials:
        return m_detail.isEmpty() ? tr("Set an API key or a service account before sending requests.")
                                  : tr("Could not authenticate: %1").arg(m_detail);
    case Kind::Redirect: {
        const QString target = m_detail.isEmpty() ? tr("(no location given)") : m_detail;
        return tr("%1 answered with a redirect to %2. Peering Desk never follows redirects, so neither the request "
                  "nor your credentials went there. Check the base URL of the connection: Atlas itself does not "
                  "redirect API calls.")
            .arg(m_url.authority(), target);
    }
    case Kind::Refused:
        return tr("Nothing was sent to %1: %2").arg(m_url.authority(), m_detail);
    }
    return {};
}

} // namespace PeeringDesk
