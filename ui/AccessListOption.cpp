// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListOption.h"

#include "ui_AccessListOption.h"

#include "FieldFeedback.h"
#include "model/FieldValidator.h"

namespace PeeringDesk {

AccessListOption::AccessListOption(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccessListOption>())
{
    m_ui->setupUi(this);
    m_ranges = new FieldFeedback(QStringLiteral("accessListRanges"), m_ui->accessListRangesEdit,
                                 m_ui->accessListRangesHelpLabel, this);
    showFields();
    connect(m_ui->accessListCheckBox, &QCheckBox::toggled, this, [this] {
        showFields();
        Q_EMIT edited();
    });
    connect(m_ui->accessListRangesEdit, &QLineEdit::textEdited, this, [this] { m_rangesTyped = true; });
    connect(m_ui->accessListRangesEdit, &QLineEdit::textChanged, this, [this] {
        m_ranges->setLocalProblem(FieldValidator::accessListRanges(m_ui->accessListRangesEdit->text()));
        Q_EMIT edited();
    });
    connect(m_ui->accessListCommentEdit, &QLineEdit::textChanged, this, &AccessListOption::edited);
}

AccessListOption::~AccessListOption() = default;

void AccessListOption::showFields()
{
    m_ui->accessListFields->setVisible(m_ui->accessListCheckBox->isChecked());
}

std::optional<AccessListRequest> AccessListOption::request() const
{
    if (!m_ui->accessListCheckBox->isChecked()) {
        return std::nullopt;
    }
    return AccessListRequest(AccessListRequest::splitRanges(m_ui->accessListRangesEdit->text()),
                             m_ui->accessListCommentEdit->text());
}

void AccessListOption::setRequest(const std::optional<AccessListRequest> &request)
{
    const QSignalBlocker blocker(this);
    m_ui->accessListCheckBox->setChecked(request.has_value());
    m_ui->accessListRangesEdit->setText(request ? request->ranges().join(QLatin1String(", ")) : m_suggested);
    m_ui->accessListCommentEdit->setText(request ? request->comment() : QString());
    m_rangesTyped = request.has_value() && request->ranges().join(QLatin1String(", ")) != m_suggested;
    m_ranges->resetTouched();
    showFields();
}

void AccessListOption::suggestRanges(const QString &ranges)
{
    const bool following = !m_rangesTyped && m_ui->accessListRangesEdit->text() == m_suggested;
    m_suggested = ranges;
    if (following) {
        m_ui->accessListRangesEdit->setText(ranges);
    }
}

FieldProblems AccessListOption::problems() const
{
    const std::optional<AccessListRequest> wanted = request();
    if (!wanted) {
        return {};
    }
    FieldProblems problems;
    for (FieldProblem problem : wanted->validate()) {
        if (problem.field == QLatin1String("cidrBlock")) {
            problem.field = m_ranges->wireName();
        }
        problems.append(problem);
    }
    return problems;
}

} // namespace PeeringDesk
