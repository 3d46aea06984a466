// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionBar.h"

#include "ui_MainWindow.h"

#include <QShortcut>
#include <QTextDocumentFragment>

namespace PeeringDesk {

ActionBar::ActionBar(Ui::MainWindow *ui, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    connect(m_ui->createButton, &QPushButton::clicked, this, &ActionBar::createRequested);
    connect(m_ui->createAction, &QAction::triggered, this, &ActionBar::createRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionBar::cancelRequested);
    connect(m_ui->cancelAction, &QAction::triggered, this, &ActionBar::cancelRequested);
    connect(m_ui->newPeeringButton, &QPushButton::clicked, this, &ActionBar::newPeeringRequested);
    connect(m_ui->newPeeringAction, &QAction::triggered, this, &ActionBar::newPeeringRequested);
    // Esc belongs to the request in flight only; an action with Esc would also swallow it in every line edit.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), window), &QShortcut::activated, this, [this] {
        if (m_state == State::Busy) {
            Q_EMIT cancelRequested();
        }
    });
}

void ActionBar::showReadiness(const QString &createdPeeringId, const FieldProblems &problems, bool noProfile,
                              bool preflightBlocks)
{
    if (!createdPeeringId.isEmpty()) {
        show(State::Done, tr("Done: this request created peering %1. New Peering starts another.")
                              .arg(createdPeeringId.toHtmlEscaped()));
    } else if (!problems.isEmpty()) {
        const bool provider = problems.last().field == QLatin1String("providerName"); // it comes last
        show(State::NeedsFixes,
             provider ? problems.last().message.toHtmlEscaped()
                      : tr("%n field(s) still need a value or a fix.", nullptr, static_cast<int>(problems.size())));
    } else if (noProfile || preflightBlocks) {
        show(State::Blocked, noProfile ? tr("No profile yet: add one or try the sandbox (File menu).")
                                       : tr("The pre-flight check found a problem Atlas would refuse; see above."));
    } else {
        show(State::Ready, tr("Ready to create the peering."));
    }
}

void ActionBar::show(State state, const QString &text)
{
    m_state = state;
    const bool busy = state == State::Busy;
    const bool ready = state == State::Ready;
    m_ui->createButton->setEnabled(ready);
    m_ui->createAction->setEnabled(ready);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->cancelAction->setEnabled(busy);
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->newPeeringButton->setVisible(state == State::Done);
    m_ui->newPeeringAction->setEnabled(!busy);
    m_ui->formStatusLabel->setTextFormat(Qt::RichText);
    m_ui->formStatusLabel->setText(text);
    // Links followed by keyboard make the label a Tab stop; without a link in it, Tab would stop on a sentence with
    // nothing to do there, on the way to Create.
    m_ui->formStatusLabel->setFocusPolicy(text.contains(QLatin1String("<a "), Qt::CaseInsensitive) ? Qt::StrongFocus
                                                                                                   : Qt::NoFocus);
    // A disabled button still says why to a screen reader that lands on it.
    m_ui->createButton->setAccessibleDescription(ready ? QString()
                                                       : QTextDocumentFragment::fromHtml(text).toPlainText());
}

} // namespace PeeringDesk
