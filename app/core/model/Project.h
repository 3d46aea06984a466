// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// An Atlas project (the API calls it a group), as GET /groups lists it. Value type.
struct Project
{
    QString id;
    QString name;
    QString orgId;
    int clusterCount = 0;

    /// Reads a Group object; extra fields are ignored. Fails only without an id.
    static std::optional<Project> fromJson(const QJsonObject &json);

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace PeeringDesk
