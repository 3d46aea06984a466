// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// One entry of badRequestDetail.fields: which request field Atlas rejected, and why.
struct FieldViolation
{
    QString field;
    QString description;

    friend bool operator==(const FieldViolation &, const FieldViolation &) = default;
};

/// The error body Atlas sends with every 4xx and 5xx (ApiError). Value type.
///
/// detail and reason may be null; parameters mixes strings and numbers; badRequestDetail may be null or absent.
class ApiError
{
public:
    /// Reads an ApiError. Fails when the object carries neither errorCode nor error, so that an
    /// unrelated JSON body (a proxy's, an OAuth server's) is not mistaken for one.
    static std::optional<ApiError> fromJson(const QJsonObject &json);

    int error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }
    QString detail() const { return m_detail; }
    QString reason() const { return m_reason; }
    QJsonArray parameters() const { return m_parameters; }
    /// The parameters as one line of text: strings as they are, numbers in plain notation.
    QString parametersText() const;
    QList<FieldViolation> fieldViolations() const { return m_fieldViolations; }
    QJsonObject json() const { return m_json; }

private:
    int m_error = 0;
    QString m_errorCode;
    QString m_detail;
    QString m_reason;
    QJsonArray m_parameters;
    QList<FieldViolation> m_fieldViolations;
    QJsonObject m_json;
};

} // namespace PeeringDesk
