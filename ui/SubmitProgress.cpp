// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmitProgress.h"

#include "ActionBar.h"
#include "RequestOutcomes.h"
#include "peering/PeeringSubmitter.h"
#include "transport/AtlasClient.h"

namespace PeeringDesk {

SubmitProgress::SubmitProgress(PeeringSubmitter *submitter, AtlasClient *client, ActionBar *bar,
                               RequestOutcomes *outcomes, QObject *parent)
    : QObject(parent)
{
    connect(submitter, &PeeringSubmitter::stateChanged, this, [client, bar, outcomes](PeeringSubmitter::State state) {
        switch (state) {
        case PeeringSubmitter::State::ReadingCredentials:
            bar->show(ActionBar::State::Busy, tr("Reading the API key from the keychain…"));
            outcomes->showBusy(tr("Reading credentials…"),
                               tr("Your keychain may ask whether Peering Desk may use the stored key."));
            break;
        case PeeringSubmitter::State::Sending:
            bar->show(ActionBar::State::Busy, tr("Sending to %1…").arg(client->baseUrl().host()));
            outcomes->showBusy(
                tr("Creating the peering…"),
                tr("Waiting for %1. Press Cancel or Esc to stop waiting.").arg(client->baseUrl().toString()));
            break;
        case PeeringSubmitter::State::Idle:
            break; // the window checks the form again and the outcome arrives
        }
    });
}

} // namespace PeeringDesk
