// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// What the sandbox sends as an Atlas `ApiError` body: error, errorCode, detail, reason, parameters and, for
/// VALIDATION_ERROR, badRequestDetail.
class SandboxError
{
public:
    struct FieldViolation
    {
        QString field;
        QString description;
    };

    SandboxError(int status, QString errorCode, QString detail, QJsonArray parameters = {});

    int status() const { return m_status; }
    QString errorCode() const { return m_errorCode; }
    void setFieldViolations(const QList<FieldViolation> &violations) { m_violations = violations; }
    QJsonObject toJson() const;

    static SandboxError unauthorized();
    /// Parses a request body that must be a JSON object; on failure, the error Atlas answers with.
    static std::optional<SandboxError> parseObject(const QByteArray &body, QJsonObject *object);
    static SandboxError resourceNotFound(const QString &path);

private:
    int m_status;
    QString m_errorCode;
    QString m_detail;
    QJsonArray m_parameters;
    QList<FieldViolation> m_violations;
};

} // namespace PeeringDesk
