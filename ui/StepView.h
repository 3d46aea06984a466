// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peering/NextSteps.h"

#include <QWidget>

class QPushButton;

namespace PeeringDesk {

class CommandBlock;

/// One step the user does in their cloud: a bold heading, why, the command as a block as tall as its text, and a
/// button that copies it. The tracker's steps and the connection panel's DNS step look and behave the same.
class StepView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepView)

public:
    /// `heading` is the title as shown (the tracker numbers its steps); `copyText` the button's label.
    StepView(const NextStep &step, const QString &heading, const QString &copyText, QWidget *parent = nullptr);
    ~StepView() override;

    /// For the caller's object and accessible names: a screen reader must hear which command a button copies.
    CommandBlock *commandBlock() const { return m_command; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    /// The command is on the clipboard.
    void copied();

private:
    CommandBlock *m_command;
    QPushButton *m_copy;
};

} // namespace PeeringDesk
