// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace PeeringDesk {

/// The client-side rules for every field of a peering request (reference: atlas-api.md §1, user-needs.md §c).
///
/// Each check takes the already trimmed value and returns an empty string when it is fine, otherwise one
/// translated sentence that says what is wrong and what a right value looks like. Where the spec's own
/// pattern is wrong (routeTableCidrBlock, legacy VPC ids, the unanchored GCP patterns) these follow the
/// clouds' real rules instead.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    /// Longest value any field accepts; protects the UI and the server from pasted novels.
    static constexpr int maxFieldLength = 256;

    static QString groupId(const QString &value);
    static QString containerId(const QString &value);
    static QString awsAccountId(const QString &value);
    static QString vpcId(const QString &value);
    static QString awsRegion(const QString &value);
    static QString routeTableCidrBlock(const QString &value);
    /// The ranges of an IP access list entry, written as one text ("10.20.0.0/16, 10.21.0.0/24"): the first
    /// problem AccessListRequest finds with them.
    static QString accessListRanges(const QString &value);
    static QString azureDirectoryId(const QString &value);
    static QString azureSubscriptionId(const QString &value);
    static QString azureResourceGroupName(const QString &value);
    static QString azureVnetName(const QString &value);
    static QString gcpProjectId(const QString &value);
    static QString gcpNetworkName(const QString &value);
    /// The Atlas base URL: https, or plain http only for this computer (127.0.0.0/8, ::1, localhost).
    static QString baseUrl(const QString &value);
    /// The HTTPS rule alone, for every URL credentials may be sent to (the connection and the client both ask):
    /// https, or http to this computer only. Empty when `url` is acceptable.
    static QString transportProblem(const QUrl &url);

    /// Trims what a paste brings along: spaces, tabs, newlines and zero-width characters at either end.
    static QString clean(const QString &value);

private:
    static QString atlasId(const QString &value, const QString &whatItIs);
    static QString guid(const QString &value, const QString &whatItIs);
};

} // namespace PeeringDesk
