// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldValidator.h"

#include "AccessListRequest.h"
#include "AwsRegions.h"
#include "Ipv4Cidr.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

namespace PeeringDesk {

namespace {

bool matches(const QString &value, const char *pattern)
{
    // Compiled once per pattern, not on every call: the rules run on every keystroke in every field.
    static QMutex mutex;
    static QHash<const char *, QRegularExpression> compiled;
    QRegularExpression re;
    {
        const QMutexLocker locker(&mutex);
        auto it = compiled.find(pattern);
        if (it == compiled.end()) {
            it = compiled.insert(pattern,
                                 QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))));
        }
        re = *it;
    }
    return re.match(value).hasMatch();
}

bool isZeroWidthOrSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) || c == QChar(0xFEFF) ||
           c.category() == QChar::Other_Control;
}

} // namespace

QString FieldValidator::clean(const QString &value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isZeroWidthOrSpace(value.at(begin))) {
        ++begin;
    }
    while (end > begin && isZeroWidthOrSpace(value.at(end - 1))) {
        --end;
    }
    return value.mid(begin, end - begin);
}

QString FieldValidator::atlasId(const QString &value, const QString &whatItIs)
{
    if (value.isEmpty()) {
        return tr("Enter the %1.").arg(whatItIs);
    }
    if (matches(value, "[a-f0-9]{24}")) {
        return {};
    }
    if (matches(value, "[a-fA-F0-9]{24}")) {
        return tr("Use lower-case letters: Atlas IDs are written in lower-case hexadecimal.");
    }
    return tr("The %1 is 24 characters of 0-9 and a-f, like 5f3e2d1c0b9a887766554433; this value has %n character(s).",
              nullptr, static_cast<int>(value.size()))
        .arg(whatItIs);
}

QString FieldValidator::groupId(const QString &value)
{
    return atlasId(value, tr("project ID"));
}

QString FieldValidator::containerId(const QString &value)
{
    return atlasId(value, tr("container ID"));
}

QString FieldValidator::awsAccountId(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the 12-digit ID of the AWS account that owns the VPC.");
    }
    if (matches(value, "[0-9]{12}")) {
        return {};
    }
    if (matches(value, "[0-9]{4}-[0-9]{4}-[0-9]{4}")) {
        return tr("Remove the dashes: enter the account ID as 12 digits.");
    }
    if (matches(value, "[0-9]+") && value.size() < 12) {
        return tr("An AWS account ID has 12 digits; this one has %n. Keep any leading zeros.", nullptr,
                  static_cast<int>(value.size()));
    }
    return tr("An AWS account ID is exactly 12 digits, like 123456789012.");
}

QString FieldValidator::vpcId(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the ID of your VPC, like vpc-0123456789abcdef0.");
    }
    if (matches(value, "vpc-([0-9a-f]{8}|[0-9a-f]{17})")) {
        return {};
    }
    if (value.startsWith(QLatin1String("pcx-"))) {
        return tr("That is a peering connection ID; enter the VPC ID (vpc-…) instead.");
    }
    if (matches(value, "vpc-([0-9a-fA-F]{8}|[0-9a-fA-F]{17})")) {
        return tr("Use lower-case letters in the VPC ID.");
    }
    return tr("A VPC ID is vpc- followed by 17 hexadecimal characters (or 8 for older VPCs), like "
              "vpc-0123456789abcdef0.");
}

QString FieldValidator::awsRegion(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the AWS region of your VPC, like us-east-1.");
    }
    if (matches(value, "[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]")) {
        return {};
    }
    if (const QString cloudName = AwsRegions::fromAtlasName(value); !cloudName.isEmpty()) {
        return tr("Use the AWS form of the region, %1, not the Atlas form %2.").arg(cloudName, value);
    }
    return tr("Enter the region as AWS writes it, like us-east-1 or eu-west-2.");
}

QString FieldValidator::routeTableCidrBlock(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the CIDR block of your VPC, like 10.0.0.0/16.");
    }
    const auto cidr = Ipv4Cidr::parse(value);
    if (!cidr) {
        if (Ipv4Cidr::parse(QString(value + QLatin1String("/32")))) {
            return tr("Add the prefix length: a CIDR block looks like %1/16.").arg(value);
        }
        if (value.contains(u':')) {
            return tr("Atlas peers with IPv4 VPC ranges only; enter an IPv4 CIDR block like 10.0.0.0/16.");
        }
        return tr("This is not a CIDR block. Write it as four numbers and a prefix length, like 10.0.0.0/16.");
    }
    if (!cidr->isCanonical()) {
        return tr("%1 has host bits set; its canonical form is %2.").arg(value, cidr->canonical().toString());
    }
    if (!cidr->isPrivate()) {
        return tr("The block must lie inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.");
    }
    return {};
}

QString FieldValidator::accessListRanges(const QString &value)
{
    const FieldProblems problems = AccessListRequest(AccessListRequest::splitRanges(value), {}).validate();
    return problems.isEmpty() ? QString() : problems.first().message;
}

QString FieldValidator::guid(const QString &value, const QString &whatItIs)
{
    if (value.isEmpty()) {
        return tr("Enter the %1.").arg(whatItIs);
    }
    if (matches(value, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
        return {};
    }
    if (matches(value, "\\{[0-9a-fA-F-]{36}\\}")) {
        return tr("Remove the braces around the ID.");
    }
    return tr("The %1 is a GUID, like 8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d.").arg(whatItIs);
}

QString FieldValidator::azureDirectoryId(const QString &value)
{
    return guid(value, tr("Azure directory (tenant) ID"));
}

QString FieldValidator::azureSubscriptionId(const QString &value)
{
    return guid(value, tr("Azure subscription ID"));
}

QString FieldValidator::azureResourceGroupName(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the name of the resource group that holds your VNet.");
    }
    if (value.size() > 90) {
        return tr("A resource group name has at most 90 characters.");
    }
    if (!matches(value, "[-\\w._()]+")) {
        return tr("A resource group name may contain only letters, digits, '-', '_', '.', '(' and ')'.");
    }
    if (value.endsWith(u'.')) {
        return tr("A resource group name cannot end with a period.");
    }
    return {};
}

QString FieldValidator::azureVnetName(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the name of your virtual network (VNet).");
    }
    if (value.size() < 2 || value.size() > 64) {
        return tr("A VNet name has 2 to 64 characters.");
    }
    if (!matches(value, "[-\\w.]+")) {
        return tr("A VNet name may contain only letters, digits, '-', '_' and '.'.");
    }
    if (!matches(value, "[A-Za-z0-9].*[A-Za-z0-9_]")) {
        return tr("A VNet name starts with a letter or digit and ends with a letter, digit or '_'.");
    }
    return {};
}

QString FieldValidator::gcpProjectId(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the ID of the Google Cloud project that owns the network.");
    }
    if (matches(value, "[a-z][0-9a-z-]{4,28}[0-9a-z]")) {
        return {};
    }
    if (matches(value, "[0-9]+")) {
        return tr("That looks like a project number; enter the project ID, like my-project-123.");
    }
    if (value.size() < 6 || value.size() > 30) {
        return tr("A project ID has 6 to 30 characters.");
    }
    if (value != value.toLower()) {
        return tr("A project ID uses lower-case letters only.");
    }
    return tr("A project ID starts with a letter, contains only a-z, 0-9 and '-', and does not end with '-'.");
}

QString FieldValidator::gcpNetworkName(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the name of your VPC network, like default.");
    }
    if (value.contains(u'/')) {
        const QString lastPart = value.section(u'/', -1, -1, QString::SectionSkipEmpty);
        return tr("Enter just the network's name (%1), not its URL or self-link.").arg(lastPart);
    }
    if (matches(value, "[a-z]([-a-z0-9]{0,61}[a-z0-9])?")) {
        return {};
    }
    if (value.size() > 63) {
        return tr("A network name has at most 63 characters.");
    }
    if (value != value.toLower()) {
        return tr("A network name uses lower-case letters only.");
    }
    return tr("A network name starts with a letter, contains only a-z, 0-9 and '-', and does not end with '-'.");
}

QString FieldValidator::baseUrl(const QString &value)
{
    if (value.isEmpty()) {
        return tr("Enter the Atlas URL, like https://cloud.mongodb.com.");
    }
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("Enter a web address that starts with https://, like https://cloud.mongodb.com.");
    }
    if (!url.userInfo().isEmpty()) {
        return tr("Leave the user name and password out of the URL: the keys go in the key fields.");
    }
    return transportProblem(url);
}

QString FieldValidator::transportProblem(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback) {
        return {};
    }
    return tr("Use https: plain http is allowed only for this computer (127.0.0.1 or localhost).");
}

} // namespace PeeringDesk
