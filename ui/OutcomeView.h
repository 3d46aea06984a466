// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TEMPORARY stand-in, replaced by the wt-outcome branch's OutcomeView before commit.
#include "model/AzurePeeringRequest.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QScrollArea>

#include <optional>

namespace PeeringDesk {
class AtlasApi;
class PeeringTracker;
class ResultsPanel;
struct SubmitOutcome;

class OutcomeView final : public QScrollArea
{
    Q_OBJECT
public:
    explicit OutcomeView(AtlasApi *api, QWidget *parent = nullptr);
    void showNotSent();
    void showBusy(const QString &title, const QString &message);
    void showOutcome(const SubmitOutcome &outcome);
    void track(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    void showPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    void showAzurePreparation(const AzurePeeringRequest &request);
    void cancel();
    bool hasOutcome() const { return m_hasOutcome; }
    ResultsPanel *results() const { return m_results; }
    PeeringTracker *tracker() const { return m_tracker; }
Q_SIGNALS:
    void statusMessage(const QString &message);
    void connectionSettingsRequested();
    void settled(const PeeringDesk::Peering &peering);
private:
    ResultsPanel *m_results;
    PeeringTracker *m_tracker;
    bool m_hasOutcome = false;
};
} // namespace PeeringDesk
