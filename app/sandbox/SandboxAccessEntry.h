// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace PeeringDesk {

/// One entry of a project's IP access list: a CIDR block (an address is its /32 or /128) or an AWS security group.
struct SandboxAccessEntry
{
    QString groupId;
    QString cidrBlock; ///< Canonical (host bits cleared); empty for a security group.
    QString ipAddress; ///< Set only when the block is a single address, as Atlas does.
    QString awsSecurityGroup;
    QString comment;
    QDateTime deleteAfterDate; ///< Echoed as given; the sandbox never removes the entry by itself.
    /// When the entry was first added: it reads PENDING for one status step from then, then ACTIVE.
    qint64 addedAtMs = 0;

    /// What identifies the entry in the path: /groups/{g}/accessList/{value}.
    QString value() const { return awsSecurityGroup.isEmpty() ? cidrBlock : awsSecurityGroup; }
};

} // namespace PeeringDesk
