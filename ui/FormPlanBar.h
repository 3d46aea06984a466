// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class FormPlanBar;
}

namespace PeeringDesk {

/// The strip under the request list (FormPlanBar.ui) that says how the form compares with Atlas, with Check Against
/// Atlas, Create All Missing (Stop while it runs) and its progress. It only shows: FormPlanControls decides.
class FormPlanBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPlanBar)

public:
    explicit FormPlanBar(QWidget *parent = nullptr);
    ~FormPlanBar() override;

    /// `text` is rich text. `reading`: a check is under way, so neither button does anything yet.
    void showSummary(const QString &text, bool reading = false);
    /// Whether Create All Missing has anything to do.
    void setApplyAvailable(bool available);
    /// Create All Missing is running: `done` of `total` requests are through; the apply button stops it.
    void showApplying(int done, int total);
    void stopApplying();
    bool isApplying() const { return m_applying; }
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void checkRequested();
    void applyRequested();
    void stopRequested();

private:
    const std::unique_ptr<Ui::FormPlanBar> m_ui;
    /// The button's own words, from the .ui, for when it stops being Stop.
    QString m_applyText;
    QString m_applyToolTip;
    bool m_applying = false;
    bool m_applyAvailable = false;
};

} // namespace PeeringDesk
