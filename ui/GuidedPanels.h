// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Container.h"
#include "model/PeeringRequest.h"

#include <QObject>

#include <functional>

class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class AtlasApi;
class AtlasClient;
class ConnectionChooser;
class ContainerPanel;
class Peering;
class PeeringsView;
class PreflightPanel;
class ProjectPicker;

/// The panels that guide a peering: the project picker, the containers, the pre-flight check, the tracker of a
/// created peering and the list of the project's peerings. It lists what the chosen project holds and checks the
/// form against it; the form itself stays the window's, read through `request`.
class GuidedPanels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidedPanels)

public:
    /// Creates the panels in the window's placeholders.
    GuidedPanels(AtlasClient *client, ConnectionChooser *connection, Ui::MainWindow *ui,
                 std::function<PeeringRequest()> request, QObject *parent = nullptr);

    /// The picker's own line edit: the project field of the form.
    QLineEdit *groupIdEdit() const { return m_groupIdEdit; }
    QString groupId() const;
    void setGroupId(const QString &groupId);
    /// Projects, containers or peerings are being listed.
    bool isListing() const;

    /// Lists the containers and peerings of the project in the form, and the projects too if asked.
    void refreshLists(bool projectsToo);
    /// Lists the containers of another provider, if a project is listed.
    void showProvider(Provider provider);
    /// Checks `request` against what was listed; afterwards preflightBlocks() says whether Atlas would refuse it.
    /// `createdPeeringId` is the peering this very request created: it is no problem of its own.
    void checkPreflight(const PeeringRequest &request, const QString &createdPeeringId);
    bool preflightBlocks() const;
    /// The typed API every panel reads through.
    AtlasApi *api() const { return m_api; }
    /// The listed container with this id, if any.
    std::optional<Container> container(const QString &containerId) const;
    /// Lists the project's peerings again (after a create, or once one settled).
    void refreshPeerings();
    /// The user says the cloud-side step of `peering` is done: in the sandbox, that is the step itself.
    void confirmCloudStep(const Peering &peering);
    /// Opens `peering` of the chosen project in its own window: its fields, timeline, next steps and raw JSON,
    /// followed from now on.
    void showDetails(const Peering &peering);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);
    /// The project, or what was listed for it, changed: the form needs another check.
    void changed();
    void containerChosen(const PeeringDesk::Container &container);

private:
    void onConnectionSwitched();
    void placeInTabOrder(Ui::MainWindow *ui);

    ConnectionChooser *m_connection;
    AtlasApi *m_api;
    std::function<PeeringRequest()> m_request;
    ProjectPicker *m_projectPicker = nullptr;
    QLineEdit *m_groupIdEdit = nullptr;
    ContainerPanel *m_containerPanel = nullptr;
    PreflightPanel *m_preflight = nullptr;
    PeeringsView *m_peeringsView = nullptr;
    QString m_listedGroupId;
};

} // namespace PeeringDesk
