// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemSummary.h"

#include "FieldFeedback.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>

namespace PeeringDesk {

namespace {

const QLatin1String linkScheme("field:");

QString displayName(const FieldFeedback *field)
{
    const QString name = field->edit()->accessibleName();
    return name.isEmpty() ? field->wireName() : name;
}

} // namespace

ProblemSummary::ProblemSummary(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
{
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(linkScheme)) {
            goToField(link.mid(linkScheme.size()));
        }
    });
}

QString ProblemSummary::text(const QList<FieldFeedback *> &fieldsWithProblems)
{
    const auto count = static_cast<int>(fieldsWithProblems.size());
    QStringList names;
    for (const FieldFeedback *field : fieldsWithProblems.mid(0, maxNamed)) {
        names.append(QStringLiteral("<a href=\"%1%2\">%3</a>")
                         .arg(linkScheme, field->wireName(), displayName(field).toHtmlEscaped()));
    }
    if (count > maxNamed) {
        names.append(tr("%n more", nullptr, count - maxNamed));
    }
    return tr("%n field(s) still need a value or a fix: %1.", nullptr, count).arg(QLocale().createSeparatedList(names));
}

int ProblemSummary::showProblems(const QList<FieldFeedback *> &fields)
{
    QList<FieldFeedback *> withProblems;
    for (FieldFeedback *field : fields) {
        if (field && field->hasProblem()) {
            withProblems.append(field);
        }
    }
    m_shown.clear();
    for (FieldFeedback *field : std::as_const(withProblems)) {
        m_shown.append(field);
    }
    if (!withProblems.isEmpty() && m_label) {
        m_label->setTextFormat(Qt::RichText);
        m_label->setText(text(withProblems));
    }
    return static_cast<int>(withProblems.size());
}

void ProblemSummary::showMessage(const QString &text)
{
    m_shown.clear();
    if (m_label) {
        m_label->setTextFormat(Qt::PlainText);
        m_label->setText(text);
    }
}

void ProblemSummary::goToField(const QString &wireName)
{
    for (const QPointer<FieldFeedback> &field : std::as_const(m_shown)) {
        if (!field || field->wireName() != wireName) {
            continue;
        }
        field->reveal();
        QLineEdit *edit = field->edit();
        // setFocus() alone does not scroll: only Tab navigation makes a scroll area follow the focus.
        for (QWidget *ancestor = edit->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(ancestor)) {
                area->ensureWidgetVisible(edit);
            }
        }
        edit->setFocus(Qt::OtherFocusReason);
        Q_EMIT fieldFocused(field);
        return;
    }
}

} // namespace PeeringDesk
