// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsPage.h"

#include "ui_AwsPage.h"

#include "model/AwsRegions.h"

#include <QCompleter>

namespace PeeringDesk {

AwsPage::AwsPage(QWidget *parent)
    : ProviderPage(parent)
    , m_ui(std::make_unique<Ui::AwsPage>())
{
    m_ui->setupUi(this);
    // Suggest the AWS spellings: Atlas's own (US_EAST_1) is the most common mistake in this field.
    auto *regions = new QCompleter(AwsRegions::cloudNames(), this);
    regions->setCaseSensitivity(Qt::CaseInsensitive);
    regions->setFilterMode(Qt::MatchContains);
    m_ui->accepterRegionNameLineEdit->setCompleter(regions);
    addField(QStringLiteral("accepterRegionName"), m_ui->accepterRegionNameLineEdit,
             m_ui->accepterRegionNameProblemLabel);
    addField(QStringLiteral("awsAccountId"), m_ui->awsAccountIdLineEdit, m_ui->awsAccountIdProblemLabel);
    addField(QStringLiteral("vpcId"), m_ui->vpcIdLineEdit, m_ui->vpcIdProblemLabel);
    addField(QStringLiteral("routeTableCidrBlock"), m_ui->routeTableCidrBlockLineEdit,
             m_ui->routeTableCidrBlockProblemLabel);
}

AwsPage::~AwsPage() = default;

PeeringRequest::Body AwsPage::body(const QString &containerId) const
{
    return readBody<AwsPeeringRequest>(containerId);
}

void AwsPage::setBody(const PeeringRequest::Body &body)
{
    writeBody<AwsPeeringRequest>(body);
}

} // namespace PeeringDesk
