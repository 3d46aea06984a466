// SPDX-License-Identifier: GPL-3.0-or-later
#include "GcpPage.h"

#include "ui_GcpPage.h"

namespace PeeringDesk {

GcpPage::GcpPage(QWidget *parent)
    : ProviderPage(parent)
    , m_ui(std::make_unique<Ui::GcpPage>())
{
    m_ui->setupUi(this);
    addField(QStringLiteral("gcpProjectId"), m_ui->gcpProjectIdLineEdit, m_ui->gcpProjectIdProblemLabel);
    addField(QStringLiteral("networkName"), m_ui->networkNameLineEdit, m_ui->networkNameProblemLabel);
}

GcpPage::~GcpPage() = default;

PeeringRequest::Body GcpPage::body(const QString &containerId) const
{
    return readBody<GcpPeeringRequest>(containerId);
}

void GcpPage::setBody(const PeeringRequest::Body &body)
{
    writeBody<GcpPeeringRequest>(body);
}

} // namespace PeeringDesk
