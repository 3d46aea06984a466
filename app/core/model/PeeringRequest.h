// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AwsPeeringRequest.h"
#include "AzurePeeringRequest.h"
#include "GcpPeeringRequest.h"
#include "Provider.h"

#include <QByteArray>

#include <variant>

namespace PeeringDesk {

/// One "create a peering" request: the project (a path parameter) and one provider's body. Value type.
class PeeringRequest
{
public:
    using Body = std::variant<AwsPeeringRequest, AzurePeeringRequest, GcpPeeringRequest>;

    PeeringRequest() = default;
    PeeringRequest(QString groupId, Body body);

    /// The project id as typed; groupIdCleaned() is what goes into the URL.
    QString groupId() const { return m_groupId; }
    QString groupIdCleaned() const;
    void setGroupId(const QString &groupId) { m_groupId = groupId; }

    Provider provider() const;
    const Body &body() const { return m_body; }
    void setBody(Body body) { m_body = std::move(body); }
    QString containerId() const;

    /// Every problem with the project id and the body; empty means the request may be sent.
    FieldProblems validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// The JSON body, providerName always included; the group id is not part of it.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    /// Reads a body; the provider comes from providerName. Returns nothing for a missing or unknown provider.
    static std::optional<PeeringRequest> fromJson(const QString &groupId, const QJsonObject &json);

    friend bool operator==(const PeeringRequest &, const PeeringRequest &) = default;

private:
    QString m_groupId;
    Body m_body;
};

} // namespace PeeringDesk
