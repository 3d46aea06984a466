// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeView.h"

#include "PeeringTracker.h"
#include "ResultsPanel.h"
#include "peering/SubmitOutcome.h"

#include <QVBoxLayout>

namespace PeeringDesk {
OutcomeView::OutcomeView(AtlasApi *api, QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(this);
    auto *layout = new QVBoxLayout(inner);
    m_results = new ResultsPanel(inner);
    m_results->setObjectName(QStringLiteral("resultsPanel"));
    m_tracker = new PeeringTracker(api, inner);
    layout->addWidget(m_results);
    layout->addWidget(m_tracker);
    layout->addStretch();
    setWidget(inner);
    m_tracker->setVisible(false);
    connect(m_results, &ResultsPanel::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_results, &ResultsPanel::connectionSettingsRequested, this, &OutcomeView::connectionSettingsRequested);
    connect(m_tracker, &PeeringTracker::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_tracker, &PeeringTracker::settled, this, &OutcomeView::settled);
}
void OutcomeView::showNotSent()
{
    m_tracker->cancel();
    m_tracker->setVisible(false);
    m_results->showEmpty();
}
void OutcomeView::showBusy(const QString &title, const QString &message)
{
    m_tracker->cancel();
    m_tracker->setVisible(false);
    m_results->showBusy(title, message);
}
void OutcomeView::showOutcome(const SubmitOutcome &outcome)
{
    m_hasOutcome = true;
    m_tracker->cancel();
    m_tracker->setVisible(false);
    m_results->showOutcome(outcome);
}
void OutcomeView::track(const QString &groupId, const Peering &peering, const std::optional<Container> &container)
{
    m_tracker->track(groupId, peering, container);
    m_tracker->setVisible(true);
}
void OutcomeView::showPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container)
{
    m_hasOutcome = true;
    track(groupId, peering, container);
}
void OutcomeView::showAzurePreparation(const AzurePeeringRequest &request)
{
    m_tracker->showAzurePreparation(request);
    m_tracker->setVisible(true);
}
void OutcomeView::cancel()
{
    m_tracker->cancel();
}
} // namespace PeeringDesk
