// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandBlock.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>

#include <cmath>

namespace PeeringDesk {

CommandBlock::CommandBlock(const QString &command, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setPlainText(command);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &CommandBlock::fitHeight);
    fitHeight(document()->size());
}

CommandBlock::~CommandBlock() = default;

void CommandBlock::fitHeight(const QSizeF &documentSize)
{
    const QMargins margins = contentsMargins();
    setFixedHeight(int(std::ceil(documentSize.height())) + margins.top() + margins.bottom());
}

} // namespace PeeringDesk
