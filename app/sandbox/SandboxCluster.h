// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QDateTime>
#include <QString>

namespace PeeringDesk {

/// A dedicated replica set in one provider and region. The sandbox only lists clusters; it never creates or
/// changes them over the API.
struct SandboxCluster
{
    QString id;
    QString groupId;
    QString name;
    Provider provider = Provider::Aws;
    QString regionName; ///< Atlas form, e.g. US_EAST_1 (AWS), US_EAST_2 (Azure), CENTRAL_US (Google Cloud).
    QString instanceSize = QStringLiteral("M10");
    QString stateName = QStringLiteral("IDLE");
    QDateTime created;
};

} // namespace PeeringDesk
