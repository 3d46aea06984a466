// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListRequest.h"
#include "model/Container.h"
#include "model/PeeringRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QStackedWidget;

namespace PeeringDesk {

class AtlasApi;
class FormDocument;
class OutcomeView;
class Peering;
struct SubmitOutcome;

/// One outcome per request of the form: what Create ended in, the peering it follows and its next steps belong to
/// the request that was sent, and the results side shows the selected request's (or "not sent yet"). A request
/// whose peering was created is "done" while the form still describes that very request.
class RequestOutcomes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestOutcomes)

public:
    RequestOutcomes(AtlasApi *api, FormDocument *document, QStackedWidget *stack, QObject *parent = nullptr);

    /// The outcome of the request being edited.
    OutcomeView *current() const;
    /// The peering created from `request` in the selected slot, if the form still describes exactly that request.
    QString createdPeeringId(const PeeringRequest &request) const;
    /// A create of `request` starts from the selected slot: its busy state and outcome go there, even if the user
    /// picks another request meanwhile. `container` is the one chosen, for the tracker's commands.
    /// `accessList`: the entry to add once the peering is created (the form's option), if any.
    void begin(const PeeringRequest &request, const std::optional<Container> &container,
               const std::optional<AccessListRequest> &accessList = std::nullopt);
    void showBusy(const QString &title, const QString &message);
    /// Shows the outcome in the slot the create started from; a created peering is followed there and the slot is
    /// done while the form describes that request.
    void finish(const SubmitOutcome &outcome);
    /// Before anything is sent: what the selected request will need (Azure's permissions), or "not sent yet".
    void prepare(const PeeringRequest &request);
    /// Stops following every peering: they belong to a connection that is no longer chosen.
    void cancelAll();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void connectionSettingsRequested();
    void settled(const PeeringDesk::Peering &peering);
    void peeringStatusChanged(const PeeringDesk::Peering &peering);
    void userActionConfirmed(const PeeringDesk::Peering &peering);

private:
    struct Slot
    {
        QPointer<OutcomeView> view;
        std::optional<PeeringRequest> created;
        QString peeringId;
    };

    OutcomeView *makeView();
    void rebuild();
    void insertSlot(int index);
    void removeSlot(int index);
    void showSelected();

    AtlasApi *m_api;
    FormDocument *m_document;
    QStackedWidget *m_stack;
    QList<Slot> m_slots;
    QPointer<OutcomeView> m_pending;
    std::optional<PeeringRequest> m_pendingRequest;
    std::optional<AccessListRequest> m_pendingAccessList;
    std::optional<Container> m_pendingContainer;
    QPointer<OutcomeView> m_prepared;
    std::optional<PeeringRequest> m_preparedFor;
};

} // namespace PeeringDesk
