// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeView.h"

#include "ui_OutcomeView.h"

#include "AccessListPanel.h"
#include "PeeringTracker.h"
#include "PrivateConnectionPanel.h"
#include "ReadyChecklist.h"
#include "ResultsPanel.h"
#include "UiLog.h"
#include "api/AtlasApi.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace PeeringDesk {

namespace {

/// In the scroll area a part is never squeezed below the height it asks for: the area scrolls instead. (Squeezed,
/// a part's last rows shrink to nothing, a Copy button included.)
void keepFullHeight(QWidget *part)
{
    part->setSizePolicy(part->sizePolicy().horizontalPolicy(), QSizePolicy::Minimum);
}

} // namespace

OutcomeView::OutcomeView(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutcomeView>())
    , m_results(new ResultsPanel)
    , m_tracker(new PeeringTracker(api))
    , m_api(api)
{
    m_ui->setupUi(this);
    m_results->setObjectName(QStringLiteral("resultsPanel"));
    m_tracker->setObjectName(QStringLiteral("peeringTracker"));
    // Above the spacer, so a short result sits at the top of the scroll area.
    m_ui->outcomeContentsLayout->insertWidget(0, m_results);
    m_ui->outcomeContentsLayout->insertWidget(1, m_tracker);
    m_tracker->setVisible(false);
    keepFullHeight(m_results);
    keepFullHeight(m_tracker);

    // A scroll area brings a focused child into view only when Tab moves within it; focus that arrives from the
    // form (Shift+Tab round the window) would land on a button scrolled out of sight.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_ui->outcomeScrollArea->widget()->isAncestorOf(now)) {
            m_ui->outcomeScrollArea->ensureWidgetVisible(now);
        }
    });
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
        if (m_checklist) {
            m_checklist->followStatus(peering);
            m_privateConnection->followStatus(peering);
        }
    });
    connect(m_tracker, &PeeringTracker::userActionConfirmed, this, [this](const Peering &peering) {
        // The cloud-side steps the tracker listed for AWS end with the routes: the user has vouched for them.
        if (m_checklist && peering.provider() == Provider::Aws) {
            m_checklist->setDone(ReadyChecklist::Step::Routes, true);
        }
    });
    showNotSent();
}

OutcomeView::~OutcomeView() = default;

void OutcomeView::showNotSent()
{
    abandonContainerRead();
    m_hasOutcome = false;
    showConnectionSteps(false);
    m_tracker->clear();
    m_tracker->setVisible(false);
    m_results->showNotSent();
}

void OutcomeView::showBusy(const QString &title, const QString &message)
{
    abandonContainerRead();
    m_hasOutcome = false;
    showConnectionSteps(false);
    m_tracker->clear();
    m_tracker->setVisible(false);
    m_results->showBusy(title, message);
    announce();
}

void OutcomeView::showOutcome(const SubmitOutcome &outcome)
{
    // Whatever this request showed before, a failure included, goes: a new outcome never sits under an old tracker.
    abandonContainerRead();
    m_tracker->clear();
    m_tracker->setVisible(false);
    showConnectionSteps(false);
    m_results->showOutcome(outcome);
    m_hasOutcome = true;
    m_ui->outcomeScrollArea->ensureVisible(0, 0);
    announce();
}

void OutcomeView::track(const QString &groupId, const Peering &peering, const std::optional<Container> &container,
                        const std::optional<AccessListRequest> &accessList)
{
    abandonContainerRead();
    if (container || !peering.provider() || peering.containerId().isEmpty()) {
        follow(groupId, peering, container, accessList);
        return;
    }
    // A create sent before the form's container list came back (or with an id typed by hand) knows no container;
    // without it the cluster in the peered region and the commands' Atlas network cannot be named.
    const QString containerId = peering.containerId();
    m_containerCall = m_api->listContainers(
        groupId, *peering.provider(), this,
        [this, groupId, peering, accessList, containerId](const AtlasResult<QList<Container>> &result) {
            std::optional<Container> found;
            for (const Container &candidate : result.isOk() ? result.value() : QList<Container>()) {
                if (candidate.id == containerId) {
                    found = candidate;
                }
            }
            qCDebug(lcUi) << "container of the followed peering" << (found ? "read" : "not found");
            follow(groupId, peering, found, accessList);
        });
}

void OutcomeView::abandonContainerRead()
{
    if (m_containerCall) {
        m_containerCall->abandon();
        m_containerCall = nullptr;
    }
}

void OutcomeView::follow(const QString &groupId, const Peering &peering, const std::optional<Container> &container,
                         const std::optional<AccessListRequest> &accessList)
{
    m_tracker->track(groupId, peering, container);
    m_tracker->setVisible(true);
    ensureConnectionSteps();
    m_checklist->start(peering, container ? container->atlasCidrBlock : QString());
    m_accessList->setPeering(groupId, peering, container);
    if (accessList) {
        m_accessList->allowNow(*accessList);
    }
    m_privateConnection->setPeering(groupId, peering, container);
    showConnectionSteps(true);
}

void OutcomeView::ensureConnectionSteps()
{
    if (m_checklist) {
        return;
    }
    m_accessList = new AccessListPanel(m_api);
    m_accessList->setObjectName(QStringLiteral("accessListPanel"));
    m_privateConnection = new PrivateConnectionPanel(m_api);
    m_privateConnection->setObjectName(QStringLiteral("privateConnectionPanel"));
    m_checklist = new ReadyChecklist;
    m_checklist->setObjectName(QStringLiteral("readyChecklist"));
    for (QWidget *panel : {static_cast<QWidget *>(m_accessList), static_cast<QWidget *>(m_privateConnection),
                           static_cast<QWidget *>(m_checklist)}) {
        keepFullHeight(panel);
    }
    // Under the tracker, in the order the user does them; above the spacer, as the rest.
    m_ui->outcomeContentsLayout->insertWidget(2, m_accessList);
    m_ui->outcomeContentsLayout->insertWidget(3, m_privateConnection);
    m_ui->outcomeContentsLayout->insertWidget(4, m_checklist);
    connect(m_accessList, &AccessListPanel::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_privateConnection, &PrivateConnectionPanel::statusMessage, this, &OutcomeView::statusMessage);
    connect(m_accessList, &AccessListPanel::readyChanged, this,
            [this](bool ready) { m_checklist->setDone(ReadyChecklist::Step::AccessList, ready); });
    connect(m_privateConnection, &PrivateConnectionPanel::privateStringCopied, this,
            [this] { m_checklist->setDone(ReadyChecklist::Step::PrivateString, true); });
}

void OutcomeView::showConnectionSteps(bool shown)
{
    if (!m_checklist) {
        return;
    }
    if (!shown) {
        m_accessList->clear();
        m_privateConnection->clear();
    }
    for (QWidget *panel : {static_cast<QWidget *>(m_accessList), static_cast<QWidget *>(m_privateConnection),
                           static_cast<QWidget *>(m_checklist)}) {
        panel->setVisible(shown);
    }
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
    abandonContainerRead();
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
