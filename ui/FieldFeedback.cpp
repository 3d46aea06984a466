// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldFeedback.h"

#include "UiLog.h"
#include "model/FieldFix.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QToolButton>

namespace PeeringDesk {

namespace {

// Readable on light and dark palettes alike: derived from the palette, not fixed for one theme.
QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xB0, 0x00, 0x20) : QColor(0xFF, 0x8A, 0x80);
}

} // namespace

FieldFeedback::FieldFeedback(QString wireName, QLineEdit *edit, QLabel *problemLabel, QObject *parent)
    : QObject(parent)
    , m_wireName(std::move(wireName))
    , m_edit(edit)
    , m_label(problemLabel)
    , m_hintPalette(problemLabel->palette())
    , m_problemPalette(problemLabel->palette())
    , m_baseDescription(edit->accessibleDescription())
    , m_hint(problemLabel->text())
{
    m_hintPalette.setColor(QPalette::WindowText, m_hintPalette.color(QPalette::PlaceholderText));
    m_problemPalette.setColor(QPalette::WindowText, errorColor(m_problemPalette));
    // A selectable message took the focus on a click: Ctrl+A then selected the message and typing went nowhere.
    problemLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    problemLabel->setFocusPolicy(Qt::NoFocus);
    problemLabel->setTextFormat(Qt::PlainText);
    problemLabel->setWordWrap(true);
    problemLabel->installEventFilter(this);
    buildHelperLine();

    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_server.clear();
        if (!text.isEmpty()) {
            m_touched = true;
        }
        update();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        update();
    });
    update();
}

void FieldFeedback::buildHelperLine()
{
    m_fixButton = new QToolButton();
    m_fixButton->setObjectName(m_wireName + QLatin1String("FixButton"));
    m_fixButton->setAutoRaise(true);
    m_fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fixButton->setFocusPolicy(Qt::StrongFocus);
    m_fixButton->setVisible(false);
    connect(m_fixButton, &QToolButton::clicked, this, &FieldFeedback::applySuggestion);

    auto *line = new QWidget();
    line->setObjectName(m_wireName + QLatin1String("HelperLine"));
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    QLayout *home = m_label->parentWidget() ? m_label->parentWidget()->layout() : nullptr;
    QLayoutItem *replaced = home ? home->replaceWidget(m_label, line) : nullptr;
    if (!replaced) {
        qCWarning(lcUi) << "the helper line of" << m_wireName << "is not in a layout; no fix button";
        delete line;
        m_fixButton->setParent(m_label->parentWidget());
        return;
    }
    delete replaced;
    layout->addWidget(m_label, 1);
    layout->addWidget(m_fixButton, 0, Qt::AlignTop);
    m_label->setVisible(true);
    // One line is always reserved, as tall as the fix button, so neither a message nor the button moves the form.
    m_fixButton->setText(QStringLiteral("Use 10.0.0.0/16"));
    line->setMinimumHeight(qMax(m_label->fontMetrics().lineSpacing(), m_fixButton->sizeHint().height()));
    m_fixButton->setText(QString());
    QWidget::setTabOrder(m_edit, m_fixButton);
}

void FieldFeedback::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void FieldFeedback::setLocalProblem(const QString &message)
{
    m_local = message;
    update();
}

void FieldFeedback::setServerProblem(const QString &message)
{
    m_server = message;
    update();
}

void FieldFeedback::reveal()
{
    m_revealed = true;
    update();
}

void FieldFeedback::resetTouched()
{
    m_touched = false;
    m_revealed = false;
    m_server.clear();
    update();
}

QString FieldFeedback::visibleMessage() const
{
    if (!m_server.isEmpty()) {
        return m_server;
    }
    return (m_touched || m_revealed) ? m_local : QString();
}

QString FieldFeedback::suggestion() const
{
    return m_suggestion;
}

void FieldFeedback::applySuggestion()
{
    if (!m_edit || m_suggestion.isEmpty()) {
        return;
    }
    const QString fix = m_suggestion;
    m_edit->setFocus(Qt::OtherFocusReason);
    // insert() over a selection is one step of the field's own undo history; setText() would wipe that history.
    m_edit->selectAll();
    m_edit->insert(fix);
}

bool FieldFeedback::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the label is being destroyed it is no QLabel any more, and comparing it with the
    // QPointer<QLabel> would cast it to one.
    if (event->type() == QEvent::MouseButtonPress && watched == m_label && m_edit) {
        m_edit->setFocus(Qt::MouseFocusReason);
    }
    return QObject::eventFilter(watched, event);
}

void FieldFeedback::update()
{
    if (!m_edit || !m_label) {
        return;
    }
    const QString message = visibleMessage();
    const bool local = !message.isEmpty() && m_server.isEmpty();
    m_suggestion = local ? FieldFix::suggestionFor(m_wireName, m_edit->text()) : QString();
    m_label->setText(message.isEmpty() ? m_hint : message);
    m_label->setPalette(message.isEmpty() ? m_hintPalette : m_problemPalette);
    m_edit->setAccessibleDescription(message.isEmpty() ? m_baseDescription : message);
    if (m_fixButton) {
        const QString text = tr("Use %1").arg(m_suggestion);
        m_fixButton->setText(text);
        m_fixButton->setAccessibleName(text);
        m_fixButton->setToolTip(
            tr("Replace the value with %1. Ctrl+Z in the field brings back what you typed.").arg(m_suggestion));
        m_fixButton->setVisible(!m_suggestion.isEmpty());
    }
}

void FieldFeedback::showViolations(const QList<FieldFeedback *> &fields, const QList<FieldViolation> &violations)
{
    for (const FieldViolation &violation : violations) {
        for (FieldFeedback *field : fields) {
            if (field->wireName() == violation.field.section(u'.', -1)) {
                field->setServerProblem(tr("Atlas: %1").arg(violation.description));
            }
        }
    }
}

} // namespace PeeringDesk
