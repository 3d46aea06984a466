// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// A peering connection as Atlas returns it. Value type.
///
/// Atlas names the status differently per provider (`statusName` for AWS, `status` for Azure and Google Cloud)
/// and the error field three ways; this type reads whichever is present. Unknown status values and extra
/// fields are kept as they are: Atlas adds enum values over time.
class Peering
{
public:
    /// Where a status leaves the user.
    enum class Phase {
        InProgress,      ///< INITIATING, FINALIZING, ADDING_PEER: Atlas is working
        NeedsUserAction, ///< PENDING_ACCEPTANCE (AWS), WAITING_FOR_USER (Google Cloud)
        Available,       ///< AVAILABLE
        Failed,          ///< FAILED, DELETION_FAILED
        Deleting,        ///< TERMINATING, DELETING
        Unknown,         ///< a status this version does not know, or none
    };

    /// Reads a peering object. Fails (with a translated reason) only when it is not recognisably a peering.
    static std::optional<Peering> fromJson(const QJsonObject &json, QString *error = nullptr);

    QString id() const { return m_id; }
    QString containerId() const { return m_containerId; }
    /// The provider, from providerName or, when Atlas leaves it out, from the provider-specific fields.
    std::optional<Provider> provider() const { return m_provider; }
    /// statusName (AWS) or status (Azure, Google Cloud), verbatim.
    QString status() const { return m_status; }
    Phase phase() const;
    /// errorStateName (AWS), errorState (Azure) or errorMessage (Google Cloud); empty when null.
    QString errorState() const { return m_errorState; }
    /// The AWS peering connection id (pcx-…) the user accepts in AWS; empty until Atlas has one.
    QString connectionId() const { return m_connectionId; }
    /// The AWS accepter region; Atlas returns null when it is the container's own region.
    QString accepterRegionName() const { return m_accepterRegionName; }
    bool accepterRegionIsContainerRegion() const
    {
        return m_provider == Provider::Aws && m_accepterRegionName.isEmpty();
    }
    /// The whole object as received, for the raw view and for fields this type does not name.
    QJsonObject json() const { return m_json; }

private:
    QString m_id;
    QString m_containerId;
    std::optional<Provider> m_provider;
    QString m_status;
    QString m_errorState;
    QString m_connectionId;
    QString m_accepterRegionName;
    QJsonObject m_json;
};

} // namespace PeeringDesk
