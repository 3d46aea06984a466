// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainerRequest.h"

#include "FieldValidator.h"
#include "Ipv4Cidr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace PeeringDesk {

namespace {

bool isAtlasRegionName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
    return pattern.match(value).hasMatch();
}

QString regionField(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return QStringLiteral("regionName");
    case Provider::Azure:
        return QStringLiteral("region");
    case Provider::Gcp:
        return QStringLiteral("regions");
    }
    return {};
}

} // namespace

int ContainerRequest::maxGcpRegions(int prefixLength)
{
    if (prefixLength < 21 || prefixLength > 24) {
        return 0;
    }
    return 1 << (24 - prefixLength);
}

FieldProblems ContainerRequest::validate() const
{
    FieldProblems problems;
    const QString field = regionField(provider);
    const QString cleanRegion = FieldValidator::clean(region);
    if (provider != Provider::Gcp) {
        if (cleanRegion.isEmpty()) {
            problems.append({field, tr("Choose the Atlas region of the container, like US_EAST_1.")});
        } else if (!isAtlasRegionName(cleanRegion)) {
            problems.append({field, tr("Use Atlas's name for the region, like %1, not the cloud's own spelling.")
                                        .arg(cleanRegion.toUpper().replace(u'-', u'_'))});
        }
    } else {
        for (const QString &name : regions) {
            if (!isAtlasRegionName(name)) {
                problems.append({field, tr("%1 is not an Atlas region name; choose regions from the list.").arg(name)});
                break;
            }
        }
    }

    const QString cidrText = FieldValidator::clean(atlasCidrBlock);
    const QString cidrField = QStringLiteral("atlasCidrBlock");
    if (cidrText.isEmpty()) {
        problems.append({cidrField, tr("Enter the Atlas CIDR block, like 192.168.248.0/21.")});
        return problems;
    }
    const auto cidr = Ipv4Cidr::parse(cidrText);
    if (!cidr) {
        problems.append({cidrField, tr("Enter an IPv4 block in CIDR notation, like 192.168.248.0/21.")});
        return problems;
    }
    if (!cidr->isPrivate()) {
        problems.append({cidrField, tr("Use a private block (RFC 1918): inside 10.0.0.0/8, 172.16.0.0/12 or "
                                       "192.168.0.0/16.")});
        return problems;
    }
    if (!cidr->isCanonical()) {
        problems.append({cidrField, tr("Write the block in canonical form, %1: the address must be the first of "
                                       "the block.")
                                        .arg(cidr->canonical().toString())});
        return problems;
    }
    const int prefix = cidr->prefixLength();
    const bool small = prefix >= 21 && prefix <= 24;
    if (provider != Provider::Gcp) {
        if (!small) {
            problems.append({cidrField, tr("%1 containers need a block from /21 to /24, like 192.168.248.0/21; "
                                           "this one is /%2.")
                                            .arg(providerDisplayName(provider))
                                            .arg(prefix)});
        }
        return problems;
    }
    if (regions.isEmpty()) {
        if (prefix > 18) {
            problems.append({cidrField, small ? tr("A /%1 Google Cloud container must be limited to regions: "
                                                   "choose them, or use a /18 or larger block.")
                                                    .arg(prefix)
                                              : tr("Google Cloud containers need a /18 or larger block (like "
                                                   "10.8.0.0/18), or /21 to /24 together with regions; this "
                                                   "one is /%1.")
                                                    .arg(prefix)});
        }
        return problems;
    }
    if (!small) {
        problems.append({cidrField, tr("A Google Cloud container limited to regions needs a block from /21 to /24; "
                                       "clear the regions to use a /18 or larger block.")});
    } else if (regions.size() > maxGcpRegions(prefix)) {
        problems.append(
            {field, tr("A /%1 block allows at most %n region(s).", nullptr, maxGcpRegions(prefix)).arg(prefix)});
    }
    return problems;
}

QJsonObject ContainerRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("providerName"), providerWireName(provider)},
                     {QStringLiteral("atlasCidrBlock"), FieldValidator::clean(atlasCidrBlock)}};
    if (provider == Provider::Gcp) {
        if (!regions.isEmpty()) {
            json.insert(QStringLiteral("regions"), QJsonArray::fromStringList(regions));
        }
    } else {
        json.insert(regionField(provider), FieldValidator::clean(region));
    }
    return json;
}

std::optional<Container> ContainerRequest::existingIn(const QList<Container> &containers) const
{
    const QString cleanRegion = FieldValidator::clean(region);
    for (const Container &container : containers) {
        if (container.provider != provider) {
            continue;
        }
        if (provider == Provider::Gcp || container.regionName == cleanRegion) {
            return container;
        }
    }
    return std::nullopt;
}

QString ContainerRequest::cidrWinsWarning(const QList<Container> &containers) const
{
    const auto existing = existingIn(containers);
    const auto typed = Ipv4Cidr::parse(FieldValidator::clean(atlasCidrBlock));
    const auto kept = Ipv4Cidr::parse(existing ? existing->atlasCidrBlock : QString());
    if (!existing || !typed || (kept && typed->canonical() == *kept)) {
        return {};
    }
    if (provider == Provider::Gcp) {
        return tr("This project already has a Google Cloud container with %1. Atlas keeps that block and ignores "
                  "%2: use the existing container, or pick a route table CIDR that does not overlap %1.")
            .arg(existing->atlasCidrBlock, typed->toString());
    }
    return tr("A container for %1 already exists with %2. Atlas keeps that block and ignores %3: use the existing "
              "container, or pick a route table CIDR that does not overlap %2.")
        .arg(existing->regionName, existing->atlasCidrBlock, typed->toString());
}

} // namespace PeeringDesk
