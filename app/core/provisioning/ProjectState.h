// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListEntry.h"
#include "model/Container.h"
#include "model/Peering.h"
#include "transport/RequestFailure.h"

#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// What Atlas says exists in one project: the state a plan compares a form with. Value type.
struct ProjectState
{
    QString groupId;
    /// Every peering, of every provider.
    QList<Peering> peers;
    /// Every container, of every provider.
    QList<Container> containers;
    /// The IP access list; read only when a request of the form asks for an entry.
    QList<AccessListEntry> accessList;
    /// Set when the project could not be read whole: nothing of it is to be trusted then.
    std::optional<RequestFailure> failure;

    std::optional<Container> container(const QString &containerId) const
    {
        for (const Container &container : containers) {
            if (container.id == containerId) {
                return container;
            }
        }
        return std::nullopt;
    }
};

} // namespace PeeringDesk
