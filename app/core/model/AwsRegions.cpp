// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsRegions.h"

#include <QRegularExpression>

namespace PeeringDesk {

namespace {

// The AWS container regionName enum of the Atlas API (2026-08 spec), in its order.
const char *const atlasRegionNames[] = {
    "US_EAST_1",      "US_EAST_2",      "US_WEST_1",      "US_WEST_2",      "CA_CENTRAL_1",   "EU_NORTH_1",
    "EU_WEST_1",      "EU_WEST_2",      "EU_WEST_3",      "EU_CENTRAL_1",   "EU_CENTRAL_2",   "SA_EAST_1",
    "AP_EAST_1",      "AP_EAST_2",      "AP_SOUTHEAST_2", "AP_SOUTHEAST_3", "AP_SOUTHEAST_4", "AP_SOUTHEAST_5",
    "AP_SOUTHEAST_6", "AP_SOUTHEAST_7", "AP_NORTHEAST_1", "AP_NORTHEAST_2", "AP_NORTHEAST_3", "AP_SOUTHEAST_1",
    "AP_SOUTH_1",     "AP_SOUTH_2",     "CN_NORTH_1",     "CN_NORTHWEST_1", "ME_CENTRAL_1",   "ME_SOUTH_1",
    "AF_SOUTH_1",     "EU_SOUTH_1",     "EU_SOUTH_2",     "IL_CENTRAL_1",   "CA_WEST_1",      "MX_CENTRAL_1",
    "US_GOV_WEST_1",  "US_GOV_EAST_1",
};

} // namespace

QStringList AwsRegions::cloudNames()
{
    QStringList names;
    for (const char *name : atlasRegionNames) {
        names.append(toCloudName(QString::fromLatin1(name)));
    }
    names.sort();
    return names;
}

QString AwsRegions::toCloudName(const QString &atlasName)
{
    return atlasName.toLower().replace(u'_', u'-');
}

QString AwsRegions::fromAtlasName(const QString &atlasName)
{
    static const QRegularExpression atlasForm(QStringLiteral("^[A-Z]{2}(_GOV)?_[A-Z]+_[0-9]$"));
    return atlasForm.match(atlasName).hasMatch() ? toCloudName(atlasName) : QString();
}

QString AwsRegions::toAtlasName(const QString &cloudName)
{
    return cloudName.toUpper().replace(u'-', u'_');
}

} // namespace PeeringDesk
