// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldFeedback.h"

#include <QLabel>
#include <QLineEdit>

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
    , m_baseDescription(edit->accessibleDescription())
{
    QPalette palette = problemLabel->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    problemLabel->setPalette(palette);
    problemLabel->setVisible(false);

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

void FieldFeedback::update()
{
    if (!m_edit || !m_label) {
        return;
    }
    const QString message = visibleMessage();
    m_label->setText(message);
    m_label->setVisible(!message.isEmpty());
    m_edit->setAccessibleDescription(message.isEmpty() ? m_baseDescription : message);
}

} // namespace PeeringDesk
