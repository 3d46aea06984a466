// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsView.h"

#include "ui_PeeringsView.h"

#include "PeeringsModel.h"
#include "UiLog.h"
#include "api/AtlasApi.h"
#include "peering/FailureText.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace PeeringDesk {

namespace {

// The list endpoint answers AWS only unless told otherwise, which is how peerings "disappear" elsewhere.
constexpr Provider everyProvider[] = {Provider::Aws, Provider::Azure, Provider::Gcp};

} // namespace

PeeringsView::PeeringsView(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeeringsView>())
    , m_api(api)
    , m_model(new PeeringsModel(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    // Fixed row heights and no per-row sizing: the view then never measures all rows, which keeps 1,500 fast.
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PeeringsView::refresh);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &PeeringsView::deleteSelected);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeeringsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeeringsView::updateButtons);
    connect(m_ui->table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT peeringActivated(m_model->peering(index.row())); });
    updateButtons();
}

PeeringsView::~PeeringsView() = default;

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
    refresh();
}

void PeeringsView::refresh()
{
    for (const QPointer<AtlasCall> &call : std::as_const(m_listCalls)) {
        if (call) {
            call->abandon();
        }
    }
    m_listCalls.clear();
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
        m_ui->table->selectRow(row);
        m_ui->table->scrollTo(m_model->index(row, 0));
    }
}

void PeeringsView::updateButtons()
{
    m_ui->refreshButton->setEnabled(!m_groupId.isEmpty() && !isLoading());
    m_ui->deleteButton->setEnabled(selectedPeering().has_value() && !m_deleteCall && !m_confirm);
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
