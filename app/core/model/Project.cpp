// SPDX-License-Identifier: GPL-3.0-or-later
#include "Project.h"

namespace PeeringDesk {

std::optional<Project> Project::fromJson(const QJsonObject &json)
{
    Project project;
    project.id = json.value(QLatin1String("id")).toString();
    if (project.id.isEmpty()) {
        return std::nullopt;
    }
    project.name = json.value(QLatin1String("name")).toString();
    project.orgId = json.value(QLatin1String("orgId")).toString();
    project.clusterCount = json.value(QLatin1String("clusterCount")).toInt();
    return project;
}

} // namespace PeeringDesk
