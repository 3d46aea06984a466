// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzurePage.h"

#include "ui_AzurePage.h"

namespace PeeringDesk {

AzurePage::AzurePage(QWidget *parent)
    : ProviderPage(parent)
    , m_ui(std::make_unique<Ui::AzurePage>())
{
    m_ui->setupUi(this);
    addField(QStringLiteral("azureDirectoryId"), m_ui->azureDirectoryIdLineEdit, m_ui->azureDirectoryIdProblemLabel);
    addField(QStringLiteral("azureSubscriptionId"), m_ui->azureSubscriptionIdLineEdit,
             m_ui->azureSubscriptionIdProblemLabel);
    addField(QStringLiteral("resourceGroupName"), m_ui->resourceGroupNameLineEdit, m_ui->resourceGroupNameProblemLabel);
    addField(QStringLiteral("vnetName"), m_ui->vnetNameLineEdit, m_ui->vnetNameProblemLabel);
}

AzurePage::~AzurePage() = default;

PeeringRequest::Body AzurePage::body(const QString &containerId) const
{
    AzurePeeringRequest body;
    body.containerId = containerId;
    body.azureDirectoryId = m_ui->azureDirectoryIdLineEdit->text();
    body.azureSubscriptionId = m_ui->azureSubscriptionIdLineEdit->text();
    body.resourceGroupName = m_ui->resourceGroupNameLineEdit->text();
    body.vnetName = m_ui->vnetNameLineEdit->text();
    return body;
}

void AzurePage::setBody(const PeeringRequest::Body &body)
{
    if (const auto *typed = std::get_if<AzurePeeringRequest>(&body)) {
        m_ui->azureDirectoryIdLineEdit->setText(typed->azureDirectoryId);
        m_ui->azureSubscriptionIdLineEdit->setText(typed->azureSubscriptionId);
        m_ui->resourceGroupNameLineEdit->setText(typed->resourceGroupName);
        m_ui->vnetNameLineEdit->setText(typed->vnetName);
    }
}

} // namespace PeeringDesk
