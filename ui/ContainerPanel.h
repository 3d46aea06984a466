// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "model/Container.h"
#include "model/ContainerRequest.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ContainerPanel;
}

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;

/// The container step (ContainerPanel.ui): the project's containers of one provider with region, Atlas CIDR and
/// provisioned state, to pick from; or a new one, with the region in Atlas's names and the CIDR checked as it is
/// typed, created with POST /containers. Says so when an existing container's CIDR would silently win.
class ContainerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerPanel)

public:
    explicit ContainerPanel(AtlasApi *api, QWidget *parent = nullptr);
    ~ContainerPanel() override;

    /// Shows the containers of `provider` in project `groupId`, reading them at once.
    void setProject(const QString &groupId, Provider provider);
    QString groupId() const { return m_groupId; }
    Provider provider() const { return m_provider; }
    void refresh();
    bool isBusy() const;
    // The panel's focusable parts, in the order Tab visits them.
    QList<QWidget *> tabChain() const;

    QList<Container> containers() const { return m_containers; }
    std::optional<Container> selectedContainer() const;
    void selectContainer(const QString &containerId);

    /// The "new container" form as it stands.
    ContainerRequest containerRequest() const;
    void showCreateForm(bool shown);
    /// Sends POST /containers when the form is valid; returns false (and sends nothing) otherwise.
    bool createContainer();

Q_SIGNALS:
    void containerSelected(const PeeringDesk::Container &container);
    void containersLoaded(int count);
    void containerCreated(const PeeringDesk::Container &container);

private:
    void onListed(const AtlasResult<QList<Container>> &result);
    void onCreated(const AtlasResult<Container> &result);
    void fillTable();
    void fitTable();
    void fillRegions();
    void updateForm();
    void showStatus(const QString &text);

    const std::unique_ptr<Ui::ContainerPanel> m_ui;
    AtlasApi *m_api;
    QString m_groupId;
    Provider m_provider = Provider::Aws;
    QPointer<AtlasCall> m_listCall;
    QPointer<AtlasCall> m_createCall;
    QList<Container> m_containers;
};

} // namespace PeeringDesk
