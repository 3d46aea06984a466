// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ipv4Cidr.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// One entry of a project's IP access list, as GET /groups/{groupId}/accessList lists it. Value type.
struct AccessListEntry
{
    /// What GET …/accessList/{entry}/status says; Unknown until it has been read.
    enum class Status { Unknown, Pending, Active, Failed };

    QString cidrBlock;
    QString ipAddress;
    QString awsSecurityGroup;
    QString comment;
    /// Set for a temporary entry: Atlas deletes it after this ISO 8601 time.
    QString deleteAfterDate;

    /// Reads a NetworkPermissionEntry. Fails when it names no CIDR block, address or security group.
    static std::optional<AccessListEntry> fromJson(const QJsonObject &json);

    /// What identifies the entry in Atlas's paths: the CIDR block, else the address, else the security group.
    QString value() const;
    /// The addresses it allows: its CIDR block, or its address as a /32; nothing for a security group.
    std::optional<Ipv4Cidr> range() const;
    /// True when every address of `block` is allowed by this entry.
    bool covers(const Ipv4Cidr &block) const;

    static Status statusFromWire(QStringView status);
    /// "PENDING", "ACTIVE", "FAILED": Atlas's words, shown as they are.
    static QString statusWireName(Status status);

    friend bool operator==(const AccessListEntry &, const AccessListEntry &) = default;
};

} // namespace PeeringDesk
