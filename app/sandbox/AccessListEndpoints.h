// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "AtlasSandboxState.h"

#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace PeeringDesk {

/// /groups/{groupId}/accessList[/{entryValue}[/status]]: the project's IP access list. The router has already
/// checked authentication, the project, the write role and the rate limit.
class AccessListEndpoints
{
public:
    static constexpr int maxCommentLength = 80;

    explicit AccessListEndpoints(AtlasSandboxState &state);

    /// `body` is an array of entries; all are added, or none when one is bad. Answers the first page of the list.
    ApiResult create(const QString &groupId, const QByteArray &body, const QUrlQuery &query, const QUrl &self,
                     const QUrl &baseUrl);
    ApiResult list(const QString &groupId, const QUrlQuery &query, const QUrl &self, const QUrl &baseUrl);
    /// `entryValue` is the decoded path segment: a CIDR block, an address or an AWS security group.
    ApiResult get(const QString &groupId, const QString &entryValue, const QUrl &baseUrl);
    ApiResult status(const QString &groupId, const QString &entryValue);
    ApiResult remove(const QString &groupId, const QString &entryValue);

private:
    /// The stored entry `entryValue` names, or the error to answer.
    std::variant<const SandboxAccessEntry *, SandboxError> find(const QString &groupId, const QString &entryValue);
    std::optional<SandboxError> parseEntry(const QString &groupId, const QJsonValue &json, SandboxAccessEntry *entry);
    QJsonArray renderAll(const QString &groupId, const QUrl &baseUrl) const;
    static QJsonObject render(const SandboxAccessEntry &entry, const QUrl &baseUrl);

    AtlasSandboxState &m_state;
};

} // namespace PeeringDesk
