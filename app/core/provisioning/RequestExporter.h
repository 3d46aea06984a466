// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/PeeringRequest.h"
#include "transport/RequestOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace PeeringDesk {

/// One rendering of a request for another tool, with what that tool cannot say.
struct Export
{
    QString text;
    /// Translated sentences: where the other tool cannot express the request exactly, and what to fill in.
    QStringList notes;
};

/// Turns a peering request into what the Atlas UI's neighbours speak: curl, the Atlas CLI and Terraform.
/// Secrets never appear: curl reads them from environment variables, the others from their own config.
class RequestExporter
{
    Q_DECLARE_TR_FUNCTIONS(RequestExporter)

public:
    /// The exact method, URL and body Create sends, for the preview pane.
    static Export preview(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options,
                          Credentials::Kind auth);
    static Export curl(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options,
                       Credentials::Kind auth);
    static Export atlasCli(const PeeringRequest &request);
    static Export terraform(const PeeringRequest &request);

    /// POST https://…/api/atlas/v2/groups/{groupId}/peers?…
    static QUrl url(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options);
};

} // namespace PeeringDesk
