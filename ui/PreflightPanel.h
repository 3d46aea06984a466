// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peering/PreflightCheck.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PreflightPanel;
}

namespace PeeringDesk {

/// Shows what the pre-flight found before the POST (PreflightPanel.ui): one line per finding, with the style's
/// error, warning or information icon, and a one-line verdict.
class PreflightPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightPanel)

public:
    explicit PreflightPanel(QWidget *parent = nullptr);
    ~PreflightPanel() override;

    void setFindings(const PreflightFindings &findings);
    /// Runs PreflightCheck and shows the result.
    void check(const PeeringRequest &request, const std::optional<Container> &container,
               const QList<Peering> &existingPeers);
    PreflightFindings findings() const { return m_findings; }
    bool hasErrors() const { return PreflightCheck::hasErrors(m_findings); }

private:
    const std::unique_ptr<Ui::PreflightPanel> m_ui;
    PreflightFindings m_findings;
};

} // namespace PeeringDesk
