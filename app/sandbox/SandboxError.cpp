// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxError.h"

#include "HttpResponse.h"

#include <QJsonDocument>

#include <utility>

namespace PeeringDesk {

SandboxError::SandboxError(int status, QString errorCode, QString detail, QJsonArray parameters)
    : m_status(status)
    , m_errorCode(std::move(errorCode))
    , m_detail(std::move(detail))
    , m_parameters(std::move(parameters))
{}

QJsonObject SandboxError::toJson() const
{
    QJsonObject json{
        {QStringLiteral("error"), m_status},
        {QStringLiteral("errorCode"), m_errorCode},
        {QStringLiteral("detail"), m_detail},
        {QStringLiteral("reason"), QString::fromLatin1(HttpResponse::reasonPhrase(m_status))},
        {QStringLiteral("parameters"), m_parameters},
    };
    if (!m_violations.isEmpty()) {
        QJsonArray fields;
        for (const FieldViolation &violation : m_violations) {
            fields.append(QJsonObject{{QStringLiteral("field"), violation.field},
                                      {QStringLiteral("description"), violation.description}});
        }
        json.insert(QStringLiteral("badRequestDetail"), QJsonObject{{QStringLiteral("fields"), fields}});
    }
    return json;
}

SandboxError SandboxError::unauthorized()
{
    return SandboxError(401, QStringLiteral("USER_UNAUTHORIZED"),
                        QStringLiteral("You are not authorized for this resource."));
}

SandboxError SandboxError::resourceNotFound(const QString &path)
{
    return SandboxError(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("Cannot find resource %1.").arg(path),
                        QJsonArray{path});
}

std::optional<SandboxError> SandboxError::parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return SandboxError(400, QStringLiteral("MALFORMED_JSON"), QStringLiteral("Received JSON is malformed."));
    }
    if (!document.isObject()) {
        return SandboxError(400, QStringLiteral("INVALID_JSON"),
                            QStringLiteral("Received JSON does not match expected format."));
    }
    *object = document.object();
    return std::nullopt;
}

} // namespace PeeringDesk
