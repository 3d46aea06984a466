// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCheck.h"

#include "FieldFix.h"

namespace PeeringDesk {

void FieldCheck::check(const char *field, const QString &value, QString (*rule)(const QString &))
{
    const QString cleaned = FieldValidator::clean(value);
    if (cleaned.size() > FieldValidator::maxFieldLength) {
        m_problems.append({QString::fromLatin1(field), tr("This value is too long: at most %n characters.", nullptr,
                                                          FieldValidator::maxFieldLength)});
        return;
    }
    const QString message = rule(cleaned);
    if (!message.isEmpty()) {
        m_problems.append({QString::fromLatin1(field), message, FieldFix::suggestion(rule, cleaned)});
    }
}

void FieldCheck::put(QJsonObject &json, const char *field, const QString &value)
{
    json.insert(QLatin1String(field), FieldValidator::clean(value));
}

QString FieldCheck::get(const QJsonObject &json, const char *field)
{
    return json.value(QLatin1String(field)).toString();
}

} // namespace PeeringDesk
