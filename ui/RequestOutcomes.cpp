// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestOutcomes.h"

#include "FormDocument.h"
#include "OutcomeView.h"
#include "PeeringTracker.h"
#include "UiLog.h"
#include "peering/SubmitOutcome.h"

#include <QStackedWidget>

namespace PeeringDesk {

RequestOutcomes::RequestOutcomes(AtlasApi *api, FormDocument *document, QStackedWidget *stack, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_document(document)
    , m_stack(stack)
{
    connect(m_document, &FormDocument::formReplaced, this, &RequestOutcomes::rebuild);
    connect(m_document, &FormDocument::requestAdded, this, &RequestOutcomes::insertSlot);
    connect(m_document, &FormDocument::requestRemoved, this, &RequestOutcomes::removeSlot);
    connect(m_document, &FormDocument::requestsChanged, this, &RequestOutcomes::showSelected);
    rebuild();
}

OutcomeView *RequestOutcomes::makeView()
{
    auto *view = new OutcomeView(m_api, m_stack);
    connect(view, &OutcomeView::statusMessage, this, &RequestOutcomes::statusMessage);
    connect(view, &OutcomeView::connectionSettingsRequested, this, &RequestOutcomes::connectionSettingsRequested);
    connect(view, &OutcomeView::settled, this, &RequestOutcomes::settled);
    connect(view, &OutcomeView::peeringStatusChanged, this, &RequestOutcomes::peeringStatusChanged);
    connect(view->tracker(), &PeeringTracker::userActionConfirmed, this, &RequestOutcomes::userActionConfirmed);
    view->showNotSent();
    m_stack->addWidget(view);
    return view;
}

void RequestOutcomes::rebuild()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.view) {
            slot.view->cancel();
            slot.view->deleteLater();
        }
    }
    m_slots.clear();
    for (qsizetype i = 0; i < qMax<qsizetype>(1, m_document->requestCount()); ++i) {
        m_slots.append({makeView(), std::nullopt, {}});
    }
    showSelected();
}

void RequestOutcomes::insertSlot(int index)
{
    m_slots.insert(qBound(0, index, static_cast<int>(m_slots.size())), {makeView(), std::nullopt, {}});
    showSelected();
}

void RequestOutcomes::removeSlot(int index)
{
    if (index < 0 || index >= m_slots.size()) {
        return;
    }
    const Slot slot = m_slots.takeAt(index);
    if (slot.view) {
        slot.view->cancel();
        slot.view->deleteLater();
    }
    showSelected();
}

void RequestOutcomes::showSelected()
{
    if (m_slots.size() != qMax<qsizetype>(1, m_document->requestCount())) {
        qCWarning(lcUi) << "outcomes out of step with the form's requests; starting afresh";
        rebuild();
        return;
    }
    if (OutcomeView *view = current()) {
        m_stack->setCurrentWidget(view);
    }
}

OutcomeView *RequestOutcomes::current() const
{
    const int index = qBound(0, m_document->requestIndex(), static_cast<int>(m_slots.size()) - 1);
    return m_slots.isEmpty() ? nullptr : m_slots.at(index).view.data();
}

QString RequestOutcomes::createdPeeringId(const PeeringRequest &request) const
{
    const int index = m_document->requestIndex();
    if (index < 0 || index >= m_slots.size()) {
        return {};
    }
    const Slot &slot = m_slots.at(index);
    return slot.created && *slot.created == request ? slot.peeringId : QString();
}

void RequestOutcomes::begin(const PeeringRequest &request, const std::optional<Container> &container,
                            const std::optional<AccessListRequest> &accessList)
{
    m_pending = current();
    m_pendingRequest = request;
    m_pendingContainer = container;
    m_pendingAccessList = accessList;
}

void RequestOutcomes::showBusy(const QString &title, const QString &message)
{
    if (m_pending) {
        m_pending->showBusy(title, message);
    }
}

void RequestOutcomes::finish(const SubmitOutcome &outcome)
{
    OutcomeView *view = m_pending ? m_pending.data() : current();
    if (!view) {
        return;
    }
    view->showOutcome(outcome);
    m_prepared.clear();
    if (outcome.kind != SubmitOutcome::Kind::Created || !outcome.peering || !m_pendingRequest) {
        return;
    }
    for (Slot &slot : m_slots) {
        if (slot.view == view) {
            slot.created = m_pendingRequest;
            slot.peeringId = outcome.peering->id();
        }
    }
    view->track(m_pendingRequest->groupIdCleaned(), *outcome.peering, m_pendingContainer, m_pendingAccessList);
}

void RequestOutcomes::prepare(const PeeringRequest &request)
{
    OutcomeView *view = current();
    if (!view || view->hasOutcome() || (m_prepared == view && m_preparedFor == request)) {
        return;
    }
    m_prepared = view;
    m_preparedFor = request;
    if (request.provider() == Provider::Azure && request.isValid()) {
        view->showAzurePreparation(std::get<AzurePeeringRequest>(request.body()));
    } else {
        view->showNotSent();
    }
}

void RequestOutcomes::cancelAll()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.view) {
            slot.view->cancel();
        }
    }
}

} // namespace PeeringDesk
