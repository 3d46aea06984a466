// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QJsonDocument>
#include <QStringList>

namespace PeeringDesk {

std::optional<ApiError> ApiError::fromJson(const QJsonObject &json)
{
    const QJsonValue code = json.value(QLatin1String("errorCode"));
    const QJsonValue status = json.value(QLatin1String("error"));
    if (!code.isString() && !status.isDouble()) {
        return std::nullopt;
    }
    ApiError error;
    error.m_json = json;
    error.m_error = status.toInt();
    error.m_errorCode = code.toString();
    error.m_detail = json.value(QLatin1String("detail")).toString();
    error.m_reason = json.value(QLatin1String("reason")).toString();
    error.m_parameters = json.value(QLatin1String("parameters")).toArray();
    const QJsonArray fields =
        json.value(QLatin1String("badRequestDetail")).toObject().value(QLatin1String("fields")).toArray();
    for (const QJsonValue &entry : fields) {
        const QJsonObject violation = entry.toObject();
        error.m_fieldViolations.append({violation.value(QLatin1String("field")).toString(),
                                        violation.value(QLatin1String("description")).toString()});
    }
    return error;
}

QString ApiError::parametersText() const
{
    QStringList parts;
    for (const QJsonValue &value : m_parameters) {
        switch (value.type()) {
        case QJsonValue::String:
            parts.append(value.toString());
            break;
        case QJsonValue::Double:
            parts.append(QString::number(value.toDouble(), 'g', 15));
            break;
        case QJsonValue::Bool:
            parts.append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QJsonValue::Null:
            parts.append(QStringLiteral("null"));
            break;
        default:
            parts.append(QString::fromUtf8(value.isArray()
                                               ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace PeeringDesk
