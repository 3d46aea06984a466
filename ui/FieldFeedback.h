// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QPointer>
#include <QString>

namespace PeeringDesk {

/// Shows what is wrong with one form field, right under it, while the user types.
///
/// A local problem (from validate()) appears once the field has text or the user has left it, or after
/// reveal(); a problem Atlas reported (badRequestDetail) appears at once and goes away when the field is
/// edited. The message also becomes the field's accessible description, so screen readers announce it.
class FieldFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldFeedback)

public:
    FieldFeedback(QString wireName, QLineEdit *edit, QLabel *problemLabel, QObject *parent = nullptr);

    QString wireName() const { return m_wireName; }
    QLineEdit *edit() const { return m_edit; }
    QLabel *problemLabel() const { return m_label; }

    void setLocalProblem(const QString &message);
    void setServerProblem(const QString &message);
    /// Shows the local problem even if the user has not touched the field yet.
    void reveal();
    /// Forgets that the field was touched, e.g. after the form was cleared.
    void resetTouched();
    bool hasProblem() const { return !m_local.isEmpty() || !m_server.isEmpty(); }
    /// The message on screen, or empty.
    QString visibleMessage() const;

private:
    void update();

    QString m_wireName;
    QPointer<QLineEdit> m_edit;
    QPointer<QLabel> m_label;
    QString m_baseDescription;
    QString m_local;
    QString m_server;
    bool m_touched = false;
    bool m_revealed = false;
};

} // namespace PeeringDesk
