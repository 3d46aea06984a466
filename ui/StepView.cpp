// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepView.h"

#include "CommandBlock.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PeeringDesk {

StepView::StepView(const NextStep &step, const QString &heading, const QString &copyText, QWidget *parent)
    : QWidget(parent)
    , m_command(new CommandBlock(step.command, this))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileIcon)),
                             copyText, this))
{
    auto *title = new QLabel(heading, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    auto *explanation = new QLabel(step.explanation, this);
    explanation->setWordWrap(true);
    explanation->setVisible(!step.explanation.isEmpty());
    m_command->setAccessibleName(step.title);
    m_copy->setAutoDefault(true); // Enter copies as Space does

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_command);
    layout->addWidget(m_copy, 0, Qt::AlignRight);

    const QString command = step.command;
    connect(m_copy, &QPushButton::clicked, this, [this, command] {
        QApplication::clipboard()->setText(command);
        Q_EMIT copied();
    });
}

StepView::~StepView() = default;

} // namespace PeeringDesk
