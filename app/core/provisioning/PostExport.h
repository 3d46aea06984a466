// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "provisioning/RequestExporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace PeeringDesk {

/// One POST to the Atlas Administration API written out for a person: as the HTTP request it is, and as a curl
/// command. Shared by every export of a request Peering Desk sends (the peering, its access list entry), so they
/// sign and spell the same way. Secrets never appear.
class PostExport
{
    Q_DECLARE_TR_FUNCTIONS(PostExport)

public:
    /// The method, URL, headers (the Authorization header described, not shown) and the indented body.
    static Export http(const QUrl &url, const QByteArray &indentedBody, Credentials::Kind auth);
    /// curl with the keys (or a service account's token request) from environment variables.
    static Export curl(const QUrl &url, const QByteArray &compactBody, const QUrl &baseUrl, Credentials::Kind auth);
};

} // namespace PeeringDesk
