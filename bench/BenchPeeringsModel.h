// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace PeeringDesk {

/// The benchmark's stand-in for the app's coming peerings table model: one row per peering, all providers.
class BenchPeeringsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchPeeringsModel)

public:
    enum Column { ProviderColumn, IdColumn, StatusColumn, NetworkColumn, ContainerColumn, ColumnCount };

    explicit BenchPeeringsModel(QObject *parent = nullptr);

    /// Appends the `results` of one GET /groups/{g}/peers page.
    void appendPeers(const QString &provider, const QJsonArray &peers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString provider;
        QString id;
        QString status;
        QString network;
        QString containerId;
    };
    QList<Row> m_rows;
};

} // namespace PeeringDesk
