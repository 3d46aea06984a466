// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldCheck.h"
#include "FieldProblem.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <span>

namespace PeeringDesk {

/// One field of a provider's request body, described once: its name on the wire (and in saved forms, and as the
/// key the pages and Atlas's field violations use), the member that holds what the user typed, and its rule.
/// validate(), toJson() and fromJson() of each body, and the provider pages, all walk the same table.
template <typename Body>
struct RequestField
{
    const char *wireName;
    QString Body::*member;
    QString (*rule)(const QString &);

    QString wireNameString() const { return QString::fromLatin1(wireName); }

    /// Every problem of `body`, in the table's order.
    static FieldProblems validate(const Body &body)
    {
        FieldCheck check;
        for (const RequestField &field : Body::fields()) {
            check.check(field.wireName, body.*(field.member), field.rule);
        }
        return check.problems();
    }

    /// The cleaned values under their wire names, after "providerName".
    static QJsonObject toJson(const Body &body, const QString &providerName)
    {
        QJsonObject json{{QStringLiteral("providerName"), providerName}};
        for (const RequestField &field : Body::fields()) {
            FieldCheck::put(json, field.wireName, body.*(field.member));
        }
        return json;
    }

    static Body fromJson(const QJsonObject &json)
    {
        Body body;
        for (const RequestField &field : Body::fields()) {
            body.*(field.member) = FieldCheck::get(json, field.wireName);
        }
        return body;
    }
};

} // namespace PeeringDesk
