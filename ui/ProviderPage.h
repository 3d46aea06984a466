// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldFeedback.h"
#include "model/PeeringRequest.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace PeeringDesk {

/// What the three provider pages share: their fields, each with its feedback, and one edited() signal.
/// A page turns its fields into that provider's request body; it never sends anything.
class ProviderPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderPage(QWidget *parent = nullptr);

    virtual Provider provider() const = 0;
    /// The page's body, with the container id the form holds.
    virtual PeeringRequest::Body body(const QString &containerId) const = 0;
    /// Fills the fields from a body of this page's provider (other providers are ignored).
    virtual void setBody(const PeeringRequest::Body &body) = 0;

    QList<FieldFeedback *> fields() const { return m_fields; }
    /// The feedback for a wire name, or null when this page has no such field.
    FieldFeedback *field(const QString &wireName) const;
    void clear();
    /// Something is typed in: switching this request to another cloud would take it out of the request.
    virtual bool hasInput() const;

Q_SIGNALS:
    void edited();

protected:
    void addField(const QString &wireName, QLineEdit *edit, QLabel *problemLabel);

    /// The body from the page's fields, walking the provider's field table (the model describes each field once;
    /// the page only says which line edit shows which wire name).
    template <typename Body>
    Body readBody(const QString &containerId) const
    {
        Body body;
        body.containerId = containerId;
        for (const RequestField<Body> &spec : Body::fields()) {
            if (const FieldFeedback *feedback = field(spec.wireNameString())) {
                body.*(spec.member) = feedback->edit()->text();
            }
        }
        return body;
    }

    /// Fills the fields from `body` when it is this page's kind of body.
    template <typename Body>
    void writeBody(const PeeringRequest::Body &body)
    {
        if (const auto *typed = std::get_if<Body>(&body)) {
            for (const RequestField<Body> &spec : Body::fields()) {
                if (FieldFeedback *feedback = field(spec.wireNameString())) {
                    feedback->edit()->setText(typed->*(spec.member));
                }
            }
        }
    }

private:
    QList<FieldFeedback *> m_fields;
};

} // namespace PeeringDesk
