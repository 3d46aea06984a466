// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListEndpoints.h"

#include "Pagination.h"
#include "SandboxLog.h"
#include "model/Ipv4Cidr.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace PeeringDesk {

namespace {

const QString kCidrBlock = QStringLiteral("cidrBlock");
const QString kIpAddress = QStringLiteral("ipAddress");
const QString kAwsSecurityGroup = QStringLiteral("awsSecurityGroup");
const QString kComment = QStringLiteral("comment");
const QString kDeleteAfterDate = QStringLiteral("deleteAfterDate");

/// A block in canonical form: IPv4 "a.b.c.d/n" with host bits cleared, or IPv6 in Qt's compressed form.
struct Block
{
    QString cidr;
    QString singleAddress; ///< Set when the block holds one address (/32, /128).
};

/// `text` as an address or block; `prefixAllowed` false for ipAddress, which names one address only.
std::optional<Block> parseBlock(const QString &text, bool prefixAllowed)
{
    const bool hasPrefix = text.contains(QLatin1Char('/'));
    if (hasPrefix && !prefixAllowed)
        return std::nullopt;
    if (!text.contains(QLatin1Char(':'))) {
        const auto cidr = Ipv4Cidr::parse(hasPrefix ? text : QString(text + QStringLiteral("/32")));
        if (!cidr)
            return std::nullopt;
        const Ipv4Cidr canonical = cidr->canonical();
        Block block{canonical.toString(), {}};
        if (canonical.prefixLength() == 32)
            block.singleAddress = block.cidr.section(QLatin1Char('/'), 0, 0);
        return block;
    }
    static const QRegularExpression ipv6Text(QStringLiteral("^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$"));
    if (!ipv6Text.match(text).hasMatch())
        return std::nullopt;
    const auto [network, prefix] = QHostAddress::parseSubnet(hasPrefix ? text : QString(text + QStringLiteral("/128")));
    if (network.protocol() != QAbstractSocket::IPv6Protocol || prefix < 0)
        return std::nullopt;
    // parseSubnet answers the network: host bits are already cleared.
    Block block{network.toString() + QLatin1Char('/') + QString::number(prefix), {}};
    if (prefix == 128)
        block.singleAddress = network.toString();
    return block;
}

bool isSecurityGroup(const QString &text)
{
    // Atlas takes a bare group or one of another account, "123456789012/sg-…".
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{12}/)?sg-([0-9a-f]{8}|[0-9a-f]{17})$"));
    return pattern.match(text).hasMatch();
}

bool looksLikeSecurityGroup(const QString &text)
{
    return text.startsWith(QStringLiteral("sg-")) || text.contains(QStringLiteral("/sg-"));
}

SandboxError invalidAddress(const QString &text)
{
    return SandboxError(400, QStringLiteral("INVALID_IP_ADDRESS_OR_CIDR_NOTATION"),
                        QStringLiteral("The address %1 must be in valid IP address or CIDR notation.").arg(text),
                        QJsonArray{text});
}

SandboxError invalidAttribute(const QString &name)
{
    return SandboxError(400, QStringLiteral("INVALID_ATTRIBUTE"),
                        QStringLiteral("Invalid attribute %1 specified.").arg(name), QJsonArray{name});
}

SandboxError invalidJson()
{
    return SandboxError(400, QStringLiteral("INVALID_JSON"),
                        QStringLiteral("Received JSON does not match expected format."));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonDocument document = value.isObject()  ? QJsonDocument(value.toObject())
                                   : value.isArray() ? QJsonDocument(value.toArray())
                                                     : QJsonDocument(QJsonArray{value});
    QByteArray text = document.toJson(QJsonDocument::Compact);
    if (!value.isObject() && !value.isArray())
        text = text.mid(1, text.size() - 2); // the scalar without the array around it
    return QString::fromUtf8(text);
}

} // namespace

AccessListEndpoints::AccessListEndpoints(AtlasSandboxState &state)
    : m_state(state)
{}

QJsonObject AccessListEndpoints::render(const SandboxAccessEntry &entry, const QUrl &baseUrl)
{
    QJsonObject json{{QStringLiteral("groupId"), entry.groupId}};
    if (!entry.cidrBlock.isEmpty())
        json.insert(kCidrBlock, entry.cidrBlock);
    if (!entry.ipAddress.isEmpty())
        json.insert(kIpAddress, entry.ipAddress);
    if (!entry.awsSecurityGroup.isEmpty())
        json.insert(kAwsSecurityGroup, entry.awsSecurityGroup);
    if (!entry.comment.isEmpty())
        json.insert(kComment, entry.comment);
    if (entry.deleteAfterDate.isValid())
        json.insert(kDeleteAfterDate, entry.deleteAfterDate.toString(Qt::ISODate));
    const QString href = baseUrl.toString() + QStringLiteral("/api/atlas/v2/groups/") + entry.groupId +
                         QStringLiteral("/accessList/") + QString::fromLatin1(QUrl::toPercentEncoding(entry.value()));
    json.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), href},
                                                                {QStringLiteral("rel"), QStringLiteral("self")}}});
    return json;
}

QJsonArray AccessListEndpoints::renderAll(const QString &groupId, const QUrl &baseUrl) const
{
    QJsonArray all;
    for (const SandboxAccessEntry &entry : m_state.accessEntries(groupId))
        all.append(render(entry, baseUrl));
    return all;
}

std::optional<SandboxError> AccessListEndpoints::parseEntry(const QString &groupId, const QJsonValue &json,
                                                            SandboxAccessEntry *entry)
{
    if (!json.isObject())
        return invalidJson();
    const QJsonObject object = json.toObject();
    auto given = [&object](const QString &name) {
        const QJsonValue value = object.value(name);
        return !value.isUndefined() && !value.isNull();
    };
    const int kinds = int(given(kCidrBlock)) + int(given(kIpAddress)) + int(given(kAwsSecurityGroup));
    if (kinds != 1)
        return SandboxError(400, QStringLiteral("BAD_WHITELIST_ADD_REQUEST"),
                            QStringLiteral("Should not specify both the IP address and the CIDR block."));
    entry->groupId = groupId;

    if (given(kAwsSecurityGroup)) {
        const QJsonValue value = object.value(kAwsSecurityGroup);
        if (!value.isString() || !isSecurityGroup(value.toString()))
            return invalidAttribute(kAwsSecurityGroup);
        entry->awsSecurityGroup = value.toString();
    } else {
        const bool isCidr = given(kCidrBlock);
        const QJsonValue value = object.value(isCidr ? kCidrBlock : kIpAddress);
        const auto block = value.isString() ? parseBlock(value.toString(), isCidr) : std::nullopt;
        if (!block)
            return invalidAddress(jsonText(value));
        entry->cidrBlock = block->cidr;
        entry->ipAddress = block->singleAddress;
    }

    const QJsonValue comment = object.value(kComment);
    if (!comment.isUndefined() && !comment.isNull()) {
        // Counted in characters, not UTF-16 units: an emoji is one character of the 80.
        if (!comment.isString() || comment.toString().toUcs4().size() > maxCommentLength)
            return invalidAttribute(kComment);
        entry->comment = comment.toString();
    }
    const QJsonValue deleteAfter = object.value(kDeleteAfterDate);
    if (!deleteAfter.isUndefined() && !deleteAfter.isNull()) {
        entry->deleteAfterDate = QDateTime::fromString(deleteAfter.toString(), Qt::ISODateWithMs).toUTC();
        if (!entry->deleteAfterDate.isValid() || !entry->awsSecurityGroup.isEmpty())
            return invalidAttribute(kDeleteAfterDate);
    }

    if (!entry->awsSecurityGroup.isEmpty() && m_state.peers(groupId, Provider::Aws).isEmpty())
        return SandboxError(400, QStringLiteral("CANNOT_USE_AWS_SECURITY_GROUP_WITHOUT_VPC_PEERING_CONNECTION"),
                            QStringLiteral("Cannot use AWS Security Group without VPC peering connection."));
    return std::nullopt;
}

ApiResult AccessListEndpoints::create(const QString &groupId, const QByteArray &body, const QUrlQuery &query,
                                      const QUrl &self, const QUrl &baseUrl)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResult::error(
            SandboxError(400, QStringLiteral("MALFORMED_JSON"), QStringLiteral("Received JSON is malformed.")));
    if (!document.isArray())
        return ApiResult::error(invalidJson());

    QList<SandboxAccessEntry> entries;
    for (const QJsonValue &json : document.array()) {
        SandboxAccessEntry entry;
        if (const auto error = parseEntry(groupId, json, &entry))
            return ApiResult::error(*error); // all or nothing: no entry of a refused request is kept
        entries.append(entry);
    }
    m_state.putAccessEntries(entries);
    qCDebug(lcSandbox) << "access list of" << groupId << "took" << entries.size() << "entries";
    return ApiResult::list(Pagination(query).page(renderAll(groupId, baseUrl), self));
}

ApiResult AccessListEndpoints::list(const QString &groupId, const QUrlQuery &query, const QUrl &self,
                                    const QUrl &baseUrl)
{
    return ApiResult::list(Pagination(query).page(renderAll(groupId, baseUrl), self));
}

std::variant<const SandboxAccessEntry *, SandboxError> AccessListEndpoints::find(const QString &groupId,
                                                                                 const QString &entryValue)
{
    QString key = entryValue;
    if (!looksLikeSecurityGroup(entryValue)) {
        const auto block = parseBlock(entryValue, true);
        if (!block)
            return invalidAddress(entryValue);
        key = block->cidr;
    }
    if (const SandboxAccessEntry *entry = m_state.accessEntry(groupId, key))
        return entry;
    return SandboxError(404, QStringLiteral("ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND"),
                        QStringLiteral("IP Address %1 not on Atlas access list for group %2.").arg(entryValue, groupId),
                        QJsonArray{entryValue, groupId});
}

ApiResult AccessListEndpoints::get(const QString &groupId, const QString &entryValue, const QUrl &baseUrl)
{
    const auto found = find(groupId, entryValue);
    if (const auto *error = std::get_if<SandboxError>(&found))
        return ApiResult::error(*error);
    return ApiResult::ok(render(*std::get<const SandboxAccessEntry *>(found), baseUrl));
}

ApiResult AccessListEndpoints::status(const QString &groupId, const QString &entryValue)
{
    const auto found = find(groupId, entryValue);
    if (const auto *error = std::get_if<SandboxError>(&found))
        return ApiResult::error(*error);
    return ApiResult::ok(QJsonObject{
        {QStringLiteral("STATUS"), m_state.accessEntryStatus(*std::get<const SandboxAccessEntry *>(found))}});
}

ApiResult AccessListEndpoints::remove(const QString &groupId, const QString &entryValue)
{
    const auto found = find(groupId, entryValue);
    if (const auto *error = std::get_if<SandboxError>(&found))
        return ApiResult::error(*error);
    m_state.removeAccessEntry(groupId, std::get<const SandboxAccessEntry *>(found)->value());
    qCDebug(lcSandbox) << "access list entry removed from" << groupId;
    return ApiResult::ok(QJsonValue(), 204);
}

} // namespace PeeringDesk
