// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/AccessListRequest.h"
#include "provisioning/RequestExporter.h"

#include <QCoreApplication>
#include <QUrl>

namespace PeeringDesk {

/// An access list request in the other tools' words: the exact POST, curl, `atlas accessLists create` and
/// Terraform's mongodbatlas_project_ip_access_list. Secrets never appear, as in RequestExporter.
class AccessListExporter
{
    Q_DECLARE_TR_FUNCTIONS(AccessListExporter)

public:
    static Export preview(const QString &groupId, const AccessListRequest &request, const QUrl &baseUrl,
                          Credentials::Kind auth);
    static Export curl(const QString &groupId, const AccessListRequest &request, const QUrl &baseUrl,
                       Credentials::Kind auth);
    /// One `atlas accessLists create` per range: the CLI takes one entry per call.
    static Export atlasCli(const QString &groupId, const AccessListRequest &request);
    /// One resource per range: the provider's resource holds one entry.
    static Export terraform(const QString &groupId, const AccessListRequest &request);

    static QUrl url(const QString &groupId, const QUrl &baseUrl);
};

} // namespace PeeringDesk
