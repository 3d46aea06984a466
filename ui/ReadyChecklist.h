// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Peering.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class ReadyChecklist;
}

class QListWidgetItem;

namespace PeeringDesk {

/// What is done and what is left between a created peering and an application connected over it
/// (ReadyChecklist.ui): accepted in the cloud and AVAILABLE, routes to Atlas's CIDR, the access list entry, the
/// private connection string. Atlas says the first and the third; routes in AWS only the user can confirm (Azure and
/// Google Cloud exchange them by themselves); the last is done once a string has been copied.
class ReadyChecklist final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadyChecklist)

public:
    enum class Step { Accepted, Routes, AccessList, PrivateString };

    explicit ReadyChecklist(QWidget *parent = nullptr);
    ~ReadyChecklist() override;

    /// Starts over for this peering.
    void start(const Peering &peering, const QString &atlasCidr);
    void followStatus(const Peering &peering);
    void setDone(Step step, bool done);
    bool isDone(Step step) const;
    /// Every step is done.
    bool isReady() const;
    QString summary() const;

Q_SIGNALS:
    void readyChanged(bool ready);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QListWidgetItem *item(Step step) const;
    void fitList();
    void update();

    const std::unique_ptr<Ui::ReadyChecklist> m_ui;
    bool m_ready = false;
    bool m_updating = false;
};

} // namespace PeeringDesk
