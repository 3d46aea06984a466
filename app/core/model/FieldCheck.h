// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldProblem.h"
#include "FieldValidator.h"

#include <QJsonObject>

namespace PeeringDesk {

/// Collects the problems of one request: cleans each value, bounds its length, runs its rule.
class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)

public:
    void check(const char *field, const QString &value, QString (*rule)(const QString &));
    FieldProblems problems() const { return m_problems; }

    /// Puts the cleaned value under `field` in `json`.
    static void put(QJsonObject &json, const char *field, const QString &value);
    /// Reads a string field; anything that is not a string reads as empty, and validation then says so.
    static QString get(const QJsonObject &json, const char *field);

private:
    FieldProblems m_problems;
};

} // namespace PeeringDesk
