// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace PeeringDesk {

class ActionBar;
class AtlasClient;
class PeeringSubmitter;
class RequestOutcomes;

/// Says what a create is doing while it is in flight, in the action bar and in the outcome of the request sent.
class SubmitProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitProgress)

public:
    SubmitProgress(PeeringSubmitter *submitter, AtlasClient *client, ActionBar *bar, RequestOutcomes *outcomes,
                   QObject *parent = nullptr);
};

} // namespace PeeringDesk
