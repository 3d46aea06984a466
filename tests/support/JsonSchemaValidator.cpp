// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSchemaValidator.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace PeeringDesk::TestSupport {

namespace {

const QString definitionPrefix = QStringLiteral("#/definitions/");

QString childPath(const QString &path, const QString &property)
{
    return path.isEmpty() ? property : path + u'.' + property;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isIntegral(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return isIntegral(value);
    return true; // OpenAPI 3.0 knows no other type; nothing to hold the value to
}

/// A value as it reads in a report: strings quoted, long ones cut.
QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isArray() || value.isObject())
        text = QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return text.size() > 80 ? text.left(77) + QStringLiteral("…") : text;
}

bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

/// RFC 3339 date-time, the form OpenAPI's "date-time" names.
bool isDateTime(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    const bool zoneOk =
        match.captured(7).isEmpty() || (match.captured(7).toInt() < 24 && match.captured(8).toInt() < 60);
    return QDate::fromString(match.captured(1), Qt::ISODate).isValid() && match.captured(2).toInt() < 24 &&
           match.captured(3).toInt() < 60 && match.captured(4).toInt() <= 60 && zoneOk;
}

QString formatProblem(const QString &format, const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (format == u"date-time" && !isDateTime(text))
            return QStringLiteral("not an RFC 3339 date-time");
        if (format == u"date" && !QDate::fromString(text, Qt::ISODate).isValid())
            return QStringLiteral("not an RFC 3339 date");
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (format == u"uuid" && !uuid.match(text).hasMatch())
            return QStringLiteral("not a UUID");
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (format == u"int32" &&
            (number < std::numeric_limits<qint32>::min() || number > std::numeric_limits<qint32>::max()))
            return QStringLiteral("outside the int32 range");
        // 2^63 is exactly representable as a double; every int64 is below it.
        if (format == u"int64" && (number < -9223372036854775808.0 || number >= 9223372036854775808.0))
            return QStringLiteral("outside the int64 range");
    }
    return {}; // other formats (double, float, …) add nothing a type does not already say
}

QString enumText(const QJsonArray &values)
{
    QStringList names;
    for (const QJsonValue &value : values) {
        if (names.size() == 8) {
            names.append(QStringLiteral("… (%1 in all)").arg(values.size()));
            break;
        }
        names.append(value.isString() ? value.toString() : shown(value));
    }
    return names.join(QStringLiteral(", "));
}

QString branchName(const QJsonObject &branch, qsizetype index)
{
    const QString ref = branch.value(QStringLiteral("$ref")).toString();
    if (ref.startsWith(definitionPrefix))
        return ref.mid(definitionPrefix.size());
    return u'#' + QString::number(index);
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonObject definitions)
    : m_definitions(std::move(definitions))
{}

void JsonSchemaValidator::addKnownDeviation(const KnownSpecDeviation &deviation)
{
    m_deviations.append(deviation);
}

QList<SchemaViolation> JsonSchemaValidator::validate(const QJsonObject &schema, const QJsonValue &value,
                                                     Direction direction, const QString &rootLocation) const
{
    Walk walk{direction, {}};
    QList<SchemaViolation> out;
    check(schema, rootLocation, value, QString(), walk, out);
    return out;
}

QList<SchemaViolation> JsonSchemaValidator::unwaived(const QList<SchemaViolation> &violations)
{
    QList<SchemaViolation> real;
    for (const SchemaViolation &violation : violations) {
        if (!violation.isWaived())
            real.append(violation);
    }
    return real;
}

QString JsonSchemaValidator::describe(const QList<SchemaViolation> &violations)
{
    QStringList lines;
    for (const SchemaViolation &violation : violations)
        lines.append(violation.toString() + QStringLiteral("  {") + violation.schemaLocation + u' ' +
                     violation.keyword + u'}');
    return lines.join(u'\n');
}

void JsonSchemaValidator::check(const QJsonObject &schema, const QString &location, const QJsonValue &value,
                                const QString &path, Walk &walk, QList<SchemaViolation> &out) const
{
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        const QString name = ref.mid(definitionPrefix.size());
        if (!ref.startsWith(definitionPrefix) || !m_definitions.contains(name)) {
            fail(out, walk, path, location, QStringLiteral("$ref"), QStringLiteral("unresolved reference %1").arg(ref),
                 value);
            return;
        }
        const QString key = name + u'|' + path;
        if (walk.activeRefs.contains(key))
            return;
        walk.activeRefs.insert(key);
        check(resolve(ref), ref, value, path, walk, out);
        walk.activeRefs.remove(key);
        return;
    }

    const QString type = schema.value(QStringLiteral("type")).toString();
    if (value.isNull()) {
        if (schema.value(QStringLiteral("nullable")).toBool())
            return;
        if (!type.isEmpty()) {
            fail(out, walk, path, location, QStringLiteral("type"),
                 QStringLiteral("null, but expected %1 (not nullable)").arg(type), value);
            return;
        }
    } else if (!type.isEmpty() && !hasType(value, type)) {
        // Everything else would only restate this.
        fail(out, walk, path, location, QStringLiteral("type"),
             QStringLiteral("expected %1, got %2 %3").arg(type, typeName(value), shown(value)), value);
        return;
    }

    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray values = schema.value(QStringLiteral("enum")).toArray();
        const bool listed = std::any_of(values.begin(), values.end(),
                                        [&value](const QJsonValue &allowed) { return sameJson(allowed, value); });
        if (!listed) {
            fail(out, walk, path, location, QStringLiteral("enum"),
                 QStringLiteral("not one of %1 (got %2)").arg(enumText(values), shown(value)), value);
        }
    }
    if (schema.contains(QStringLiteral("format"))) {
        const QString problem = formatProblem(schema.value(QStringLiteral("format")).toString(), value);
        if (!problem.isEmpty())
            fail(out, walk, path, location, QStringLiteral("format"),
                 problem + QStringLiteral(" (got %1)").arg(shown(value)), value);
    }

    if (value.isString())
        checkString(schema, location, value.toString(), path, walk, out);
    else if (value.isDouble())
        checkNumber(schema, location, value.toDouble(), path, walk, out);
    else if (value.isArray())
        checkArray(schema, location, value.toArray(), path, walk, out);
    else if (value.isObject())
        checkObject(schema, location, value.toObject(), path, walk, out);

    checkComposition(schema, location, value, path, walk, out);
}

void JsonSchemaValidator::checkString(const QJsonObject &schema, const QString &location, const QString &text,
                                      const QString &path, const Walk &walk, QList<SchemaViolation> &out) const
{
    if (schema.contains(QStringLiteral("pattern"))) {
        const QString pattern = schema.value(QStringLiteral("pattern")).toString();
        const QRegularExpression &expression = compiled(pattern);
        if (!expression.isValid()) {
            fail(out, walk, path, location, QStringLiteral("pattern"),
                 QStringLiteral("the pattern %1 does not compile: %2").arg(pattern, expression.errorString()), text);
        } else if (!expression.match(text).hasMatch()) {
            fail(out, walk, path, location, QStringLiteral("pattern"),
                 QStringLiteral("%1 does not match %2").arg(shown(text), pattern), text);
        }
    }
    // JSON Schema counts characters, not UTF-16 units.
    const qsizetype length = text.toUcs4().size();
    if (schema.contains(QStringLiteral("maxLength")) && length > schema.value(QStringLiteral("maxLength")).toInteger())
        fail(out, walk, path, location, QStringLiteral("maxLength"),
             QStringLiteral("%1 characters, at most %2 allowed")
                 .arg(length)
                 .arg(schema.value(QStringLiteral("maxLength")).toInteger()),
             text);
    if (schema.contains(QStringLiteral("minLength")) && length < schema.value(QStringLiteral("minLength")).toInteger())
        fail(out, walk, path, location, QStringLiteral("minLength"),
             QStringLiteral("%1 characters, at least %2 needed")
                 .arg(length)
                 .arg(schema.value(QStringLiteral("minLength")).toInteger()),
             text);
}

void JsonSchemaValidator::checkNumber(const QJsonObject &schema, const QString &location, double number,
                                      const QString &path, const Walk &walk, QList<SchemaViolation> &out) const
{
    // OpenAPI 3.0 (JSON Schema draft 5): exclusiveMinimum/exclusiveMaximum are booleans qualifying the bound.
    if (schema.contains(QStringLiteral("minimum"))) {
        const double bound = schema.value(QStringLiteral("minimum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMinimum")).toBool();
        if (exclusive ? number <= bound : number < bound)
            fail(out, walk, path, location, QStringLiteral("minimum"),
                 QStringLiteral("%1 is below the minimum %2%3")
                     .arg(number)
                     .arg(bound)
                     .arg(exclusive ? QStringLiteral(" (exclusive)") : QString()),
                 number);
    }
    if (schema.contains(QStringLiteral("maximum"))) {
        const double bound = schema.value(QStringLiteral("maximum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMaximum")).toBool();
        if (exclusive ? number >= bound : number > bound)
            fail(out, walk, path, location, QStringLiteral("maximum"),
                 QStringLiteral("%1 is above the maximum %2%3")
                     .arg(number)
                     .arg(bound)
                     .arg(exclusive ? QStringLiteral(" (exclusive)") : QString()),
                 number);
    }
}

void JsonSchemaValidator::checkArray(const QJsonObject &schema, const QString &location, const QJsonArray &array,
                                     const QString &path, Walk &walk, QList<SchemaViolation> &out) const
{
    if (schema.contains(QStringLiteral("maxItems")) &&
        array.size() > schema.value(QStringLiteral("maxItems")).toInteger())
        fail(out, walk, path, location, QStringLiteral("maxItems"),
             QStringLiteral("%1 items, at most %2 allowed")
                 .arg(array.size())
                 .arg(schema.value(QStringLiteral("maxItems")).toInteger()),
             array);
    if (schema.contains(QStringLiteral("minItems")) &&
        array.size() < schema.value(QStringLiteral("minItems")).toInteger())
        fail(out, walk, path, location, QStringLiteral("minItems"),
             QStringLiteral("%1 items, at least %2 needed")
                 .arg(array.size())
                 .arg(schema.value(QStringLiteral("minItems")).toInteger()),
             array);
    if (schema.value(QStringLiteral("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (qsizetype j = i + 1; j < array.size(); ++j) {
                if (sameJson(array.at(i), array.at(j)))
                    fail(out, walk, indexPath(path, j), location, QStringLiteral("uniqueItems"),
                         QStringLiteral("repeats item %1").arg(i), array.at(j));
            }
        }
    }
    if (schema.contains(QStringLiteral("items"))) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(items, location + QStringLiteral("/items"), array.at(i), indexPath(path, i), walk, out);
    }
}

void JsonSchemaValidator::checkObject(const QJsonObject &schema, const QString &location, const QJsonObject &object,
                                      const QString &path, Walk &walk, QList<SchemaViolation> &out) const
{
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &entry : required) {
        const QString name = entry.toString();
        if (object.contains(name))
            continue;
        // OpenAPI 3.0: "required" binds a readOnly property in answers only, a writeOnly one in requests only.
        const QJsonObject property = propertySchema(schema, name);
        if (walk.direction == Direction::Request && isReadOnly(property))
            continue;
        if (walk.direction == Direction::Response && isWriteOnly(property))
            continue;
        fail(out, walk, childPath(path, name), location, QStringLiteral("required"),
             QStringLiteral("required, but missing"), object);
    }

    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        const QString at = childPath(path, name);
        if (properties.contains(name)) {
            const QJsonObject property = properties.value(name).toObject();
            const QString propertyLocation = location + QStringLiteral("/properties/") + name;
            if (walk.direction == Direction::Request && isReadOnly(property))
                fail(out, walk, at, propertyLocation, QStringLiteral("readOnly"),
                     QStringLiteral("read-only, but sent in a request"), it.value());
            if (walk.direction == Direction::Response && isWriteOnly(property))
                fail(out, walk, at, propertyLocation, QStringLiteral("writeOnly"),
                     QStringLiteral("write-only, but present in an answer"), it.value());
            check(property, propertyLocation, it.value(), at, walk, out);
        } else if (additional.isBool() && !additional.toBool()) {
            fail(out, walk, at, location, QStringLiteral("additionalProperties"),
                 QStringLiteral("not a property this schema allows"), it.value());
        } else if (additional.isObject()) {
            check(additional.toObject(), location + QStringLiteral("/additionalProperties"), it.value(), at, walk, out);
        }
    }
}

void JsonSchemaValidator::checkComposition(const QJsonObject &schema, const QString &location, const QJsonValue &value,
                                           const QString &path, Walk &walk, QList<SchemaViolation> &out) const
{
    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    for (qsizetype i = 0; i < allOf.size(); ++i)
        check(allOf.at(i).toObject(), location + QStringLiteral("/allOf/") + QString::number(i), value, path, walk,
              out);

    for (const QString &keyword : {QStringLiteral("anyOf"), QStringLiteral("oneOf")}) {
        if (!schema.contains(keyword))
            continue;
        const bool exactlyOne = keyword == u"oneOf";
        const QJsonObject discriminator = schema.value(QStringLiteral("discriminator")).toObject();
        if (exactlyOne && !discriminator.isEmpty() && value.isObject()) {
            const QString tag =
                value.toObject().value(discriminator.value(QStringLiteral("propertyName")).toString()).toString();
            const QString target = discriminator.value(QStringLiteral("mapping")).toObject().value(tag).toString();
            if (!target.isEmpty()) {
                check(QJsonObject{{QStringLiteral("$ref"), target}}, location + QStringLiteral("/discriminator"), value,
                      path, walk, out);
                continue;
            }
        }
        const QJsonArray branches = schema.value(keyword).toArray();
        QStringList matching;
        QStringList failures;
        QList<SchemaViolation> waivedInMatch;
        for (qsizetype i = 0; i < branches.size(); ++i) {
            const QJsonObject branchSchema = branches.at(i).toObject();
            // Each branch is judged on its own violations, so it gets a list of its own.
            QList<SchemaViolation> found;
            check(branchSchema, location + u'/' + keyword + u'/' + QString::number(i), value, path, walk, found);
            const QList<SchemaViolation> real = unwaived(found);
            if (real.isEmpty()) {
                matching.append(branchName(branchSchema, i));
                if (waivedInMatch.isEmpty())
                    waivedInMatch = found;
            } else {
                const QString more = real.size() > 1 ? QStringLiteral(", and %1 more").arg(real.size() - 1) : QString();
                failures.append(branchName(branchSchema, i) + QStringLiteral(" (") + real.first().toString() + more +
                                u')');
            }
        }
        if (matching.isEmpty()) {
            fail(out, walk, path, location, keyword,
                 QStringLiteral("matches none of %1: %2").arg(keyword, failures.join(QStringLiteral("; "))), value);
        } else if (exactlyOne && matching.size() > 1) {
            fail(out, walk, path, location, keyword,
                 QStringLiteral("%1 matches %2 branches of oneOf (%3); exactly one is allowed")
                     .arg(shown(value))
                     .arg(matching.size())
                     .arg(matching.join(QStringLiteral(", "))),
                 value);
        } else {
            out.append(waivedInMatch);
        }
    }
}

void JsonSchemaValidator::fail(QList<SchemaViolation> &out, const Walk &walk, const QString &path,
                               const QString &location, const QString &keyword, const QString &message,
                               const QJsonValue &value) const
{
    for (const KnownSpecDeviation &deviation : m_deviations) {
        if (deviation.schemaLocation != location || deviation.keyword != keyword)
            continue;
        if (deviation.answersOnly && walk.direction != Direction::Response)
            break;
        const QString problem = deviation.substitute ? deviation.substitute(value) : QStringLiteral("no substitute");
        if (problem.isEmpty()) {
            out.append({path, location, keyword, message, deviation.reason});
        } else {
            out.append({path,
                        location,
                        keyword,
                        message + QStringLiteral("; the check replacing it for a known spec bug fails too: ") + problem,
                        {}});
        }
        return;
    }
    out.append({path, location, keyword, message, {}});
}

QJsonObject JsonSchemaValidator::resolve(const QString &ref) const
{
    return ref.startsWith(definitionPrefix) ? m_definitions.value(ref.mid(definitionPrefix.size())).toObject()
                                            : QJsonObject();
}

QJsonObject JsonSchemaValidator::propertySchema(const QJsonObject &schema, const QString &name, int depth) const
{
    // The depth bound stops the circular allOf/oneOf pairs; real declarations sit one or two levels down.
    if (depth > 4)
        return {};
    const QJsonObject resolved =
        schema.contains(QStringLiteral("$ref")) ? resolve(schema.value(QStringLiteral("$ref")).toString()) : schema;
    const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
    if (properties.contains(name))
        return properties.value(name).toObject();
    const QJsonArray allOf = resolved.value(QStringLiteral("allOf")).toArray();
    for (const QJsonValue &part : allOf) {
        const QJsonObject found = propertySchema(part.toObject(), name, depth + 1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool JsonSchemaValidator::isReadOnly(const QJsonObject &propertySchema) const
{
    if (propertySchema.value(QStringLiteral("readOnly")).toBool())
        return true;
    return propertySchema.contains(QStringLiteral("$ref")) &&
           resolve(propertySchema.value(QStringLiteral("$ref")).toString()).value(QStringLiteral("readOnly")).toBool();
}

bool JsonSchemaValidator::isWriteOnly(const QJsonObject &propertySchema) const
{
    if (propertySchema.value(QStringLiteral("writeOnly")).toBool())
        return true;
    return propertySchema.contains(QStringLiteral("$ref")) &&
           resolve(propertySchema.value(QStringLiteral("$ref")).toString()).value(QStringLiteral("writeOnly")).toBool();
}

const QRegularExpression &JsonSchemaValidator::compiled(const QString &pattern) const
{
    auto it = m_patterns.find(pattern);
    if (it == m_patterns.end())
        it = m_patterns.insert(pattern, QRegularExpression(pattern));
    return *it;
}

} // namespace PeeringDesk::TestSupport
