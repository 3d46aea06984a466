// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldFix.h"

#include "AccessListRequest.h"
#include "AwsPeeringRequest.h"
#include "AwsRegions.h"
#include "AzurePeeringRequest.h"
#include "FieldValidator.h"
#include "GcpPeeringRequest.h"
#include "Ipv4Cidr.h"

namespace PeeringDesk {

namespace {

QString lowerCase(const QString &value)
{
    return value.toLower();
}

QString withoutSeparators(const QString &value)
{
    QString digits = value;
    digits.remove(u'-').remove(u' ');
    return digits;
}

QString awsSpelling(const QString &value)
{
    const QString cloudName = AwsRegions::fromAtlasName(value);
    return cloudName.isEmpty() ? value.toLower() : cloudName;
}

QString canonicalBlock(const QString &value)
{
    const auto cidr = Ipv4Cidr::parse(value);
    return cidr ? cidr->canonical().toString() : QString();
}

// Each block of an access list's ranges with its host bits cleared, the rest as written.
QString canonicalBlocks(const QString &value)
{
    QStringList blocks;
    for (const QString &range : AccessListRequest::splitRanges(value)) {
        const QString canonical = canonicalBlock(range);
        blocks << (canonical.isEmpty() ? range : canonical);
    }
    return blocks.join(QLatin1String(", "));
}

QString withoutBraces(const QString &value)
{
    return value.startsWith(u'{') && value.endsWith(u'}') ? value.mid(1, value.size() - 2) : value;
}

// projects/p/global/networks/prod, or the whole https://…/networks/prod URL: the name is the last part.
QString lastPathPart(const QString &value)
{
    return value.section(u'/', -1, -1, QString::SectionSkipEmpty).toLower();
}

struct Correction
{
    FieldFix::Rule rule;
    QString (*fix)(const QString &);
};

const Correction corrections[] = {
    {&FieldValidator::groupId, &lowerCase},
    {&FieldValidator::containerId, &lowerCase},
    {&FieldValidator::awsAccountId, &withoutSeparators},
    {&FieldValidator::vpcId, &lowerCase},
    {&FieldValidator::awsRegion, &awsSpelling},
    {&FieldValidator::routeTableCidrBlock, &canonicalBlock},
    {&FieldValidator::accessListRanges, &canonicalBlocks},
    {&FieldValidator::azureDirectoryId, &withoutBraces},
    {&FieldValidator::azureSubscriptionId, &withoutBraces},
    {&FieldValidator::gcpProjectId, &lowerCase},
    {&FieldValidator::gcpNetworkName, &lastPathPart},
};

template <typename Body>
FieldFix::Rule ruleIn(const QString &wireName)
{
    for (const RequestField<Body> &field : Body::fields()) {
        if (wireName == QLatin1String(field.wireName)) {
            return field.rule;
        }
    }
    return nullptr;
}

} // namespace

QString FieldFix::suggestion(Rule rule, const QString &value)
{
    if (!rule || value.isEmpty() || rule(value).isEmpty()) {
        return {};
    }
    for (const Correction &correction : corrections) {
        if (correction.rule != rule) {
            continue;
        }
        const QString fixed = correction.fix(value);
        // Offered only when it is a different value the rule then accepts: a public block stays public once its
        // host bits are cleared, and suggesting it would trade one refusal for another.
        const bool accepted = !fixed.isEmpty() && fixed != value && fixed.size() <= FieldValidator::maxFieldLength &&
                              rule(fixed).isEmpty();
        return accepted ? fixed : QString();
    }
    return {};
}

QString FieldFix::suggestionFor(const QString &wireName, const QString &value)
{
    const QString cleaned = FieldValidator::clean(value);
    if (cleaned.size() > FieldValidator::maxFieldLength) {
        return {};
    }
    return suggestion(ruleFor(wireName), cleaned);
}

FieldFix::Rule FieldFix::ruleFor(const QString &wireName)
{
    if (wireName == QLatin1String("groupId")) {
        return &FieldValidator::groupId;
    }
    if (wireName == QLatin1String("accessListRanges")) {
        return &FieldValidator::accessListRanges;
    }
    for (Rule rule : {ruleIn<AwsPeeringRequest>(wireName), ruleIn<AzurePeeringRequest>(wireName),
                      ruleIn<GcpPeeringRequest>(wireName)}) {
        if (rule) {
            return rule;
        }
    }
    return nullptr;
}

} // namespace PeeringDesk
