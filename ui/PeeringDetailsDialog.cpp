// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringDetailsDialog.h"

#include "ui_PeeringDetailsDialog.h"

#include "OutcomeView.h"
#include "PeeringTracker.h"
#include "model/Peering.h"

#include <QPushButton>

namespace PeeringDesk {

PeeringDetailsDialog::PeeringDetailsDialog(AtlasApi *api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PeeringDetailsDialog>())
    , m_outcome(new OutcomeView(api, this))
{
    m_ui->setupUi(this);
    m_ui->outcomeLayout->addWidget(m_outcome);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &OutcomeView::statusMessage, this, &PeeringDetailsDialog::statusMessage);
    connect(m_outcome->tracker(), &PeeringTracker::userActionConfirmed, this,
            &PeeringDetailsDialog::userActionConfirmed);
    // Closing stops following: nobody is looking any more.
    connect(this, &QDialog::finished, m_outcome, &OutcomeView::cancel);
}

PeeringDetailsDialog::~PeeringDetailsDialog() = default;

void PeeringDetailsDialog::show(const QString &groupId, const Peering &peering,
                                const std::optional<Container> &container)
{
    setWindowTitle(tr("Peering %1").arg(peering.id()));
    m_outcome->showPeering(groupId, peering, container);
    QDialog::show();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace PeeringDesk
