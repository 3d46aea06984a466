// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderPage.h"

#include "FieldFeedback.h"

#include <QLineEdit>

#include <algorithm>

namespace PeeringDesk {

ProviderPage::ProviderPage(QWidget *parent)
    : QWidget(parent)
{}

void ProviderPage::addField(const QString &wireName, QLineEdit *edit, QLabel *problemLabel)
{
    auto *feedback = new FieldFeedback(wireName, edit, problemLabel, this);
    // The example stays readable under the field once the placeholder is gone behind what was typed.
    feedback->setHint(edit->placeholderText());
    m_fields.append(feedback);
    connect(edit, &QLineEdit::textChanged, this, &ProviderPage::edited);
}

FieldFeedback *ProviderPage::field(const QString &wireName) const
{
    for (FieldFeedback *feedback : m_fields) {
        if (feedback->wireName() == wireName) {
            return feedback;
        }
    }
    return nullptr;
}

bool ProviderPage::hasInput() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [](const FieldFeedback *field) { return !field->edit()->text().trimmed().isEmpty(); });
}

void ProviderPage::clear()
{
    for (FieldFeedback *feedback : m_fields) {
        feedback->edit()->clear();
        feedback->resetTouched();
    }
}

} // namespace PeeringDesk
