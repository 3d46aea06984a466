// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Cluster.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class PrivateConnectionPanel;
}

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;
struct NextStep;

/// "Private connection string" (PrivateConnectionPanel.ui): the project's clusters in the peered provider and region
/// with their private connection strings and a Copy button each, or why there is none yet; for AWS, the VPC's
/// DNS settings the private host names need. Reads the clusters again when the peering becomes AVAILABLE.
class PrivateConnectionPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateConnectionPanel)

public:
    explicit PrivateConnectionPanel(AtlasApi *api, QWidget *parent = nullptr);
    ~PrivateConnectionPanel() override;

    void setPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    /// The tracker saw another status: the strings may have appeared.
    void followStatus(const Peering &peering);
    void clear();
    void refresh();

    /// What the panel shows: the clusters' names and strings, or the reason there are none.
    QString whyNone() const;
    QList<Cluster> clusters() const { return m_clusters; }
    /// A private string was copied at least once since setPeering().
    bool wasCopied() const { return m_copied; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void privateStringCopied();

private:
    void show(const QList<Cluster> &projectClusters);
    void clearRows();
    void addClusterRow(int row, const Cluster &cluster);
    void addDnsStep(const NextStep &step);

    const std::unique_ptr<Ui::PrivateConnectionPanel> m_ui;
    AtlasApi *m_api;
    QString m_groupId;
    std::optional<Peering> m_peering;
    std::optional<Container> m_container;
    QList<Cluster> m_clusters;
    QPointer<AtlasCall> m_call;
    bool m_copied = false;
};

} // namespace PeeringDesk
