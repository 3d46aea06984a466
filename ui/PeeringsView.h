// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "api/PeeringDeletion.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QPoint>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

namespace Ui {
class PeeringsView;
}

class QMenu;
class QMessageBox;
class QTableView;

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;
class PeeringsModel;

/// Every peering of a project (PeeringsView.ui): AWS, Azure and Google Cloud together, each read over every page,
/// never only the AWS the API lists by default, with the region and CIDR of their containers once those are read.
/// Enter or a double-click opens a peering; its context menu (also on the menu key and Shift+F10) copies its id or
/// row, opens it, or deletes it after a confirmation that warns when the project's last AWS peering is about to go.
class PeeringsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringsView)

public:
    explicit PeeringsView(AtlasApi *api, QWidget *parent = nullptr);
    ~PeeringsView() override;

    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }
    /// Reads the three providers' lists again, in parallel.
    void refresh();
    bool isLoading() const;

    PeeringsModel *model() const { return m_model; }
    QTableView *table() const;
    /// The peering of the selected row.
    std::optional<Peering> selectedPeering() const;
    void selectPeering(const QString &peeringId);
    /// Asks for confirmation (non-blocking) and then deletes the selected peering.
    void deleteSelected();
    /// Puts the selected peering's id, or its whole row, on the clipboard.
    void copySelectedId();
    void copySelectedRow();
    /// The context menu of the selected row, under it (as the menu key opens it); at `viewportPos` when given.
    void openContextMenu(std::optional<QPoint> viewportPos = std::nullopt);
    QMenu *contextMenu() const { return m_menu; }

Q_SIGNALS:
    /// All three lists arrived (some may have failed; the status line says which).
    void loaded(int count);
    /// The containers of the listed peerings arrived: their region and CIDR cells are filled in.
    void containersLoaded();
    /// Atlas accepted the deletion; the row is gone.
    void deleted(const QString &peeringId);
    void statusMessage(const QString &message);
    /// The user opened a peering (Enter, double-click, Show Details): for its details view.
    void peeringActivated(const PeeringDesk::Peering &peering);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onListed(Provider provider, const AtlasResult<QList<Peering>> &result);
    void showListed();
    void listContainers();
    void onContainersListed(const AtlasResult<QList<Container>> &result);
    void deletePeering(const Peering &peering);
    void onDeleted(const AtlasResult<PeeringDeletion> &result, const QString &peeringId);
    void activateSelected();
    void updateButtons();

    const std::unique_ptr<Ui::PeeringsView> m_ui;
    AtlasApi *m_api;
    PeeringsModel *m_model;
    QMenu *m_menu;
    QString m_groupId;
    QList<QPointer<AtlasCall>> m_listCalls;
    /// The lists of the current refresh that have arrived, by provider: shown once all three are here.
    std::map<Provider, AtlasResult<QList<Peering>>> m_listed;
    QList<QPointer<AtlasCall>> m_containerCalls;
    int m_containerListsPending = 0;
    QPointer<AtlasCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};

} // namespace PeeringDesk
