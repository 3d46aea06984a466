// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Container.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PeeringDetailsDialog;
}

namespace PeeringDesk {

class AtlasApi;
class OutcomeView;
class Peering;

/// An existing peering, opened from the Peerings list (PeeringDetailsDialog.ui): the same view a fresh create shows
/// — its fields, the status timeline it follows from now on, the next steps and the raw JSON.
class PeeringDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringDetailsDialog)

public:
    explicit PeeringDetailsDialog(AtlasApi *api, QWidget *parent = nullptr);
    ~PeeringDetailsDialog() override;

    /// Shows `peering` of project `groupId` and starts following it; non-modal.
    void show(const QString &groupId, const Peering &peering, const std::optional<Container> &container);
    OutcomeView *outcome() const { return m_outcome; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void userActionConfirmed(const PeeringDesk::Peering &peering);

private:
    const std::unique_ptr<Ui::PeeringDetailsDialog> m_ui;
    OutcomeView *m_outcome;
};

} // namespace PeeringDesk
