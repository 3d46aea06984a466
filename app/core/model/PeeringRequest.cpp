// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringRequest.h"

#include "FieldCheck.h"

#include <QJsonDocument>

namespace PeeringDesk {

PeeringRequest::PeeringRequest(QString groupId, Body body)
    : m_groupId(std::move(groupId))
    , m_body(std::move(body))
{}

QString PeeringRequest::groupIdCleaned() const
{
    return FieldValidator::clean(m_groupId);
}

Provider PeeringRequest::provider() const
{
    switch (m_body.index()) {
    case 1:
        return Provider::Azure;
    case 2:
        return Provider::Gcp;
    default:
        return Provider::Aws;
    }
}

QString PeeringRequest::containerId() const
{
    return std::visit([](const auto &body) { return body.containerId; }, m_body);
}

FieldProblems PeeringRequest::validate() const
{
    FieldCheck check;
    check.check("groupId", m_groupId, &FieldValidator::groupId);
    return check.problems() + std::visit([](const auto &body) { return body.validate(); }, m_body);
}

QJsonObject PeeringRequest::toJson() const
{
    return std::visit([](const auto &body) { return body.toJson(); }, m_body);
}

QByteArray PeeringRequest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<PeeringRequest> PeeringRequest::fromJson(const QString &groupId, const QJsonObject &json)
{
    const auto provider = providerFromWireName(json.value(QLatin1String("providerName")).toString());
    if (!provider) {
        return std::nullopt;
    }
    switch (*provider) {
    case Provider::Aws:
        return PeeringRequest(groupId, AwsPeeringRequest::fromJson(json));
    case Provider::Azure:
        return PeeringRequest(groupId, AzurePeeringRequest::fromJson(json));
    case Provider::Gcp:
        return PeeringRequest(groupId, GcpPeeringRequest::fromJson(json));
    }
    return std::nullopt;
}

} // namespace PeeringDesk
