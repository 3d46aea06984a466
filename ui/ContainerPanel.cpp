// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainerPanel.h"

#include "ui_ContainerPanel.h"

#include "UiLog.h"
#include "api/AtlasApi.h"
#include "model/AwsRegions.h"
#include "model/AzureRegions.h"
#include "model/GcpRegions.h"
#include "peering/FailureText.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace PeeringDesk {

namespace {

enum Column { RegionColumn, CidrColumn, ProvisionedColumn, IdColumn, ColumnCount };

} // namespace

ContainerPanel::ContainerPanel(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContainerPanel>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->cidrWinsIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_ui->containerTable->setColumnCount(ColumnCount);
    m_ui->containerTable->setHorizontalHeaderLabels({tr("Region"), tr("Atlas CIDR"), tr("Provisioned"), tr("ID")});
    m_ui->containerTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->containerTable->verticalHeader()->setVisible(false);
    m_ui->containerTable->setTextElideMode(Qt::ElideMiddle);
    // Tab leaves the table for the next control, as in a form; the arrows move between rows.
    m_ui->containerTable->setTabKeyNavigation(false);
    m_ui->containerTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->createGroup->setVisible(false);
    fillTable();
    updateForm();
    refresh();

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ContainerPanel::refresh);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { showCreateForm(!m_ui->createGroup->isVisible()); });
    connect(m_ui->createContainerButton, &QPushButton::clicked, this, &ContainerPanel::createContainer);
    connect(m_ui->cidrEdit, &QLineEdit::textChanged, this, &ContainerPanel::updateForm);
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &ContainerPanel::updateForm);
    connect(m_ui->gcpRegionList, &QListWidget::itemChanged, this, &ContainerPanel::updateForm);
    connect(m_ui->containerTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const auto container = selectedContainer()) {
            Q_EMIT containerSelected(*container);
        }
    });
}

ContainerPanel::~ContainerPanel() = default;

bool ContainerPanel::isBusy() const
{
    return (m_listCall && m_listCall->isRunning()) || (m_createCall && m_createCall->isRunning());
}

void ContainerPanel::setProject(const QString &groupId, Provider provider)
{
    const bool providerChanged = provider != m_provider;
    m_groupId = groupId;
    m_provider = provider;
    if (providerChanged && !m_ui->createGroup->isHidden()) {
        fillRegions();
    } else if (providerChanged) { // filled for the new provider when the form is shown
        m_ui->regionCombo->clear();
        m_ui->gcpRegionList->clear();
    }
    m_containers.clear();
    fillTable();
    updateForm();
    // A list still coming for the previous project or provider would land in this one.
    if (m_listCall) {
        m_listCall->abandon();
    }
    refresh();
}

void ContainerPanel::fillRegions()
{
    const bool gcp = m_provider == Provider::Gcp;
    m_ui->regionCombo->setVisible(!gcp);
    m_ui->gcpRegionList->setVisible(gcp);
    m_ui->gcpHintLabel->setVisible(gcp);
    m_ui->regionCombo->clear();
    m_ui->gcpRegionList->clear();
    if (gcp) {
        for (const QString &name : GcpRegions::atlasNames()) {
            auto *item = new QListWidgetItem(name, m_ui->gcpRegionList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        return;
    }
    QStringList names;
    if (m_provider == Provider::Aws) {
        for (const QString &cloudName : AwsRegions::cloudNames()) {
            names.append(AwsRegions::toAtlasName(cloudName));
        }
    } else {
        names = AzureRegions::atlasNames();
        names.sort();
    }
    for (const QString &name : std::as_const(names)) {
        // Atlas's name is what the API takes; AWS's spelling beside it is what people know.
        const QString label =
            m_provider == Provider::Aws ? tr("%1 (%2)").arg(name, AwsRegions::toCloudName(name)) : name;
        m_ui->regionCombo->addItem(label, name);
    }
}

void ContainerPanel::refresh()
{
    if (m_groupId.isEmpty()) {
        showStatus(tr("Choose a project first: its network containers are listed here."));
        return;
    }
    if (m_listCall && m_listCall->isRunning()) {
        return;
    }
    m_listCall = m_api->listContainers(m_groupId, m_provider, this,
                                       [this](const AtlasResult<QList<Container>> &result) { onListed(result); });
    connect(m_listCall, &AtlasCall::waiting, this,
            [this](int seconds) { showStatus(AtlasCall::waitingMessage(seconds)); });
    showStatus(tr("Loading %1 containers…").arg(providerDisplayName(m_provider)));
}

void ContainerPanel::onListed(const AtlasResult<QList<Container>> &result)
{
    if (!result.isOk()) {
        showStatus(tr("Could not list containers: %1").arg(FailureText::oneLine(result.failure())));
        return;
    }
    const QString selected = selectedContainer() ? selectedContainer()->id : QString();
    m_containers = result.value();
    fillTable();
    showStatus(m_containers.isEmpty()
                   ? tr("This project has no %1 container yet: create one below.").arg(providerDisplayName(m_provider))
                   : tr("Choose the container to peer with."));
    if (m_containers.isEmpty()) {
        showCreateForm(true);
    } else if (!selected.isEmpty()) {
        selectContainer(selected);
    } else if (m_containers.size() == 1) {
        selectContainer(m_containers.first().id);
    }
    updateForm();
    Q_EMIT containersLoaded(int(m_containers.size()));
}

void ContainerPanel::fillTable()
{
    const QSignalBlocker blocker(m_ui->containerTable);
    m_ui->containerTable->setRowCount(int(m_containers.size()));
    for (int row = 0; row < m_containers.size(); ++row) {
        const Container &container = m_containers.at(row);
        const QStringList cells{container.regionText(), container.atlasCidrBlock,
                                container.provisioned ? tr("Yes") : tr("No"), container.id};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setData(Qt::UserRole, container.id);
            item->setToolTip(cells.at(column));
            m_ui->containerTable->setItem(row, column, item);
        }
    }
    m_ui->containerTable->resizeColumnsToContents();
    fitTable();
}

void ContainerPanel::fitTable()
{
    // What the user has not reached takes no room: no table before there is something to choose, and then as tall
    // as its rows (a few; more scroll), so the provider's fields stay near the top of the form.
    QTableWidget *table = m_ui->containerTable;
    const int rows = int(m_containers.size());
    table->setVisible(rows > 0);
    m_ui->refreshButton->setVisible(!m_groupId.isEmpty());
    m_ui->newButton->setVisible(!m_groupId.isEmpty());
    constexpr int mostRowsShown = 4;
    const int shown = std::clamp(rows, 1, mostRowsShown);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          shown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

std::optional<Container> ContainerPanel::selectedContainer() const
{
    const QList<QTableWidgetItem *> items = m_ui->containerTable->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const QString id = items.first()->data(Qt::UserRole).toString();
    for (const Container &container : m_containers) {
        if (container.id == id) {
            return container;
        }
    }
    return std::nullopt;
}

void ContainerPanel::selectContainer(const QString &containerId)
{
    for (int row = 0; row < m_containers.size(); ++row) {
        if (m_containers.at(row).id == containerId) {
            m_ui->containerTable->selectRow(row);
            return;
        }
    }
}

ContainerRequest ContainerPanel::containerRequest() const
{
    ContainerRequest request;
    request.provider = m_provider;
    request.atlasCidrBlock = m_ui->cidrEdit->text();
    if (m_provider == Provider::Gcp) {
        for (int i = 0; i < m_ui->gcpRegionList->count(); ++i) {
            if (m_ui->gcpRegionList->item(i)->checkState() == Qt::Checked) {
                request.regions.append(m_ui->gcpRegionList->item(i)->text());
            }
        }
    } else {
        request.region = m_ui->regionCombo->currentData().toString();
    }
    return request;
}

QList<QWidget *> ContainerPanel::tabChain() const
{
    return {m_ui->containerTable, m_ui->refreshButton,        m_ui->newButton, m_ui->regionCombo, m_ui->gcpRegionList,
            m_ui->cidrEdit,       m_ui->createContainerButton};
}

void ContainerPanel::showCreateForm(bool shown)
{
    // The region lists (every region of the provider) are filled when the form is first needed.
    if (shown && (m_ui->regionCombo->count() == 0 && m_ui->gcpRegionList->count() == 0)) {
        fillRegions();
    }
    m_ui->createGroup->setVisible(shown);
    m_ui->newButton->setText(shown ? tr("Hide New Container") : tr("&New Container…"));
}

void ContainerPanel::updateForm()
{
    const ContainerRequest request = containerRequest();
    const FieldProblems problems = request.validate();
    QStringList messages;
    for (const FieldProblem &problem : problems) {
        messages.append(problem.message);
    }
    // Nothing typed yet is not an error worth shouting about.
    const bool pristine = m_ui->cidrEdit->text().isEmpty();
    m_ui->cidrProblemLabel->setText(pristine ? QString() : messages.join(QLatin1Char('\n')));
    m_ui->cidrProblemLabel->setVisible(!pristine && !messages.isEmpty());
    const auto existing = request.existingIn(m_containers);
    QString wins = problems.isEmpty() ? request.cidrWinsWarning(m_containers) : QString();
    if (wins.isEmpty() && existing && problems.isEmpty()) {
        wins = tr("Container %1 already covers this region: choose it in the list above.").arg(existing->id);
    }
    m_ui->cidrWinsLabel->setText(wins);
    m_ui->cidrWinsLabel->setVisible(!wins.isEmpty());
    m_ui->cidrWinsIcon->setVisible(!wins.isEmpty());
    m_ui->createContainerButton->setEnabled(problems.isEmpty() && !m_groupId.isEmpty() && !m_createCall && !existing);
}

bool ContainerPanel::createContainer()
{
    const ContainerRequest request = containerRequest();
    if (!request.isValid() || m_groupId.isEmpty() || m_createCall) {
        return false;
    }
    m_createCall = m_api->createContainer(m_groupId, request, this,
                                          [this](const AtlasResult<Container> &result) { onCreated(result); });
    showStatus(tr("Creating the container…"));
    updateForm();
    return true;
}

void ContainerPanel::onCreated(const AtlasResult<Container> &result)
{
    m_createCall = nullptr;
    if (!result.isOk()) {
        showStatus(tr("Atlas did not create the container: %1").arg(FailureText::oneLine(result.failure())));
        updateForm();
        return;
    }
    const Container &container = result.value();
    qCInfo(lcUi) << "created container" << container.id;
    m_containers.append(container);
    fillTable();
    m_ui->cidrEdit->clear();
    showCreateForm(false);
    showStatus(tr("Created container %1 in %2.").arg(container.id, container.regionText()));
    updateForm();
    Q_EMIT containerCreated(container);
    selectContainer(container.id);
}

void ContainerPanel::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

} // namespace PeeringDesk
