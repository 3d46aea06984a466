// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListRequest.h"

#include "FieldValidator.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace PeeringDesk {

AccessListRequest::AccessListRequest(QStringList ranges, QString comment)
    : m_comment(std::move(comment))
{
    for (const QString &range : std::as_const(ranges)) {
        const QString cleaned = FieldValidator::clean(range);
        if (!cleaned.isEmpty()) {
            m_ranges.append(cleaned);
        }
    }
}

QStringList AccessListRequest::splitRanges(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString AccessListRequest::rangeProblem(const QString &range)
{
    const auto cidr = Ipv4Cidr::parse(range);
    if (!cidr) {
        if (Ipv4Cidr::parse(QString(range + QLatin1String("/32")))) {
            return tr("%1 needs a prefix length: a whole network is written like %1/24, one address as %1/32.")
                .arg(range);
        }
        if (range.contains(u':')) {
            return tr("%1 is IPv6; network peering carries IPv4 only. Enter the IPv4 range of the network.").arg(range);
        }
        return tr("%1 is not a CIDR block. Write it as four numbers and a prefix length, like 10.20.0.0/16.")
            .arg(range);
    }
    if (cidr->prefixLength() == 0) {
        return tr("%1 would allow every address on the internet. Enter the private range of your network.").arg(range);
    }
    if (!cidr->isCanonical()) {
        return tr("%1 has host bits set; the block it means is %2.").arg(range, cidr->canonical().toString());
    }
    if (!cidr->isPrivate()) {
        return tr("%1 is a public range: only private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) arrive over "
                  "a peering, and a public entry would let that range in from the internet.")
            .arg(range);
    }
    return {};
}

FieldProblems AccessListRequest::validate() const
{
    FieldProblems problems;
    if (m_ranges.isEmpty()) {
        problems.append({QStringLiteral("cidrBlock"),
                         tr("Enter at least one private range of the network that should reach the clusters.")});
    }
    QStringList seen;
    for (const QString &range : m_ranges) {
        if (seen.contains(range)) {
            problems.append({QStringLiteral("cidrBlock"), tr("%1 is listed twice.").arg(range)});
            continue;
        }
        seen.append(range);
        if (const QString problem = rangeProblem(range); !problem.isEmpty()) {
            const auto cidr = Ipv4Cidr::parse(range);
            const QString fix = cidr && !cidr->isCanonical() ? cidr->canonical().toString() : QString();
            problems.append({QStringLiteral("cidrBlock"), problem, fix});
        }
    }
    if (m_comment.size() > maxCommentLength) {
        problems.append({QStringLiteral("comment"), tr("Atlas keeps at most %1 characters of comment; this one has %2.")
                                                        .arg(maxCommentLength)
                                                        .arg(m_comment.size())});
    }
    return problems;
}

std::optional<AccessListEntry> AccessListRequest::coveringEntry(const QString &range,
                                                                const QList<AccessListEntry> &existing)
{
    const auto cidr = Ipv4Cidr::parse(range);
    if (!cidr) {
        return std::nullopt;
    }
    for (const AccessListEntry &entry : existing) {
        if (entry.covers(cidr->canonical())) {
            return entry;
        }
    }
    return std::nullopt;
}

AccessListRequest AccessListRequest::withoutCovered(const QList<AccessListEntry> &existing) const
{
    AccessListRequest rest;
    rest.m_comment = m_comment;
    for (const QString &range : m_ranges) {
        if (!coveringEntry(range, existing)) {
            rest.m_ranges.append(range);
        }
    }
    return rest;
}

QJsonArray AccessListRequest::toJson() const
{
    QJsonArray entries;
    for (const QString &range : m_ranges) {
        QJsonObject entry{{QStringLiteral("cidrBlock"), range}};
        if (!m_comment.isEmpty()) {
            entry.insert(QStringLiteral("comment"), m_comment);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace PeeringDesk
