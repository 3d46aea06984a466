// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peering/SubmitOutcome.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ResultsPanel;
}

namespace PeeringDesk {

/// Shows what Create ended in (ResultsPanel.ui): the created peering and its status with what to do next,
/// or every part of the ApiError, or a transport or keychain failure in plain words. Renders values only;
/// it never parses JSON itself, beyond indenting the raw view.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(QWidget *parent = nullptr);
    ~ResultsPanel() override;

    void showEmpty();
    /// Before this request is sent: what Create will do, and nothing of any other request.
    void showNotSent();
    void showBusy(const QString &title, const QString &message);
    void showOutcome(const SubmitOutcome &outcome);
    /// An existing peering (from the list), shown as a fresh create would show it, with "Peering <id>: <status>".
    void showPeering(const Peering &peering);
    /// A later status of the peering on show: the headline, the status fields and the next-step text follow it.
    void followStatus(const Peering &peering);

    /// The headline as a screen reader reads it: also the label's accessible description.
    QString headline() const;
    /// The headline's own widget, the one an announcement of the outcome is about.
    QWidget *headlineLabel() const;

    QString peeringId() const;
    QByteArray rawResponse() const { return m_raw; }

    void copyPeeringId();
    void copyRawResponse();

Q_SIGNALS:
    /// The user asked to enter credentials (after a keychain failure).
    void connectionSettingsRequested();
    /// Something worth a line in the status bar ("Copied the peering ID").
    void statusMessage(const QString &message);

private:
    void showCreated(const SubmitOutcome &outcome);
    void showPeeringFields(const Peering &peering);
    QString peeringHeadline(const Peering &peering) const;
    void showFailure(const SubmitOutcome &outcome);
    void showPage(QWidget *page);
    void setRaw(const SubmitOutcome &outcome);
    void setTitle(const QString &title, const QString &message);
    void setValue(QLabel *label, const QString &text);
    void copy(const QString &text, const QString &what);
    QString nextSteps(const Peering &peering) const;

    const std::unique_ptr<Ui::ResultsPanel> m_ui;
    QByteArray m_raw;
    /// A fresh create reads "Peering created: <status>"; one picked from the list "Peering <id>: <status>".
    bool m_existing = false;
};

} // namespace PeeringDesk
