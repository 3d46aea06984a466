// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListRequest.h"
#include "model/AzurePeeringRequest.h"
#include "model/Container.h"
#include "model/Peering.h"
#include "peering/SubmitOutcome.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class OutcomeView;
}

namespace PeeringDesk {

class AccessListPanel;
class AtlasApi;
class AtlasCall;
class PeeringTracker;
class PrivateConnectionPanel;
class ReadyChecklist;
class ResultsPanel;

/// One request's outcome (OutcomeView.ui): its result and the tracker of the peering it created, in a scroll area so
/// no state makes the window grow. Self-contained: the window keeps one per request, and nothing one shows comes
/// from another. The headline follows every status the tracker sees, and each new outcome is announced to screen
/// readers.
class OutcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeView)

public:
    explicit OutcomeView(AtlasApi *api, QWidget *parent = nullptr);
    ~OutcomeView() override;

    /// The request is not sent yet: what Create will do, and nothing else.
    void showNotSent();
    void showBusy(const QString &title, const QString &message);
    /// What Create ended in. Follows nothing by itself: track() does, once the window knows the container.
    void showOutcome(const SubmitOutcome &outcome);
    /// Follows the peering showOutcome() showed as created; adds `accessList` to the project's IP access list at
    /// once when the request asked for it. Without `container`, reads the one the peering names first.
    void track(const QString &groupId, const Peering &peering, const std::optional<Container> &container,
               const std::optional<AccessListRequest> &accessList = std::nullopt);
    /// An existing peering (from the Peerings list) as a fresh create shows it, and follows it.
    void showPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    /// Azure, before submit: the permission commands.
    void showAzurePreparation(const AzurePeeringRequest &request);
    /// Stops following.
    void cancel();

    /// A result (created, failed or an existing peering) is on show, not the "not sent" or busy page.
    bool hasOutcome() const { return m_hasOutcome; }
    ResultsPanel *results() const { return m_results; }
    PeeringTracker *tracker() const { return m_tracker; }
    /// The steps after the peering; null until a peering has been followed here.
    AccessListPanel *accessList() const { return m_accessList; }
    PrivateConnectionPanel *privateConnection() const { return m_privateConnection; }
    ReadyChecklist *checklist() const { return m_checklist; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void connectionSettingsRequested();
    void settled(const PeeringDesk::Peering &peering);
    /// The followed peering moved to another status (the headline says so too).
    void peeringStatusChanged(const PeeringDesk::Peering &peering);
    /// The headline was announced to assistive technology (with a QAccessible::Alert event on it).
    void announced(const QString &headline);

private:
    void announce();
    void follow(const QString &groupId, const Peering &peering, const std::optional<Container> &container,
                const std::optional<AccessListRequest> &accessList);
    void abandonContainerRead();
    /// Builds the access list, connection string and checklist panels the first time a peering is followed: a
    /// request that never creates one never pays for them.
    void ensureConnectionSteps();
    void showConnectionSteps(bool shown);

    const std::unique_ptr<Ui::OutcomeView> m_ui;
    ResultsPanel *m_results;
    PeeringTracker *m_tracker;
    AccessListPanel *m_accessList = nullptr;
    PrivateConnectionPanel *m_privateConnection = nullptr;
    ReadyChecklist *m_checklist = nullptr;
    AtlasApi *m_api;
    QPointer<AtlasCall> m_containerCall;
    bool m_hasOutcome = false;
};

} // namespace PeeringDesk
