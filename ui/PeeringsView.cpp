// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsView.h"

#include "ui_PeeringsView.h"

#include "PeeringsColumnWidths.h"
#include "PeeringsModel.h"
#include "UiLog.h"
#include "api/AtlasApi.h"
#include "peering/FailureText.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace PeeringDesk {

namespace {

// The list endpoint answers AWS only unless told otherwise, which is how peerings "disappear" elsewhere.
constexpr Provider everyProvider[] = {Provider::Aws, Provider::Azure, Provider::Gcp};

bool opensContextMenu(const QKeyEvent &event)
{
    return event.key() == Qt::Key_Menu || (event.key() == Qt::Key_F10 && event.modifiers() == Qt::ShiftModifier);
}

/// The keys the table answers itself, even when a window-wide shortcut uses the same one.
bool isTableKey(const QKeyEvent &event)
{
    return event.matches(QKeySequence::Copy) || opensContextMenu(event) ||
           (event.key() == Qt::Key_Delete && event.modifiers() == Qt::NoModifier);
}

void abandonAll(QList<QPointer<AtlasCall>> &calls)
{
    for (const QPointer<AtlasCall> &call : std::as_const(calls)) {
        if (call) {
            call->abandon();
        }
    }
    calls.clear();
}

} // namespace

PeeringsView::PeeringsView(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeeringsView>())
    , m_api(api)
    , m_model(new PeeringsModel(this))
    , m_menu(new QMenu(this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->table;
    table->setModel(m_model);
    // Fixed row heights and no per-row sizing: the view then never measures all rows, which keeps 1,500 fast.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->installEventFilter(this);
    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    m_menu->setObjectName(QStringLiteral("peeringsContextMenu"));
    m_menu->setAccessibleName(tr("Peering actions"));
    m_menu->addAction(m_ui->showDetailsAction);
    m_menu->addSeparator();
    m_menu->addAction(m_ui->copyIdAction);
    m_menu->addAction(m_ui->copyRowAction);
    m_menu->addSeparator();
    m_menu->addAction(m_ui->deleteAction);
    m_menu->setDefaultAction(m_ui->showDetailsAction);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PeeringsView::refresh);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &PeeringsView::deleteSelected);
    connect(m_ui->showDetailsAction, &QAction::triggered, this, &PeeringsView::activateSelected);
    connect(m_ui->copyIdAction, &QAction::triggered, this, &PeeringsView::copySelectedId);
    connect(m_ui->copyRowAction, &QAction::triggered, this, &PeeringsView::copySelectedRow);
    connect(m_ui->deleteAction, &QAction::triggered, this, &PeeringsView::deleteSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeeringsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeeringsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { PeeringsColumnWidths::apply(m_ui->table); });
    // Enter, and a double-click (or a single one where the platform activates on it).
    connect(table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT peeringActivated(m_model->peering(index.row())); });
    connect(table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &viewportPos) { openContextMenu(viewportPos); });
    PeeringsColumnWidths::apply(table);
    updateButtons();
}

PeeringsView::~PeeringsView() = default;

QTableView *PeeringsView::table() const
{
    return m_ui->table;
}

bool PeeringsView::isLoading() const
{
    return std::any_of(m_listCalls.cbegin(), m_listCalls.cend(),
                       [](const QPointer<AtlasCall> &call) { return call && call->isRunning(); });
}

void PeeringsView::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId) {
        return;
    }
    m_groupId = groupId;
    m_model->setPeerings({});
    m_model->clearContainers();
    refresh();
}

void PeeringsView::refresh()
{
    abandonAll(m_listCalls);
    abandonAll(m_containerCalls);
    m_containerListsPending = 0;
    m_listed.clear();
    if (m_groupId.isEmpty()) {
        return;
    }
    for (const Provider provider : everyProvider) {
        AtlasCall *call =
            m_api->listPeerings(m_groupId, provider, this, [this, provider](const AtlasResult<QList<Peering>> &result) {
                onListed(provider, result);
            });
        connect(call, &AtlasCall::waiting, this,
                [this](int seconds) { m_ui->statusLabel->setText(AtlasCall::waitingMessage(seconds)); });
        m_listCalls.append(call);
    }
    m_ui->statusLabel->setText(tr("Loading the peerings of every provider…"));
    updateButtons();
}

void PeeringsView::onListed(Provider provider, const AtlasResult<QList<Peering>> &result)
{
    m_listed.insert_or_assign(provider, result);
    if (m_listed.size() == std::size(everyProvider)) {
        showListed();
    }
}

void PeeringsView::showListed()
{
    QList<Peering> all;
    QStringList problems;
    for (const auto &[provider, result] : m_listed) {
        if (result.isOk()) {
            all.append(result.value());
        } else {
            problems.append(FailureText::oneLine(result.failure()));
        }
    }
    const QString keep = selectedPeering() ? selectedPeering()->id() : QString();
    m_model->setPeerings(all);
    if (!keep.isEmpty()) {
        selectPeering(keep);
    }
    const QString counts = tr("%n peering(s): %1 AWS, %2 Azure, %3 Google Cloud.", nullptr, int(all.size()))
                               .arg(m_model->countOf(Provider::Aws))
                               .arg(m_model->countOf(Provider::Azure))
                               .arg(m_model->countOf(Provider::Gcp));
    m_ui->statusLabel->setText(
        problems.isEmpty() ? counts
                           : tr("%1 Some lists could not be read: %2").arg(counts, problems.join(QLatin1Char(' '))));
    qCInfo(lcUi) << "listed" << all.size() << "peerings";
    updateButtons();
    Q_EMIT loaded(int(all.size()));
    listContainers();
}

void PeeringsView::listContainers()
{
    // Only what some row still lacks: AWS peerings name their own CIDR, and known containers are kept.
    for (const Provider provider : everyProvider) {
        if (m_model->needsContainersOf(provider)) {
            ++m_containerListsPending;
            m_containerCalls.append(
                m_api->listContainers(m_groupId, provider, this, [this](const AtlasResult<QList<Container>> &result) {
                    onContainersListed(result);
                }));
        }
    }
    if (m_containerListsPending == 0) {
        Q_EMIT containersLoaded();
    }
}

void PeeringsView::onContainersListed(const AtlasResult<QList<Container>> &result)
{
    if (result.isOk()) {
        m_model->addContainers(result.value());
    } else {
        // The cells say "not known"; the peerings themselves were read, and that is what the status line reports.
        qCInfo(lcUi) << "could not list containers:" << FailureText::oneLine(result.failure());
    }
    if (--m_containerListsPending == 0) {
        m_containerCalls.clear();
        PeeringsColumnWidths::apply(m_ui->table);
        Q_EMIT containersLoaded();
    }
}

std::optional<Peering> PeeringsView::selectedPeering() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->peering(rows.first().row());
}

void PeeringsView::selectPeering(const QString &peeringId)
{
    const int row = m_model->rowOf(peeringId);
    if (row >= 0) {
        // Current as well as selected: Enter and the menu key act on the current row.
        m_ui->table->setCurrentIndex(m_model->index(row, PeeringsModel::IdColumn));
        m_ui->table->scrollTo(m_model->index(row, PeeringsModel::IdColumn));
    }
}

void PeeringsView::updateButtons()
{
    const bool selected = selectedPeering().has_value();
    m_ui->refreshButton->setEnabled(!m_groupId.isEmpty() && !isLoading());
    m_ui->deleteButton->setEnabled(selected && !m_deleteCall && !m_confirm);
    m_ui->deleteAction->setEnabled(m_ui->deleteButton->isEnabled());
    m_ui->showDetailsAction->setEnabled(selected);
    m_ui->copyIdAction->setEnabled(selected);
    m_ui->copyRowAction->setEnabled(selected);
}

void PeeringsView::activateSelected()
{
    if (const auto peering = selectedPeering()) {
        Q_EMIT peeringActivated(*peering);
    }
}

void PeeringsView::copySelectedId()
{
    if (const auto peering = selectedPeering()) {
        QGuiApplication::clipboard()->setText(peering->id());
        Q_EMIT statusMessage(tr("Copied the ID of peering %1.").arg(peering->id()));
    }
}

void PeeringsView::copySelectedRow()
{
    if (const auto peering = selectedPeering()) {
        QGuiApplication::clipboard()->setText(m_model->rowText(m_model->rowOf(peering->id())));
        Q_EMIT statusMessage(tr("Copied the row of peering %1.").arg(peering->id()));
    }
}

void PeeringsView::openContextMenu(std::optional<QPoint> viewportPos)
{
    // The menu key can arrive both as a key and as a context menu event: one menu.
    if (m_menu->isVisible()) {
        return;
    }
    QTableView *table = m_ui->table;
    if (viewportPos) {
        const QModelIndex under = table->indexAt(*viewportPos);
        if (under.isValid()) {
            table->setCurrentIndex(under);
        }
    } else if (!selectedPeering() && table->currentIndex().isValid()) {
        table->setCurrentIndex(table->currentIndex());
    }
    const auto peering = selectedPeering();
    if (!peering) {
        return;
    }
    QPoint at;
    if (viewportPos) {
        at = *viewportPos;
    } else {
        const QModelIndex index = m_model->index(m_model->rowOf(peering->id()), PeeringsModel::IdColumn);
        table->scrollTo(index);
        at = table->visualRect(index).bottomLeft();
    }
    updateButtons();
    m_menu->popup(table->viewport()->mapToGlobal(at));
}

bool PeeringsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ui->table) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride && isTableKey(*static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        const auto &key = *static_cast<QKeyEvent *>(event);
        if (key.matches(QKeySequence::Copy)) {
            copySelectedId();
            return true;
        }
        if (opensContextMenu(key)) {
            openContextMenu();
            return true;
        }
        if (key.key() == Qt::Key_Delete && key.modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    // A keyboard context menu event carries the table's coordinates, not the viewport's: open it at the row.
    if (event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        openContextMenu();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PeeringsView::deleteSelected()
{
    const auto peering = selectedPeering();
    if (!peering || m_deleteCall || m_confirm) {
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Peering"),
        tr("Delete peering %1 (%2, %3)?").arg(peering->id(), PeeringsModel::peerNetwork(*peering), peering->status()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString consequences = tr("Applications in that network lose their connection to the clusters.");
    const bool lastAws = peering->provider() == Provider::Aws && m_model->countOf(Provider::Aws) == 1;
    if (lastAws) {
        box->setIcon(QMessageBox::Warning);
        consequences += QLatin1Char(' ') + tr("This is the project's last AWS peering: Atlas also removes any AWS "
                                              "security groups from the project's IP access list.");
    }
    box->setInformativeText(consequences);
    const Peering chosen = *peering;
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, chosen] {
        const bool confirmed = box->clickedButton() == deleteButton;
        m_confirm = nullptr;
        if (confirmed) {
            deletePeering(chosen);
        }
        updateButtons();
    });
    m_confirm = box;
    updateButtons();
    box->open();
}

void PeeringsView::deletePeering(const Peering &peering)
{
    const QString id = peering.id();
    m_deleteCall = m_api->deletePeering(
        m_groupId, id, this, [this, id](const AtlasResult<PeeringDeletion> &result) { onDeleted(result, id); });
    m_ui->statusLabel->setText(tr("Deleting peering %1…").arg(id));
    updateButtons();
}

void PeeringsView::onDeleted(const AtlasResult<PeeringDeletion> &result, const QString &peeringId)
{
    m_deleteCall = nullptr;
    // Already gone or already going count as done (AtlasApi says which): the row goes either way.
    if (result.isOk()) {
        m_model->removePeering(peeringId);
        qCInfo(lcUi) << "deleted peering" << peeringId;
        m_ui->statusLabel->setText(tr("Atlas is deleting peering %1.").arg(peeringId));
        Q_EMIT statusMessage(tr("Deleted peering %1").arg(peeringId));
        Q_EMIT deleted(peeringId);
    } else {
        m_ui->statusLabel->setText(
            tr("Could not delete peering %1: %2").arg(peeringId, FailureText::oneLine(result.failure())));
    }
    updateButtons();
}

} // namespace PeeringDesk
