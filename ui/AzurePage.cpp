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
    return readBody<AzurePeeringRequest>(containerId);
}

void AzurePage::setBody(const PeeringRequest::Body &body)
{
    writeBody<AzurePeeringRequest>(body);
}

} // namespace PeeringDesk
