// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;

namespace PeeringDesk {

class FieldFeedback;

/// The one sentence beside Create that says which fields still need something: "2 fields still need a value or
/// a fix: VPC ID and VPC CIDR block." Each name is a link (mouse or Tab and Enter) that shows that field's problem,
/// scrolls it into view and puts the cursor in it.
///
/// The label is the caller's (it sits in the action bar); this only writes its text and follows its links.
class ProblemSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemSummary)

public:
    /// At most this many fields are named; the rest are counted ("and 3 more").
    static constexpr int maxNamed = 3;

    explicit ProblemSummary(QLabel *label, QObject *parent = nullptr);

    /// Names those of `fields` that have a problem and returns how many there are; with none, the label is left
    /// alone (the caller says what is next instead).
    int showProblems(const QList<FieldFeedback *> &fields);
    /// Shows a plain sentence (ready, busy, a pre-flight refusal), with no links.
    void showMessage(const QString &text);
    /// The rich text showProblems() puts in the label.
    static QString text(const QList<FieldFeedback *> &fieldsWithProblems);
    /// Reveals the field of that wire name among the last ones shown, scrolls to it and focuses it.
    void goToField(const QString &wireName);

Q_SIGNALS:
    /// After a link took the user to a field.
    void fieldFocused(FieldFeedback *field);

private:
    QPointer<QLabel> m_label;
    QList<QPointer<FieldFeedback>> m_shown;
};

} // namespace PeeringDesk
