// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeView.h"

#include "ui_OutcomeView.h"

#include "PeeringTracker.h"
#include "ResultsPanel.h"
#include "UiLog.h"

#include <QAccessible>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace PeeringDesk {

OutcomeView::OutcomeView(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutcomeView>())
    , m_results(new ResultsPanel)
    , m_tracker(new PeeringTracker(api))
{
    m_ui->setupUi(this);
    m_results->setObjectName(QStringLiteral("resultsPanel"));
    m_tracker->setObjectName(QStringLiteral("peeringTracker"));
    // Above the spacer, so a short result sits at the top of the scroll area.
    m_ui->outcomeContentsLayout->insertWidget(0, m_results);
    m_ui->outcomeContentsLayout->insertWidget(1, m_tracker);
    m_tracker->setVisible(false);

    connect(m_results, &ResultsPanel::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_results, &ResultsPanel::connectionSettingsRequested, this, &OutcomeView::connectionSettingsRequested);
    connect(m_tracker, &PeeringTracker::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_tracker, &PeeringTracker::settled, this, &OutcomeView::settled);
    connect(m_tracker, &PeeringTracker::statusSeen, this, [this](const Peering &peering) {
        const QString before = m_results->headline();
        m_results->followStatus(peering);
        if (m_results->headline() != before) {
            announce();
            Q_EMIT peeringStatusChanged(peering);
        }
    });
    showNotSent();
}

OutcomeView::~OutcomeView() = default;

void OutcomeView::showNotSent()
{
    m_hasOutcome = false;
    m_tracker->clear();
    m_tracker->setVisible(false);
    m_results->showNotSent();
}

void OutcomeView::showBusy(const QString &title, const QString &message)
{
    m_hasOutcome = false;
    m_tracker->clear();
    m_tracker->setVisible(false);
    m_results->showBusy(title, message);
    announce();
}

void OutcomeView::showOutcome(const SubmitOutcome &outcome)
{
    // Whatever this request showed before, a failure included, goes: a new outcome never sits under an old tracker.
    m_tracker->clear();
    m_tracker->setVisible(false);
    m_results->showOutcome(outcome);
    m_hasOutcome = true;
    m_ui->outcomeScrollArea->ensureVisible(0, 0);
    announce();
}

void OutcomeView::track(const QString &groupId, const Peering &peering, const std::optional<Container> &container)
{
    m_tracker->track(groupId, peering, container);
    m_tracker->setVisible(true);
}

void OutcomeView::showPeering(const QString &groupId, const Peering &peering, const std::optional<Container> &container)
{
    m_tracker->clear();
    m_results->showPeering(peering);
    m_hasOutcome = true;
    m_ui->outcomeScrollArea->ensureVisible(0, 0);
    announce();
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

void OutcomeView::announce()
{
    QWidget *headline = m_results->headlineLabel();
    // Orca and other AT-SPI readers speak an alert at once, wherever the focus is: the result arrives while the user
    // is still at the Create button.
    QAccessibleEvent alert(headline, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    qCDebug(lcUi) << "announced the outcome:" << m_results->headline();
    Q_EMIT announced(m_results->headline());
}

QSize OutcomeView::sizeHint() const
{
    // A scroll area would ask for its contents' height: a long result must scroll, never make the window taller.
    return {m_ui->outcomeScrollArea->sizeHint().width(), fontMetrics().lineSpacing() * 12};
}

QSize OutcomeView::minimumSizeHint() const
{
    return {m_ui->outcomeScrollArea->minimumSizeHint().width(), fontMetrics().lineSpacing() * 4};
}

} // namespace PeeringDesk
