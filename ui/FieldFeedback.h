// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ApiError.h"

#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QString>
#include <QToolButton>

namespace PeeringDesk {

/// The helper line under one form field: the field's example while the value is fine, what is wrong with it
/// while it is not, and a one-click fix when the rule knows the right value.
///
/// The line is always there (one line high at least), so a message appearing never pushes the next field down.
/// A local problem (from validate()) appears once the field has text or the user has left it, or after reveal();
/// a problem Atlas reported (badRequestDetail) appears at once and goes away when the field is edited. The
/// message also becomes the field's accessible description, so screen readers announce it. The message never
/// takes focus: a click on it puts the cursor in the field.
///
/// The fix (FieldFix) is offered as a "Use …" button beside the message, reachable with Tab from the field; it
/// changes the text only when pressed, as an edit the field's Ctrl+Z takes back.
class FieldFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldFeedback)

public:
    /// `problemLabel` becomes the helper line; its text from the form, if any, is the hint (see setHint()).
    FieldFeedback(QString wireName, QLineEdit *edit, QLabel *problemLabel, QObject *parent = nullptr);

    QString wireName() const { return m_wireName; }
    QLineEdit *edit() const { return m_edit; }
    QLabel *problemLabel() const { return m_label; }
    /// The "Use …" button; hidden while there is nothing to offer.
    QToolButton *fixButton() const { return m_fixButton; }

    /// What the helper line says while there is no problem to show, e.g. "e.g. vpc-0123456789abcdef0".
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

    void setLocalProblem(const QString &message);
    void setServerProblem(const QString &message);
    /// Puts each of Atlas's field violations (badRequestDetail.fields) under the field it names.
    static void showViolations(const QList<FieldFeedback *> &fields, const QList<FieldViolation> &violations);
    /// Shows the local problem even if the user has not touched the field yet.
    void reveal();
    /// Forgets that the field was touched, e.g. after the form was cleared.
    void resetTouched();
    bool hasProblem() const { return !m_local.isEmpty() || !m_server.isEmpty(); }
    /// The problem on screen, or empty (while the line shows the hint, or nothing).
    QString visibleMessage() const;
    /// The value the fix button offers, or empty while it is hidden.
    QString suggestion() const;
    /// Puts the suggestion into the field as if typed, so Ctrl+Z in the field restores what was there.
    void applySuggestion();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildHelperLine();
    void update();

    QString m_wireName;
    QPointer<QLineEdit> m_edit;
    QPointer<QLabel> m_label;
    QPointer<QToolButton> m_fixButton;
    QPalette m_hintPalette;
    QPalette m_problemPalette;
    QString m_baseDescription;
    QString m_hint;
    QString m_local;
    QString m_server;
    QString m_suggestion;
    bool m_touched = false;
    bool m_revealed = false;
};

} // namespace PeeringDesk
