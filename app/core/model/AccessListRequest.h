// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessListEntry.h"
#include "FieldProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PeeringDesk {

/// The IP access list entries that let a peered network reach the project's clusters: the network's private IPv4
/// ranges and one comment, sent as POST /groups/{groupId}/accessList. Value type.
///
/// Atlas itself accepts any address, public ones and 0.0.0.0/0 included. Over a peering only private ranges
/// arrive, so a public range here is always a mistake, and one that would open the clusters to the internet.
class AccessListRequest
{
    Q_DECLARE_TR_FUNCTIONS(AccessListRequest)

public:
    static constexpr int maxCommentLength = 80;

    AccessListRequest() = default;
    AccessListRequest(QStringList ranges, QString comment);

    QStringList ranges() const { return m_ranges; }
    QString comment() const { return m_comment; }

    /// Everything that keeps it from being sent, one problem per bad range (field "cidrBlock", the range named in
    /// the message, the canonical block as the suggestion when only host bits are wrong) and for the comment.
    FieldProblems validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// Ranges as people write them in one field: separated by commas, semicolons or spaces.
    static QStringList splitRanges(const QString &text);
    /// The problem with one range, or an empty string.
    static QString rangeProblem(const QString &range);

    /// The entry of `existing` that already allows all of `range`, if any.
    static std::optional<AccessListEntry> coveringEntry(const QString &range, const QList<AccessListEntry> &existing);
    /// The same request without the ranges `existing` already allows: what is left to send.
    AccessListRequest withoutCovered(const QList<AccessListEntry> &existing) const;

    /// The body: [{"cidrBlock": "10.20.0.0/16", "comment": "…"}, …].
    QJsonArray toJson() const;

    friend bool operator==(const AccessListRequest &, const AccessListRequest &) = default;

private:
    QStringList m_ranges;
    QString m_comment;
};

} // namespace PeeringDesk
