// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "api/PeeringDeletion.h"
#include "model/Peering.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

namespace Ui {
class PeeringsView;
}

class QMessageBox;

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;
class PeeringsModel;

/// Every peering of a project (PeeringsView.ui): AWS, Azure and Google Cloud together, each read over every page,
/// never only the AWS the API lists by default. Refresh, and Delete after a confirmation that warns when the
/// project's last AWS peering is about to go.
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
    /// The peering of the selected row.
    std::optional<Peering> selectedPeering() const;
    void selectPeering(const QString &peeringId);
    /// Asks for confirmation (non-blocking) and then deletes the selected peering.
    void deleteSelected();

Q_SIGNALS:
    /// All three lists arrived (some may have failed; the status line says which).
    void loaded(int count);
    /// Atlas accepted the deletion; the row is gone.
    void deleted(const QString &peeringId);
    void statusMessage(const QString &message);
    /// The user opened a peering (double-click): for the tracker.
    void peeringActivated(const PeeringDesk::Peering &peering);

private:
    void onListed(Provider provider, const AtlasResult<QList<Peering>> &result);
    void showListed();
    void deletePeering(const Peering &peering);
    void onDeleted(const AtlasResult<PeeringDeletion> &result, const QString &peeringId);
    void updateButtons();

    const std::unique_ptr<Ui::PeeringsView> m_ui;
    AtlasApi *m_api;
    PeeringsModel *m_model;
    QString m_groupId;
    QList<QPointer<AtlasCall>> m_listCalls;
    /// The lists of the current refresh that have arrived, by provider: shown once all three are here.
    std::map<Provider, AtlasResult<QList<Peering>>> m_listed;
    QPointer<AtlasCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};

} // namespace PeeringDesk
