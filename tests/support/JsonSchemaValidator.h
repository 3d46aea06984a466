// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KnownSpecDeviation.h"
#include "SchemaViolation.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace PeeringDesk::TestSupport {

/// Checks JSON values against schemas in the OpenAPI 3.0 dialect, as kept in tests/contract/atlas-schema-facts.json,
/// and reports every violation with the path of the offending value.
///
/// What OpenAPI 3.0 changes from plain JSON Schema, and how it is read here:
/// - `pattern` is an ECMA-262 regular expression matched anywhere in the string, so it is anchored only where it
///   says ^ or $ itself (QRegularExpression::match searches, as JavaScript's RegExp.test does).
/// - `nullable: true` admits null; without it, null fails any schema that names a type.
/// - `readOnly` properties need not be sent in a request and must not be; `writeOnly` ones need not be answered.
/// - `discriminator.mapping` picks the oneOf branch by the value of its property, as Atlas's clients do; an
///   unmapped or missing value leaves the plain oneOf rule (exactly one branch matches).
/// - A `$ref` met again for the same value while that value is still being checked against it (the spec's
///   CloudProviderContainer ⇄ AWSCloudProviderContainer circle) holds: its keywords are checked where it was
///   first met, and checking them again would never end.
class JsonSchemaValidator
{
public:
    enum class Direction { Request, Response };

    /// `definitions`: the named schemas that "#/definitions/NAME" references resolve to.
    explicit JsonSchemaValidator(QJsonObject definitions);

    /// A spec bug to work around at one place; see KnownSpecDeviation.
    void addKnownDeviation(const KnownSpecDeviation &deviation);

    /// Every violation of `schema` by `value`, waived ones included (SchemaViolation::isWaived()).
    /// `rootLocation` names the schema in the reports, e.g. "createGroupPeer request".
    QList<SchemaViolation> validate(const QJsonObject &schema, const QJsonValue &value, Direction direction,
                                    const QString &rootLocation = QStringLiteral("#")) const;

    /// Only the violations that count.
    static QList<SchemaViolation> unwaived(const QList<SchemaViolation> &violations);
    /// One line per violation, for a test's failure message.
    static QString describe(const QList<SchemaViolation> &violations);

private:
    struct Walk
    {
        Direction direction;
        /// "NAME|path" of every $ref being checked further up.
        QSet<QString> activeRefs;
    };

    void check(const QJsonObject &schema, const QString &location, const QJsonValue &value, const QString &path,
               Walk &walk, QList<SchemaViolation> &out) const;
    void checkString(const QJsonObject &schema, const QString &location, const QString &text, const QString &path,
                     const Walk &walk, QList<SchemaViolation> &out) const;
    void checkNumber(const QJsonObject &schema, const QString &location, double number, const QString &path,
                     const Walk &walk, QList<SchemaViolation> &out) const;
    void checkArray(const QJsonObject &schema, const QString &location, const QJsonArray &array, const QString &path,
                    Walk &walk, QList<SchemaViolation> &out) const;
    void checkObject(const QJsonObject &schema, const QString &location, const QJsonObject &object, const QString &path,
                     Walk &walk, QList<SchemaViolation> &out) const;
    void checkComposition(const QJsonObject &schema, const QString &location, const QJsonValue &value,
                          const QString &path, Walk &walk, QList<SchemaViolation> &out) const;

    /// Records a failed keyword, unless a known deviation for this place and keyword accepts the value.
    void fail(QList<SchemaViolation> &out, const Walk &walk, const QString &path, const QString &location,
              const QString &keyword, const QString &message, const QJsonValue &value) const;

    /// The schema a "#/definitions/NAME" reference names, or an empty object.
    QJsonObject resolve(const QString &ref) const;
    /// The schema of property `name` as declared by `schema` or any of its allOf parts (references followed).
    QJsonObject propertySchema(const QJsonObject &schema, const QString &name, int depth = 0) const;
    bool isReadOnly(const QJsonObject &propertySchema) const;
    bool isWriteOnly(const QJsonObject &propertySchema) const;
    const QRegularExpression &compiled(const QString &pattern) const;

    QJsonObject m_definitions;
    QList<KnownSpecDeviation> m_deviations;
    mutable QHash<QString, QRegularExpression> m_patterns;
};

} // namespace PeeringDesk::TestSupport
