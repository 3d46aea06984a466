// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateConnectionPanel.h"

#include "ui_PrivateConnectionPanel.h"

#include "CommandBlock.h"
#include "StepView.h"
#include "UiLog.h"
#include "api/AtlasApi.h"
#include "peering/FailureText.h"
#include "peering/PrivateConnection.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PeeringDesk {

PrivateConnectionPanel::PrivateConnectionPanel(AtlasApi *api, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::PrivateConnectionPanel>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->refreshButton->setAutoDefault(true);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PrivateConnectionPanel::refresh);
}

PrivateConnectionPanel::~PrivateConnectionPanel() = default;

void PrivateConnectionPanel::setPeering(const QString &groupId, const Peering &peering,
                                        const std::optional<Container> &container)
{
    clear();
    m_groupId = groupId;
    m_peering = peering;
    m_container = container;
    refresh();
}

void PrivateConnectionPanel::followStatus(const Peering &peering)
{
    const bool becameAvailable =
        peering.phase() == Peering::Phase::Available && (!m_peering || m_peering->phase() != Peering::Phase::Available);
    m_peering = peering;
    if (becameAvailable) {
        refresh();
    } else {
        show(m_clusters);
    }
}

void PrivateConnectionPanel::clear()
{
    if (m_call) {
        m_call->abandon();
    }
    m_groupId.clear();
    m_peering.reset();
    m_container.reset();
    m_clusters.clear();
    m_copied = false;
    clearRows();
    m_ui->whyLabel->clear();
    m_ui->statusLabel->clear();
}

void PrivateConnectionPanel::refresh()
{
    if (m_groupId.isEmpty() || !m_peering) {
        return;
    }
    if (m_call) {
        m_call->abandon();
    }
    m_ui->refreshButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Reading the project's clusters…"));
    m_call = m_api->listClusters(m_groupId, this, [this](const AtlasResult<QList<Cluster>> &result) {
        m_ui->refreshButton->setEnabled(true);
        if (!result.isOk()) {
            m_ui->statusLabel->setText(
                tr("Could not read the clusters: %1").arg(FailureText::oneLine(result.failure())));
            return;
        }
        m_ui->statusLabel->clear();
        show(result.value());
    });
}

QString PrivateConnectionPanel::whyNone() const
{
    return m_ui->whyLabel->text();
}

void PrivateConnectionPanel::show(const QList<Cluster> &projectClusters)
{
    m_clusters = projectClusters;
    clearRows();
    if (!m_peering) {
        return;
    }
    const PrivateConnection found = PrivateConnection::find(*m_peering, m_container, projectClusters);
    m_ui->whyLabel->setText(found.whyNone);
    m_ui->whyLabel->setVisible(!found.whyNone.isEmpty());
    int row = 0;
    for (const Cluster &cluster : found.clusters) {
        addClusterRow(row++, cluster);
    }
    for (const NextStep &step : found.dnsSteps) {
        addDnsStep(step);
    }
    qCDebug(lcUi) << "private connection:" << found.clusters.size() << "cluster(s) in the peered region";
}

void PrivateConnectionPanel::clearRows()
{
    for (QWidget *holder : {m_ui->clustersWidget, m_ui->dnsWidget}) {
        const auto children = holder->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            child->deleteLater();
            child->hide();
        }
    }
}

void PrivateConnectionPanel::addClusterRow(int row, const Cluster &cluster)
{
    auto *layout = qobject_cast<QGridLayout *>(m_ui->clustersWidget->layout());
    const QString text = cluster.privateSrv.isEmpty() ? cluster.privateString : cluster.privateSrv;
    auto *name =
        new QLabel(cluster.stateName.isEmpty() ? cluster.name : tr("%1 (%2)").arg(cluster.name, cluster.stateName),
                   m_ui->clustersWidget);
    auto *value = new QLineEdit(m_ui->clustersWidget);
    value->setObjectName(QStringLiteral("privateString%1").arg(row + 1));
    value->setReadOnly(true);
    value->setText(text);
    value->setPlaceholderText(tr("Not published yet"));
    value->setAccessibleName(tr("Private connection string of %1").arg(cluster.name));
    value->setToolTip(text);
    value->setCursorPosition(0);
    name->setBuddy(value);
    auto *copy = new QPushButton(tr("Copy"), m_ui->clustersWidget);
    copy->setObjectName(QStringLiteral("copyPrivateStringButton%1").arg(row + 1));
    copy->setAccessibleName(tr("Copy the private connection string of %1").arg(cluster.name));
    copy->setToolTip(copy->accessibleName());
    copy->setAutoDefault(true);
    copy->setEnabled(!text.isEmpty());
    const QString clusterName = cluster.name;
    connect(copy, &QPushButton::clicked, this, [this, text, clusterName] {
        QApplication::clipboard()->setText(text);
        m_copied = true;
        Q_EMIT statusMessage(tr("Copied the private connection string of %1.").arg(clusterName));
        Q_EMIT privateStringCopied();
    });
    layout->addWidget(name, row, 0);
    layout->addWidget(value, row, 1);
    layout->addWidget(copy, row, 2);
}

void PrivateConnectionPanel::addDnsStep(const NextStep &step)
{
    auto *view = new StepView(step, step.title, tr("Copy DNS Commands"), m_ui->dnsWidget);
    view->commandBlock()->setObjectName(QStringLiteral("dnsCommandBlock"));
    view->copyButton()->setObjectName(QStringLiteral("copyDnsCommandsButton"));
    connect(view, &StepView::copied, this, [this] { Q_EMIT statusMessage(tr("Copied the VPC's DNS commands.")); });
    m_ui->dnsWidget->layout()->addWidget(view);
}

} // namespace PeeringDesk
