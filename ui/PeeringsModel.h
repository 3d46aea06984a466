// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Container.h"
#include "model/Peering.h"

#include <QAbstractTableModel>
#include <QHash>

namespace PeeringDesk {

/// Every peering of a project as a table: id, provider, status, region, CIDR, peer network, connection id and
/// container. Rows are plain values with the cells computed on demand, so a few thousand peerings stay quick to show
/// and sort. Region and CIDR come from the peering (AWS) or from its container once the containers are known.
class PeeringsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringsModel)

public:
    enum Column {
        IdColumn,
        ProviderColumn,
        StatusColumn,
        RegionColumn,
        CidrColumn,
        PeerNetworkColumn,
        ConnectionIdColumn,
        ContainerColumn,
        ColumnCount
    };
    /// Qt::UserRole on any cell: the peering id.
    static constexpr int PeeringIdRole = Qt::UserRole;

    explicit PeeringsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPeerings(QList<Peering> peerings);
    QList<Peering> peerings() const { return m_peerings; }
    const Peering &peering(int row) const { return m_peerings.at(row); }
    int rowOf(const QString &peeringId) const;
    /// Removes the row of this peering; false when it is not listed.
    bool removePeering(const QString &peeringId);
    int countOf(Provider provider) const;
    /// The containers the peerings belong to, for their region and Atlas CIDR. Replaces those of the same ids.
    void addContainers(const QList<Container> &containers);
    void clearContainers();
    /// Whether the region or CIDR of some row can only come from a container of `provider` not known yet.
    bool needsContainersOf(Provider provider) const;
    /// Every cell of the row, whole and tab-separated, as a spreadsheet pastes it.
    QString rowText(int row) const;

    /// "vpc-… (123456789012)", "vnet in rg", "network in project": the customer side of a peering.
    static QString peerNetwork(const Peering &peering);

private:
    QString text(const Peering &peering, int column) const;
    QString toolTip(const Peering &peering, int column) const;
    const Container *containerOf(const Peering &peering) const;
    /// What a cell shows when its value is not known (yet).
    static QString unknown();

    QList<Peering> m_peerings;
    QHash<QString, Container> m_containers;
};

} // namespace PeeringDesk
