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
    AwsPeeringRequest body;
    body.containerId = containerId;
    body.accepterRegionName = m_ui->accepterRegionNameLineEdit->text();
    body.awsAccountId = m_ui->awsAccountIdLineEdit->text();
    body.vpcId = m_ui->vpcIdLineEdit->text();
    body.routeTableCidrBlock = m_ui->routeTableCidrBlockLineEdit->text();
    return body;
}

void AwsPage::setBody(const PeeringRequest::Body &body)
{
    if (const auto *typed = std::get_if<AwsPeeringRequest>(&body)) {
        m_ui->accepterRegionNameLineEdit->setText(typed->accepterRegionName);
        m_ui->awsAccountIdLineEdit->setText(typed->awsAccountId);
        m_ui->vpcIdLineEdit->setText(typed->vpcId);
        m_ui->routeTableCidrBlockLineEdit->setText(typed->routeTableCidrBlock);
    }
}

} // namespace PeeringDesk
