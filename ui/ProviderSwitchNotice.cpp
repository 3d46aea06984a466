// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderSwitchNotice.h"

#include "ui_ProviderSwitchNotice.h"

#include "FormDocument.h"
#include "UiLog.h"

#include <QAccessible>

namespace PeeringDesk {

ProviderSwitchNotice::ProviderSwitchNotice(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ProviderSwitchNotice>())
{
    m_ui->setupUi(this);
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this] {
        Q_EMIT undoRequested(m_from); // while shown: the switch back is recognised as the way back
        dismiss();
    });
    connect(m_ui->addAsNewButton, &QPushButton::clicked, this, [this] {
        Q_EMIT addAsNewRequested(m_from, m_to);
        dismiss();
    });
    setVisible(false);
}

ProviderSwitchNotice::~ProviderSwitchNotice() = default;

void ProviderSwitchNotice::offer(int requestNumber, Provider from, Provider to, bool created)
{
    if (isVisible()) {
        from = m_from; // AWS → Azure → Google Cloud: what the request was is still AWS
    }
    if (from == to) {
        dismiss();
        return;
    }
    m_from = from;
    m_to = to;
    m_requestNumber = requestNumber;
    const QString was = providerDisplayName(from);
    const QString now = providerDisplayName(to);
    m_ui->messageLabel->setText(
        created ? tr("Request %1 created its %2 peering and is now a %3 request. Undo, or keep it and put %3 in a "
                     "new request.")
                      .arg(requestNumber)
                      .arg(was, now)
                : tr("Request %1 is now a %3 request. Your %2 values stay in this window until you undo or pick "
                     "another request.")
                      .arg(requestNumber)
                      .arg(was, now));
    m_ui->addAsNewButton->setText(tr("Keep %1, Add %2 as a New Request").arg(was, now));
    m_ui->messageLabel->setAccessibleName(m_ui->messageLabel->text());
    setVisible(true);
    qCDebug(lcUi) << "provider switch offered:" << providerWireName(from) << "→" << providerWireName(to);
    QAccessibleEvent alert(m_ui->messageLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ProviderSwitchNotice::providerShown(Provider provider)
{
    if (isVisible() && provider == m_from) {
        dismiss();
    }
}

void ProviderSwitchNotice::follow(FormDocument *document)
{
    connect(document, &FormDocument::requestsChanged, this, [this, document] {
        if (document->requestIndex() + 1 != m_requestNumber) {
            dismiss();
        }
    });
    connect(document, &FormDocument::formReplaced, this, &ProviderSwitchNotice::dismiss);
    connect(document, &FormDocument::requestRemoved, this, &ProviderSwitchNotice::dismiss);
}

void ProviderSwitchNotice::dismiss()
{
    setVisible(false);
}

QList<QWidget *> ProviderSwitchNotice::tabChain() const
{
    return {m_ui->undoButton, m_ui->addAsNewButton};
}

} // namespace PeeringDesk
