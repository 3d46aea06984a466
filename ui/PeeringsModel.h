// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Peering.h"

#include <QAbstractTableModel>

namespace PeeringDesk {

/// Every peering of a project as a table: id, provider, status, container, peer network, connection id. Rows are
/// plain values with the cells computed on demand, so a few thousand peerings stay quick to show and sort.
class PeeringsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringsModel)

public:
    enum Column {
        IdColumn,
        ProviderColumn,
        StatusColumn,
        ContainerColumn,
        PeerNetworkColumn,
        ConnectionIdColumn,
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

    /// "vpc-… (123456789012)", "vnet in rg", "network in project": the customer side of a peering.
    static QString peerNetwork(const Peering &peering);

private:
    QList<Peering> m_peerings;
};

} // namespace PeeringDesk
