// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListEntry.h"

namespace PeeringDesk {

std::optional<AccessListEntry> AccessListEntry::fromJson(const QJsonObject &json)
{
    AccessListEntry entry;
    entry.cidrBlock = json.value(QLatin1String("cidrBlock")).toString();
    entry.ipAddress = json.value(QLatin1String("ipAddress")).toString();
    entry.awsSecurityGroup = json.value(QLatin1String("awsSecurityGroup")).toString();
    entry.comment = json.value(QLatin1String("comment")).toString();
    entry.deleteAfterDate = json.value(QLatin1String("deleteAfterDate")).toString();
    if (entry.value().isEmpty()) {
        return std::nullopt;
    }
    return entry;
}

QString AccessListEntry::value() const
{
    if (!cidrBlock.isEmpty()) {
        return cidrBlock;
    }
    return ipAddress.isEmpty() ? awsSecurityGroup : ipAddress;
}

std::optional<Ipv4Cidr> AccessListEntry::range() const
{
    if (!cidrBlock.isEmpty()) {
        return Ipv4Cidr::parse(cidrBlock);
    }
    if (!ipAddress.isEmpty()) {
        return Ipv4Cidr::parse(QString(ipAddress + QLatin1String("/32")));
    }
    return std::nullopt;
}

bool AccessListEntry::covers(const Ipv4Cidr &block) const
{
    const std::optional<Ipv4Cidr> own = range();
    return own && own->canonical().contains(block);
}

AccessListEntry::Status AccessListEntry::statusFromWire(QStringView status)
{
    if (status == u"PENDING") {
        return Status::Pending;
    }
    if (status == u"ACTIVE") {
        return Status::Active;
    }
    if (status == u"FAILED") {
        return Status::Failed;
    }
    return Status::Unknown;
}

QString AccessListEntry::statusWireName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("PENDING");
    case Status::Active:
        return QStringLiteral("ACTIVE");
    case Status::Failed:
        return QStringLiteral("FAILED");
    case Status::Unknown:
        break;
    }
    return {};
}

} // namespace PeeringDesk
