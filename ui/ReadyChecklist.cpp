// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadyChecklist.h"

#include "ui_ReadyChecklist.h"

#include <QListWidgetItem>

namespace PeeringDesk {

ReadyChecklist::ReadyChecklist(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ReadyChecklist>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < 4; ++i) {
        auto *entry = new QListWidgetItem(m_ui->stepsList);
        entry->setFlags(Qt::ItemIsEnabled);
        entry->setCheckState(Qt::Unchecked);
    }
    // The routes are the one step only the user can vouch for: it is theirs to tick.
    connect(m_ui->stepsList, &QListWidget::itemChanged, this, [this] {
        if (!m_updating) {
            update();
        }
    });
}

ReadyChecklist::~ReadyChecklist() = default;

QListWidgetItem *ReadyChecklist::item(Step step) const
{
    return m_ui->stepsList->item(static_cast<int>(step));
}

void ReadyChecklist::start(const Peering &peering, const QString &atlasCidr)
{
    m_updating = true;
    const Provider provider = peering.provider().value_or(Provider::Aws);
    const QString cloud = providerDisplayName(provider);
    item(Step::Accepted)
        ->setText(provider == Provider::Azure ? tr("Atlas has finished the peering with your VNet (AVAILABLE)")
                                              : tr("The peering is accepted in %1 and AVAILABLE").arg(cloud));
    QListWidgetItem *routes = item(Step::Routes);
    if (provider == Provider::Aws) {
        routes->setText(atlasCidr.isEmpty()
                            ? tr("Your VPC's route tables send Atlas's CIDR over the peering (tick when done)")
                            : tr("Your VPC's route tables send %1 over the peering (tick when done)").arg(atlasCidr));
        routes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        routes->setCheckState(Qt::Unchecked);
    } else {
        routes->setText(tr("Routes: %1 exchanges them by itself").arg(cloud));
        routes->setFlags(Qt::ItemIsEnabled);
        routes->setCheckState(Qt::Checked);
    }
    item(Step::AccessList)->setText(tr("Your network is on the project's IP access list (ACTIVE)"));
    item(Step::AccessList)->setCheckState(Qt::Unchecked);
    item(Step::PrivateString)->setText(tr("The cluster's private connection string is copied"));
    item(Step::PrivateString)->setCheckState(Qt::Unchecked);
    item(Step::Accepted)->setCheckState(Qt::Unchecked);
    m_updating = false;
    followStatus(peering);
}

void ReadyChecklist::followStatus(const Peering &peering)
{
    setDone(Step::Accepted, peering.phase() == Peering::Phase::Available);
}

void ReadyChecklist::setDone(Step step, bool done)
{
    m_updating = true;
    item(step)->setCheckState(done ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    update();
}

void ReadyChecklist::fitList()
{
    // As tall as its rows at the current width (a long step wraps): the list never scrolls, and takes no more room.
    QListWidget *list = m_ui->stepsList;
    int height = 2 * list->frameWidth();
    for (int row = 0; row < list->count(); ++row) {
        height += list->visualItemRect(list->item(row)).height() + 2 * list->spacing();
    }
    list->setFixedHeight(height);
}

void ReadyChecklist::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    // Wrapping follows the width: the rows are laid out again first, then measured.
    m_ui->stepsList->doItemsLayout();
    fitList();
}

bool ReadyChecklist::isDone(Step step) const
{
    return item(step)->checkState() == Qt::Checked;
}

bool ReadyChecklist::isReady() const
{
    return isDone(Step::Accepted) && isDone(Step::Routes) && isDone(Step::AccessList) && isDone(Step::PrivateString);
}

QString ReadyChecklist::summary() const
{
    return m_ui->summaryLabel->text();
}

void ReadyChecklist::update()
{
    int left = 0;
    for (int i = 0; i < m_ui->stepsList->count(); ++i) {
        left += m_ui->stepsList->item(i)->checkState() == Qt::Checked ? 0 : 1;
    }
    m_ui->summaryLabel->setText(left == 0 ? tr("Ready: an application in your network can connect to the cluster.")
                                          : tr("%n step(s) left before an application can connect.", nullptr, left));
    fitList();
    const bool ready = left == 0;
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT readyChanged(ready);
    }
}

} // namespace PeeringDesk
