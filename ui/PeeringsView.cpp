// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsView.h"

#include "ui_PeeringsView.h"

#include "PeeringsModel.h"
#include "UiLog.h"
#include "transport/AtlasClient.h"
#include "peering/ErrorGuidance.h"
#include "transport/PagedFetch.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace PeeringDesk {

namespace {

QString failureText(const RequestFailure &failure)
{
    QString text = failure.message();
    if (failure.apiError()) {
        const QString advice = ErrorGuidance::forError(*failure.apiError());
        if (!advice.isEmpty()) {
            text += QLatin1Char(' ') + advice;
        }
    }
    return text;
}

} // namespace

PeeringsView::PeeringsView(AtlasClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeeringsView>())
    , m_client(client)
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
    return std::any_of(m_fetches.cbegin(), m_fetches.cend(),
                       [](const QPointer<PagedFetch> &fetch) { return fetch && fetch->isRunning(); });
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
    for (const QPointer<PagedFetch> &fetch : std::as_const(m_fetches)) {
        if (fetch) {
            fetch->disconnect(this);
            fetch->cancel();
            fetch->deleteLater();
        }
    }
    m_fetches.clear();
    if (m_groupId.isEmpty()) {
        return;
    }
    // The list endpoint answers AWS only unless told otherwise, which is how peerings "disappear" elsewhere.
    for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        auto *fetch = new PagedFetch(m_client, QStringLiteral("/groups/%1/peers").arg(m_groupId),
                                     QUrlQuery{{QStringLiteral("providerName"), providerWireName(provider)}}, this);
        connect(fetch, &PagedFetch::finished, this, &PeeringsView::onFetched);
        connect(fetch, &PagedFetch::waiting, this,
                [this](int seconds) { m_ui->statusLabel->setText(PagedFetch::waitingMessage(seconds)); });
        m_fetches.append(fetch);
    }
    m_ui->statusLabel->setText(tr("Loading the peerings of every provider…"));
    updateButtons();
    for (const QPointer<PagedFetch> &fetch : std::as_const(m_fetches)) {
        fetch->start();
    }
}

void PeeringsView::onFetched()
{
    if (isLoading()) {
        return;
    }
    QList<Peering> all;
    QStringList problems;
    for (const QPointer<PagedFetch> &fetch : std::as_const(m_fetches)) {
        if (!fetch) {
            continue;
        }
        if (fetch->failure()) {
            problems.append(failureText(*fetch->failure()));
        }
        for (const QJsonValue &item : fetch->results()) {
            if (auto peering = Peering::fromJson(item.toObject())) {
                all.append(*peering);
            }
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
    m_ui->deleteButton->setEnabled(selectedPeering().has_value() && !m_deleteReply && !m_confirm);
}

void PeeringsView::deleteSelected()
{
    const auto peering = selectedPeering();
    if (!peering || m_deleteReply || m_confirm) {
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
    AtlasReply *reply =
        m_client->send(QByteArrayLiteral("DELETE"), QStringLiteral("/groups/%1/peers/%2").arg(m_groupId, peering.id()));
    m_deleteReply = reply;
    const QString id = peering.id();
    connect(reply, &AtlasReply::finished, this, [this, reply, id] { onDeleted(reply, id); });
    m_ui->statusLabel->setText(tr("Deleting peering %1…").arg(id));
    updateButtons();
}

void PeeringsView::onDeleted(AtlasReply *reply, const QString &peeringId)
{
    reply->deleteLater();
    m_deleteReply = nullptr;
    const QString code =
        reply->failure() && reply->failure()->apiError() ? reply->failure()->apiError()->errorCode() : QString();
    // Already gone or already going: for the user that is the same as a deletion that worked.
    if (reply->isOk() || code == QLatin1String("PEER_NOT_FOUND") ||
        code == QLatin1String("PEER_ALREADY_REQUESTED_DELETION")) {
        m_model->removePeering(peeringId);
        qCInfo(lcUi) << "deleted peering" << peeringId;
        m_ui->statusLabel->setText(tr("Atlas is deleting peering %1.").arg(peeringId));
        Q_EMIT statusMessage(tr("Deleted peering %1").arg(peeringId));
        Q_EMIT deleted(peeringId);
    } else if (reply->failure()) {
        m_ui->statusLabel->setText(
            tr("Could not delete peering %1: %2").arg(peeringId, failureText(*reply->failure())));
    }
    updateButtons();
}

} // namespace PeeringDesk
