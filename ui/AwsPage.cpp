// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsPage.h"

#include "ui_AwsPage.h"

#include "model/AwsRegions.h"
#include "model/FieldValidator.h"

#include <QCompleter>

#include <algorithm>

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
    // Once the user types in the field the value is theirs: a later container choice no longer replaces it.
    connect(m_ui->accepterRegionNameLineEdit, &QLineEdit::textEdited, this, [this] { m_suggestedRegion.clear(); });
}

AwsPage::~AwsPage() = default;

PeeringRequest::Body AwsPage::body(const QString &containerId) const
{
    return readBody<AwsPeeringRequest>(containerId);
}

void AwsPage::setBody(const PeeringRequest::Body &body)
{
    writeBody<AwsPeeringRequest>(body);
    m_suggestedRegion.clear();
}

bool AwsPage::hasInput() const
{
    // The region suggested from the container is not the user's input.
    const QString region = m_ui->accepterRegionNameLineEdit->text().trimmed();
    const bool suggestedOnly = !region.isEmpty() && region == m_suggestedRegion;
    return std::any_of(fields().cbegin(), fields().cend(), [&](const FieldFeedback *field) {
        const QString text = field->edit()->text().trimmed();
        return !text.isEmpty() && !(suggestedOnly && field->edit() == m_ui->accepterRegionNameLineEdit);
    });
}

void AwsPage::suggestRegion(const QString &atlasRegion)
{
    const QString name = FieldValidator::clean(atlasRegion);
    QString region = AwsRegions::fromAtlasName(name);
    if (region.isEmpty() && !name.isEmpty() && FieldValidator::awsRegion(name).isEmpty()) {
        region = name; // already in AWS's spelling
    }
    QLineEdit *edit = m_ui->accepterRegionNameLineEdit;
    const QString current = edit->text().trimmed();
    if (region.isEmpty() || (!current.isEmpty() && current != m_suggestedRegion)) {
        return;
    }
    m_suggestedRegion = region;
    edit->setText(region); // setText, not a typed edit: the field stays untouched
}

} // namespace PeeringDesk
