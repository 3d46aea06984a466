// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QFrame>

#include <memory>

namespace Ui {
class ProviderSwitchNotice;
}

namespace PeeringDesk {

class FormDocument;

/// Says out loud what a change of cloud provider does to the request being edited: it becomes a request of the
/// other cloud. Offers to undo, or to keep the request as it was and put the new cloud in a new request. Shown only
/// when something would be lost from the request: values typed for the old cloud, or a peering it already created.
class ProviderSwitchNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSwitchNotice)

public:
    explicit ProviderSwitchNotice(QWidget *parent = nullptr);
    ~ProviderSwitchNotice() override;

    /// Request `requestNumber` (1-based) went from `from` to `to`. `created` says it had created its peering.
    void offer(int requestNumber, Provider from, Provider to, bool created);
    /// The user went back to the cloud the notice is about: nothing to say any more.
    void providerShown(Provider provider);
    /// The notice is about one request of `document`: it goes when another is shown or the form is replaced.
    void follow(FormDocument *document);
    void dismiss();
    // The notice's buttons, in the order Tab visits them.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void undoRequested(PeeringDesk::Provider from);
    void addAsNewRequested(PeeringDesk::Provider from, PeeringDesk::Provider to);

private:
    const std::unique_ptr<Ui::ProviderSwitchNotice> m_ui;
    Provider m_from = Provider::Aws;
    Provider m_to = Provider::Aws;
    int m_requestNumber = 0;
};

} // namespace PeeringDesk
