// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace PeeringDesk {

/// A command shown as a block as tall as its text: read-only, monospaced, wrapped anywhere a long ARN or id needs
/// it, never a sliver with a scroll bar of its own.
class CommandBlock final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandBlock)

public:
    explicit CommandBlock(const QString &command, QWidget *parent = nullptr);
    ~CommandBlock() override;

private:
    void fitHeight(const QSizeF &documentSize);
};

} // namespace PeeringDesk
