// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsModel.h"

namespace PeeringDesk {

namespace {

QString field(const Peering &peering, const char *key)
{
    return peering.json().value(QLatin1String(key)).toString();
}

} // namespace

PeeringsModel::PeeringsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PeeringsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peerings.size());
}

int PeeringsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeeringsModel::peerNetwork(const Peering &peering)
{
    switch (peering.provider().value_or(Provider::Aws)) {
    case Provider::Aws:
        return tr("%1 (account %2)").arg(field(peering, "vpcId"), field(peering, "awsAccountId"));
    case Provider::Azure:
        return tr("%1 in %2").arg(field(peering, "vnetName"), field(peering, "resourceGroupName"));
    case Provider::Gcp:
        return tr("%1 in %2").arg(field(peering, "networkName"), field(peering, "gcpProjectId"));
    }
    return {};
}

QVariant PeeringsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_peerings.size()) {
        return {};
    }
    const Peering &peering = m_peerings.at(index.row());
    if (role == PeeringIdRole) {
        return peering.id();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return peering.id();
    case ProviderColumn:
        return peering.provider() ? providerDisplayName(*peering.provider()) : tr("Unknown");
    case StatusColumn:
        if (role == Qt::ToolTipRole && !peering.errorState().isEmpty()) {
            return tr("%1: %2").arg(peering.status(), peering.errorState());
        }
        return peering.status();
    case ContainerColumn:
        return peering.containerId();
    case PeerNetworkColumn:
        return peerNetwork(peering);
    case ConnectionIdColumn:
        return peering.connectionId();
    default:
        return {};
    }
}

QVariant PeeringsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("ID");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case ContainerColumn:
        return tr("Container");
    case PeerNetworkColumn:
        return tr("Peer VPC / VNet / Network");
    case ConnectionIdColumn:
        return tr("Connection ID");
    default:
        return {};
    }
}

void PeeringsModel::setPeerings(QList<Peering> peerings)
{
    beginResetModel();
    m_peerings = std::move(peerings);
    endResetModel();
}

int PeeringsModel::rowOf(const QString &peeringId) const
{
    for (int row = 0; row < m_peerings.size(); ++row) {
        if (m_peerings.at(row).id() == peeringId) {
            return row;
        }
    }
    return -1;
}

bool PeeringsModel::removePeering(const QString &peeringId)
{
    const int row = rowOf(peeringId);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_peerings.removeAt(row);
    endRemoveRows();
    return true;
}

int PeeringsModel::countOf(Provider provider) const
{
    return int(std::count_if(m_peerings.cbegin(), m_peerings.cend(),
                             [provider](const Peering &peering) { return peering.provider() == provider; }));
}

} // namespace PeeringDesk
