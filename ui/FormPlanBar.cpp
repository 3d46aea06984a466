// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPlanBar.h"

#include "ui_FormPlanBar.h"

namespace PeeringDesk {

FormPlanBar::FormPlanBar(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::FormPlanBar>())
{
    m_ui->setupUi(this);
    m_applyText = m_ui->createAllMissingButton->text();
    m_applyToolTip = m_ui->createAllMissingButton->toolTip();
    m_ui->planProgressBar->hide();
    m_ui->createAllMissingButton->setEnabled(false);
    connect(m_ui->checkFormButton, &QPushButton::clicked, this, &FormPlanBar::checkRequested);
    connect(m_ui->createAllMissingButton, &QPushButton::clicked, this,
            [this] { m_applying ? Q_EMIT stopRequested() : Q_EMIT applyRequested(); });
}

FormPlanBar::~FormPlanBar() = default;

void FormPlanBar::showSummary(const QString &text, bool reading)
{
    m_ui->planSummaryLabel->setText(text);
    m_ui->checkFormButton->setEnabled(!reading && !m_applying);
    m_ui->createAllMissingButton->setEnabled(!reading && (m_applying || m_applyAvailable));
    if (!m_applying) {
        // A check has no count to show, only that it is under way.
        m_ui->planProgressBar->setVisible(reading);
        m_ui->planProgressBar->setRange(0, 0);
    }
}

void FormPlanBar::setApplyAvailable(bool available)
{
    m_applyAvailable = available;
    m_ui->createAllMissingButton->setEnabled(m_applying || available);
}

void FormPlanBar::showApplying(int done, int total)
{
    m_applying = true;
    m_ui->createAllMissingButton->setText(tr("S&top"));
    m_ui->createAllMissingButton->setToolTip(tr("Send no further request; the one in flight is cancelled."));
    m_ui->createAllMissingButton->setEnabled(true);
    m_ui->checkFormButton->setEnabled(false);
    m_ui->planProgressBar->setRange(0, total);
    m_ui->planProgressBar->setValue(done);
    m_ui->planProgressBar->show();
}

void FormPlanBar::stopApplying()
{
    m_applying = false;
    m_ui->createAllMissingButton->setText(m_applyText);
    m_ui->createAllMissingButton->setToolTip(m_applyToolTip);
    m_ui->createAllMissingButton->setEnabled(m_applyAvailable);
    m_ui->checkFormButton->setEnabled(true);
    m_ui->planProgressBar->hide();
}

QList<QWidget *> FormPlanBar::tabChain() const
{
    return {m_ui->checkFormButton, m_ui->createAllMissingButton};
}

} // namespace PeeringDesk
