// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedPanels.h"

#include "ui_MainWindow.h"

#include "ConnectionChooser.h"
#include "ContainerPanel.h"
#include "PeeringDetailsDialog.h"
#include "PeeringsModel.h"
#include "PeeringsView.h"
#include "PreflightPanel.h"
#include "ProjectPicker.h"
#include "api/AtlasApi.h"
#include "connection/SandboxControl.h"
#include "model/FieldValidator.h"

namespace PeeringDesk {

GuidedPanels::GuidedPanels(AtlasClient *client, ConnectionChooser *connection, Ui::MainWindow *ui,
                           std::function<PeeringRequest()> request, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_api(new AtlasApi(client, this))
    , m_request(std::move(request))
{
    // Every guided widget is made here, and only here; they all read through one typed API.
    AtlasApi *api = m_api;
    m_projectPicker = new ProjectPicker(api, ui->projectPickerHolder);
    ui->projectPickerLayout->addWidget(m_projectPicker);
    m_containerPanel = new ContainerPanel(api, ui->containerGroupBox);
    ui->containerBoxLayout->addWidget(m_containerPanel);
    m_preflight = new PreflightPanel(ui->preflightHolder);
    ui->preflightLayout->addWidget(m_preflight);
    m_peeringsView = new PeeringsView(api, ui->peeringsTab);
    ui->peeringsTabLayout->addWidget(m_peeringsView);

    // The picker's own line edit is the project field: typing or pasting an id works as in any field.
    auto *combo = m_projectPicker->comboBox();
    m_groupIdEdit = combo->lineEdit();
    m_groupIdEdit->setObjectName(QStringLiteral("groupIdLineEdit"));
    m_groupIdEdit->setMaxLength(256);
    m_groupIdEdit->setClearButtonEnabled(true);
    combo->setAccessibleName(tr("Project"));
    combo->setToolTip(tr("The Atlas project: pick it from the list (the refresh button lists your projects) or paste "
                         "its 24-character ID, found in Atlas under Project Settings."));
    m_groupIdEdit->setAccessibleName(tr("Project ID"));
    m_groupIdEdit->setAccessibleDescription(tr("ID of the Atlas project, 24 hexadecimal characters."));
    ui->groupIdLabel->setBuddy(combo);
    connect(m_projectPicker, &ProjectPicker::groupIdChanged, this, [this](const QString &groupId) {
        Q_EMIT changed();
        if (groupId != m_listedGroupId && FieldValidator::groupId(groupId).isEmpty()) {
            refreshLists(false);
        }
    });

    auto useContainer = [this](const Container &container) { Q_EMIT containerChosen(container); };
    connect(m_containerPanel, &ContainerPanel::containerSelected, this, useContainer);
    connect(m_containerPanel, &ContainerPanel::containerCreated, this, useContainer);
    connect(m_containerPanel, &ContainerPanel::containersLoaded, this, [this] {
        m_containerPanel->selectContainer(m_request().containerId().trimmed());
        Q_EMIT changed();
    });

    m_preflight->setVisible(false);
    placeInTabOrder(ui);
    connect(m_connection, &ConnectionChooser::connectionSwitched, this, &GuidedPanels::onConnectionSwitched);
    // The lists' own refresh buttons send at once: have the key ready for them, as after every switch.
    QMetaObject::invokeMethod(this, &GuidedPanels::onConnectionSwitched, Qt::QueuedConnection);
    connect(m_peeringsView, &PeeringsView::statusMessage, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 5000); });
    connect(m_peeringsView, &PeeringsView::loaded, this, &GuidedPanels::changed);
    connect(m_peeringsView, &PeeringsView::deleted, this, &GuidedPanels::changed);
    connect(m_peeringsView, &PeeringsView::peeringActivated, this, &GuidedPanels::showDetails);
}

void GuidedPanels::placeInTabOrder(Ui::MainWindow *ui)
{
    // The picker and the container panel join the form after it is built, which would put them last in the Tab
    // order, behind the right-hand tabs. Tab follows the form from top to bottom instead.
    QList<QWidget *> chain{ui->manageProfilesButton};
    chain += m_projectPicker->tabChain();
    chain += ui->providerComboBox;
    chain += ui->providerSwitchNotice->tabChain();
    chain += ui->containerIdLineEdit;
    chain += m_containerPanel->tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (chain.at(i - 1) && chain.at(i)) {
            QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
        }
    }
}

void GuidedPanels::showDetails(const Peering &peering)
{
    auto *dialog = new PeeringDetailsDialog(m_api, m_peeringsView->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeeringDetailsDialog::statusMessage, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 4000); });
    connect(dialog, &PeeringDetailsDialog::userActionConfirmed, this, &GuidedPanels::confirmCloudStep);
    dialog->show(groupId(), peering, container(peering.containerId()));
}

void GuidedPanels::confirmCloudStep(const Peering &peering)
{
    // In the sandbox, "I have done this in AWS" is the acceptance itself: there is no AWS to do it in.
    if (m_connection->isSandboxEnabled()) {
        m_connection->sandbox()->completeCloudStep(groupId(), peering.id());
    }
}

QString GuidedPanels::groupId() const
{
    return m_projectPicker->groupId();
}

void GuidedPanels::setGroupId(const QString &groupId)
{
    m_projectPicker->setGroupId(groupId);
}

bool GuidedPanels::isListing() const
{
    return m_projectPicker->isLoading() || m_containerPanel->isBusy() || m_peeringsView->isLoading();
}

void GuidedPanels::onConnectionSwitched()
{
    m_listedGroupId.clear();
    m_connection->prepare(this, [](const std::optional<ConnectionFailure> &) {});
}

void GuidedPanels::refreshLists(bool projectsToo)
{
    m_connection->prepare(this, [this, projectsToo](const std::optional<ConnectionFailure> &failure) {
        if (failure) {
            // Without any connection there is nothing to list, and nothing worth saying.
            if (failure->kind != ConnectionFailure::Kind::NoConnection) {
                Q_EMIT statusMessage(tr("Lists need the profile's credentials: %1").arg(failure->message), 8000);
            }
            return;
        }
        if (projectsToo) {
            m_projectPicker->refresh();
        }
        const QString groupId = this->groupId();
        if (!FieldValidator::groupId(groupId).isEmpty()) {
            return;
        }
        m_listedGroupId = groupId;
        // Containers, and the peerings of every provider, load side by side.
        m_containerPanel->setProject(groupId, m_request().provider());
        m_peeringsView->setGroupId(groupId);
        m_peeringsView->refresh();
    });
}

void GuidedPanels::refreshPeerings()
{
    if (!m_listedGroupId.isEmpty()) {
        m_peeringsView->refresh();
    }
}

void GuidedPanels::showProvider(Provider provider)
{
    if (!m_listedGroupId.isEmpty()) {
        m_containerPanel->setProject(m_listedGroupId, provider);
    }
}

void GuidedPanels::checkPreflight(const PeeringRequest &request, const QString &createdPeeringId)
{
    const bool ready = createdPeeringId.isEmpty() && request.isValid() && request.groupIdCleaned() == m_listedGroupId &&
                       !m_peeringsView->isLoading() && !m_containerPanel->isBusy() &&
                       m_peeringsView->model()->rowCount() >= 0 && !m_listedGroupId.isEmpty();
    m_preflight->setVisible(ready);
    if (!ready) {
        return;
    }
    m_preflight->check(request, container(request.containerId()), m_peeringsView->model()->peerings());
}

bool GuidedPanels::preflightBlocks() const
{
    return m_preflight->isVisible() && m_preflight->hasErrors();
}

std::optional<Container> GuidedPanels::container(const QString &containerId) const
{
    for (const Container &candidate : m_containerPanel->containers()) {
        if (candidate.id == FieldValidator::clean(containerId)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace PeeringDesk
