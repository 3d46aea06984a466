// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "AtlasSandboxState.h"

#include <QUrl>
#include <QUrlQuery>

namespace PeeringDesk {

/// /groups/{groupId}/containers[/all|/{containerId}]. Authentication, project and rate limit are checked by the router.
class ContainerEndpoints
{
public:
    explicit ContainerEndpoints(AtlasSandboxState &state);

    ApiResult create(const QString &groupId, const QByteArray &body);
    ApiResult list(const QString &groupId, const QUrlQuery &query, const QUrl &self, bool allProviders);
    ApiResult get(const QString &groupId, const QString &containerId);

    static QJsonObject render(const SandboxContainer &container);

private:
    std::optional<SandboxError> cidrError(Provider provider, const QString &cidrText, bool hasRegions) const;

    AtlasSandboxState &m_state;
};

} // namespace PeeringDesk
