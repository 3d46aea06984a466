// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AzurePeeringRequest.h"
#include "model/Container.h"
#include "model/Peering.h"
#include "peering/NextSteps.h"
#include "peering/PeeringWatcher.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class PeeringTracker;
}

namespace PeeringDesk {

class AtlasApi;

/// After create (PeeringTracker.ui): follows one peering with PeeringWatcher and shows each status with its time,
/// the cloud-side commands with copy buttons, the 7-day AWS deadline, an "I have done this" button that follows
/// again, and a FAILED state in plain words. Before an Azure submit it shows the permission commands instead.
class PeeringTracker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringTracker)

public:
    explicit PeeringTracker(AtlasApi *api, QWidget *parent = nullptr);
    ~PeeringTracker() override;

    /// Starts following a peering just created (or picked from the list). `container` supplies the Atlas CIDR and,
    /// for Google Cloud, Atlas's project and network for the commands.
    void track(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    /// Azure, before submit: the service principal and custom role commands for this VNet.
    void showAzurePreparation(const AzurePeeringRequest &request);
    void cancel();
    /// Stops following and forgets everything on show, so nothing of an earlier peering remains.
    void clear();

    PeeringWatcher *watcher() const { return m_watcher; }
    /// The commands on show, in order, as copied by their buttons.
    QStringList commands() const;
    /// The text of the timeline, one line per status, for tests and copying.
    QStringList timeline() const;
    QString failureText() const;
    QDateTime acceptanceDeadline() const { return m_deadline; }

Q_SIGNALS:
    /// Something worth a line in the status bar ("Copied the command").
    void statusMessage(const QString &message);
    /// Each status the watcher sees, the first one included.
    void statusSeen(const PeeringDesk::Peering &peering);
    /// The peering reached AVAILABLE or FAILED.
    void settled(const PeeringDesk::Peering &peering);
    /// The user says the cloud-side step (accepting in AWS, the reverse peering in Google Cloud) is done.
    void userActionConfirmed(const PeeringDesk::Peering &peering);

private:
    void onStatus(const Peering &peering, const QDateTime &seenAt);
    void onState(PeeringWatcher::State state);
    void showSteps(const QList<NextStep> &steps);
    void clearSteps();
    void addTimelineLine(const QString &text, const QIcon &icon);
    void setLabel(QLabel *label, const QString &text);

    const std::unique_ptr<Ui::PeeringTracker> m_ui;
    PeeringWatcher *m_watcher;
    std::optional<Container> m_container;
    QStringList m_commands;
    QDateTime m_deadline;
};

} // namespace PeeringDesk
