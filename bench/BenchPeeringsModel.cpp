// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchPeeringsModel.h"

#include <QJsonObject>

namespace PeeringDesk {

namespace {

QString firstOf(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            return value.toString();
        }
    }
    return {};
}

} // namespace

BenchPeeringsModel::BenchPeeringsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BenchPeeringsModel::appendPeers(const QString &provider, const QJsonArray &peers)
{
    if (peers.isEmpty()) {
        return;
    }
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(peers.size()) - 1);
    m_rows.reserve(m_rows.size() + peers.size());
    for (const QJsonValue &value : peers) {
        const QJsonObject peer = value.toObject();
        m_rows.append({provider, peer.value(QLatin1String("id")).toString(),
                       firstOf(peer, {QLatin1String("statusName"), QLatin1String("status")}),
                       firstOf(peer, {QLatin1String("vpcId"), QLatin1String("vnetName"), QLatin1String("networkName")}),
                       peer.value(QLatin1String("containerId")).toString()});
    }
    endInsertRows();
}

int BenchPeeringsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BenchPeeringsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchPeeringsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case ProviderColumn:
        return row.provider;
    case IdColumn:
        return row.id;
    case StatusColumn:
        return row.status;
    case NetworkColumn:
        return row.network;
    case ContainerColumn:
        return row.containerId;
    default:
        return {};
    }
}

QVariant BenchPeeringsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char *const titles[] = {"Provider", "Peering ID", "Status", "Network", "Container"};
    return section >= 0 && section < ColumnCount ? QString::fromLatin1(titles[section]) : QVariant();
}

} // namespace PeeringDesk
