// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsModel.h"

#include <algorithm>

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

QString PeeringsModel::unknown()
{
    return tr("—", "a value that is not known");
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

const Container *PeeringsModel::containerOf(const Peering &peering) const
{
    const auto found = m_containers.constFind(peering.containerId());
    return found == m_containers.cend() ? nullptr : &found.value();
}

QString PeeringsModel::text(const Peering &peering, int column) const
{
    const Container *container = containerOf(peering);
    const bool aws = peering.provider() == Provider::Aws;
    QString value;
    switch (column) {
    case IdColumn:
        value = peering.id();
        break;
    case ProviderColumn:
        value = peering.provider() ? providerDisplayName(*peering.provider()) : tr("Unknown");
        break;
    case StatusColumn:
        value = peering.status();
        break;
    case RegionColumn:
        // Atlas leaves an AWS accepter region empty when it is the container's own.
        if (aws && !peering.accepterRegionName().isEmpty()) {
            value = peering.accepterRegionName();
        } else if (container) {
            value = aws ? container->awsCloudRegion() : container->regionText();
        }
        break;
    case CidrColumn:
        value = aws ? field(peering, "routeTableCidrBlock") : (container ? container->atlasCidrBlock : QString());
        break;
    case PeerNetworkColumn:
        value = peerNetwork(peering);
        break;
    case ConnectionIdColumn:
        value = peering.connectionId();
        break;
    case ContainerColumn:
        value = peering.containerId();
        break;
    default:
        return {};
    }
    return value.isEmpty() ? unknown() : value;
}

QString PeeringsModel::toolTip(const Peering &peering, int column) const
{
    const bool aws = peering.provider() == Provider::Aws;
    const QString value = text(peering, column);
    if (value == unknown()) {
        if (column == RegionColumn || column == CidrColumn) {
            return tr("Not known: the container of this peering has not been read.");
        }
        return column == ConnectionIdColumn && !aws ? tr("Only AWS peerings have a connection ID.")
                                                    : tr("Atlas has not given this value yet.");
    }
    switch (column) {
    case StatusColumn:
        return peering.errorState().isEmpty() ? value : tr("%1: %2").arg(value, peering.errorState());
    case RegionColumn:
        return aws && !peering.accepterRegionName().isEmpty() ? tr("%1, the region of the peer VPC").arg(value)
                                                              : tr("%1, the region of the Atlas container").arg(value);
    case CidrColumn:
        return aws ? tr("%1, the route table CIDR of the peer VPC").arg(value)
                   : tr("%1, the Atlas CIDR of the container").arg(value);
    default:
        return value;
    }
}

QVariant PeeringsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_peerings.size()) {
        return {};
    }
    const Peering &peering = m_peerings.at(index.row());
    switch (role) {
    case PeeringIdRole:
        return peering.id();
    case Qt::DisplayRole:
        return text(peering, index.column());
    case Qt::ToolTipRole:
        return toolTip(peering, index.column());
    case Qt::AccessibleTextRole: {
        // A screen reader would say "em dash"; the cell says what it means instead.
        const QString value = text(peering, index.column());
        return value == unknown() ? tr("not known") : value;
    }
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
    case RegionColumn:
        return tr("Region");
    case CidrColumn:
        return tr("CIDR");
    case PeerNetworkColumn:
        return tr("Peer VPC / VNet / Network");
    case ConnectionIdColumn:
        return tr("Connection ID");
    case ContainerColumn:
        return tr("Container");
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

void PeeringsModel::addContainers(const QList<Container> &containers)
{
    for (const Container &container : containers) {
        m_containers.insert(container.id, container);
    }
    if (!m_peerings.isEmpty()) {
        Q_EMIT dataChanged(index(0, RegionColumn), index(rowCount() - 1, CidrColumn));
    }
}

void PeeringsModel::clearContainers()
{
    m_containers.clear();
    if (!m_peerings.isEmpty()) {
        Q_EMIT dataChanged(index(0, RegionColumn), index(rowCount() - 1, CidrColumn));
    }
}

bool PeeringsModel::needsContainersOf(Provider provider) const
{
    return std::any_of(m_peerings.cbegin(), m_peerings.cend(), [this, provider](const Peering &peering) {
        if (peering.provider() != provider || containerOf(peering)) {
            return false;
        }
        // An AWS peering names its own CIDR and, unless it is the container's, its region.
        return provider != Provider::Aws || peering.accepterRegionIsContainerRegion();
    });
}

QString PeeringsModel::rowText(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column) {
        cells.append(text(m_peerings.at(row), column));
    }
    return cells.join(QLatin1Char('\t'));
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
