// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightPanel.h"

#include "ui_PreflightPanel.h"

#include <QStyle>

namespace PeeringDesk {

PreflightPanel::PreflightPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PreflightPanel>())
{
    m_ui->setupUi(this);
    setFindings({});
}

PreflightPanel::~PreflightPanel() = default;

void PreflightPanel::check(const PeeringRequest &request, const std::optional<Container> &container,
                           const QList<Peering> &existingPeers)
{
    setFindings(PreflightCheck::run(request, container, existingPeers));
}

void PreflightPanel::setFindings(const PreflightFindings &findings)
{
    m_findings = findings;
    m_ui->findingList->clear();
    int errors = 0;
    int warnings = 0;
    for (const PreflightFinding &finding : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (finding.severity == PreflightFinding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (finding.severity == PreflightFinding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.message, m_ui->findingList);
        item->setData(Qt::UserRole, finding.code);
        item->setToolTip(finding.message);
    }
    m_ui->findingList->setVisible(!findings.isEmpty());
    if (errors > 0) {
        m_ui->summaryLabel->setText(tr("%n problem(s) would make Atlas refuse this peering.", nullptr, errors));
    } else if (warnings > 0) {
        m_ui->summaryLabel->setText(tr("Ready, with %n warning(s).", nullptr, warnings));
    } else {
        m_ui->summaryLabel->setText(tr("No overlaps, duplicates or limits found."));
    }
}

} // namespace PeeringDesk
