// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AzurePeeringRequest.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// One thing the user does in their cloud, with a command they can copy as it is.
struct NextStep
{
    QString title;       ///< translated, short: "Accept the peering request"
    QString explanation; ///< translated: why, and where to run it
    QString command;     ///< copy-ready; <rtb-…>/<sg-…> only where Atlas cannot know the value
};

/// The cloud-side steps of user-needs.md §(b), with the user's values filled in from the peering Atlas returned
/// and its container: accepting in AWS, the Azure permissions, the reverse peering in Google Cloud.
class NextSteps
{
    Q_DECLARE_TR_FUNCTIONS(NextSteps)

public:
    /// AWS deletes a peering request nobody accepted after this long (errorStateName EXPIRED).
    static constexpr int awsAcceptanceDays = 7;
    /// Microsoft's application id of the Atlas peering service principal.
    static constexpr const char *atlasAzureAppId = "e90a1407-55c3-432d-9cb1-3638900a9d22";

    /// What to do now that the peering is in this state: the AWS accept/route/security-group commands at
    /// PENDING_ACCEPTANCE, the gcloud reverse peering at WAITING_FOR_USER; nothing otherwise.
    static QList<NextStep> forPeering(const Peering &peering, const std::optional<Container> &container);
    /// Azure, before the POST: the service principal, the custom role and its assignment, scoped to the VNet.
    static QList<NextStep> azureBeforeSubmit(const AzurePeeringRequest &request);
    /// The custom role definition (peering-role.json) for the VNet.
    static QString azureRoleDefinition(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &vnetName);

    /// When AWS expires the request: 7 days after PENDING_ACCEPTANCE was first seen.
    static QDateTime awsAcceptanceDeadline(const QDateTime &pendingSince);
    /// FAILED in plain words: what errorStateName / errorState / errorMessage means and what to do. Empty unless
    /// the peering failed.
    static QString failureExplanation(const Peering &peering);
    /// The AWS region to run commands in: the accepter region, or the container's when Atlas says null.
    static QString awsRegion(const Peering &peering, const std::optional<Container> &container);
};

} // namespace PeeringDesk
