// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace PeeringDesk {

/// A project (Atlas calls it a group) held by the sandbox.
struct SandboxProject
{
    QString id;
    QString name;
    QString orgId;
    QDateTime created;
    /// Whether the sandbox credentials hold a role that may create and delete peers here.
    bool writable = true;
};

} // namespace PeeringDesk
