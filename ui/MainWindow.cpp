// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "FieldFeedback.h"
#include "ProfileDialog.h"
#include "ProviderPage.h"
#include "SandboxSession.h"
#include "UiLog.h"
#include "atlas/AtlasClient.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardItemModel>

namespace PeeringDesk {

namespace {

const QString sandboxItemData = QStringLiteral("\x01sandbox"); // cannot collide with a profile name

int indexFor(Provider provider)
{
    return static_cast<int>(provider);
}

} // namespace

MainWindow::MainWindow(AtlasClient *client, ProfileStore *profiles, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_profiles(profiles)
    , m_store(profiles->credentialStore())
    , m_settings(settings)
    , m_submitter(new PeeringSubmitter(client, m_store, this))
    , m_sandbox(new SandboxSession(m_store, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/peering-desk.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    setupFields();
    setupActions();
    setupProfiles();

    connect(m_submitter, &PeeringSubmitter::stateChanged, this, &MainWindow::onSubmitterStateChanged);
    connect(m_submitter, &PeeringSubmitter::finished, this, &MainWindow::onSubmitFinished);
    connect(m_ui->resultsPanel, &ResultsPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_ui->resultsPanel, &ResultsPanel::connectionSettingsRequested, this, &MainWindow::showProfilesDialog);

    restoreSettings();
    revalidate();
    statusBar()->showMessage(tr("Ready. Requests go to %1.").arg(m_client->baseUrl().toString()));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupFields()
{
    m_groupIdField =
        new FieldFeedback(QStringLiteral("groupId"), m_ui->groupIdLineEdit, m_ui->groupIdProblemLabel, this);
    m_containerIdField = new FieldFeedback(QStringLiteral("containerId"), m_ui->containerIdLineEdit,
                                           m_ui->containerIdProblemLabel, this);

    const QList<ProviderPage *> pages{m_ui->awsPage, m_ui->azurePage, m_ui->gcpPage};
    for (ProviderPage *page : pages) {
        connect(page, &ProviderPage::edited, this, &MainWindow::revalidate);
    }
    connect(m_ui->groupIdLineEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->containerIdLineEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::onProviderChanged);

    // Enter in any field submits, as in any desktop form.
    QList<QLineEdit *> edits{m_ui->groupIdLineEdit, m_ui->containerIdLineEdit};
    for (ProviderPage *page : pages) {
        for (FieldFeedback *field : page->fields()) {
            edits.append(field->edit());
        }
    }
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::createPeering);
    }
    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::createPeering);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_submitter, &PeeringSubmitter::cancel);
}

void MainWindow::setupActions()
{
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->copyResponseAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_ui->clearFormAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_ui->aboutAction->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &MainWindow::showProfilesDialog);
    connect(m_ui->sandboxAction, &QAction::triggered, this, &MainWindow::setSandboxEnabled);
    connect(m_ui->copyPeeringIdAction, &QAction::triggered, m_ui->resultsPanel, &ResultsPanel::copyPeeringId);
    connect(m_ui->copyResponseAction, &QAction::triggered, m_ui->resultsPanel, &ResultsPanel::copyRawResponse);
    connect(m_ui->clearFormAction, &QAction::triggered, this, &MainWindow::clearForm);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, this, &MainWindow::createPeering);
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancel, &QShortcut::activated, m_submitter, &PeeringSubmitter::cancel);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings->value(AppSettings::Key::WindowState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings->value(AppSettings::Key::SplitterState).toByteArray());
    m_ui->groupIdLineEdit->setText(m_settings->value(AppSettings::Key::LastGroupId).toString());
    m_ui->containerIdLineEdit->setText(m_settings->value(AppSettings::Key::LastContainerId).toString());
    const auto provider = providerFromWireName(m_settings->value(AppSettings::Key::LastProvider).toString());
    setProvider(provider.value_or(Provider::Aws));
    onProviderChanged(m_ui->providerComboBox->currentIndex());
    m_ui->envelopeCheckBox->setChecked(m_settings->value(AppSettings::Key::Envelope).toBool());
    m_ui->prettyCheckBox->setChecked(m_settings->value(AppSettings::Key::Pretty).toBool());
    applyConnection();
}

void MainWindow::saveFormSettings()
{
    if (!isSandboxEnabled()) {
        // The sandbox's demo ids would only confuse the next real session.
        m_settings->setValue(AppSettings::Key::LastGroupId, m_ui->groupIdLineEdit->text().trimmed());
        m_settings->setValue(AppSettings::Key::LastContainerId, m_ui->containerIdLineEdit->text().trimmed());
    }
    m_settings->setValue(AppSettings::Key::LastProvider, providerWireName(currentProvider()));
    m_settings->setValue(AppSettings::Key::Envelope, m_ui->envelopeCheckBox->isChecked());
    m_settings->setValue(AppSettings::Key::Pretty, m_ui->prettyCheckBox->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_submitter->isBusy()) {
        m_submitter->cancel();
    }
    saveFormSettings();
    m_settings->setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::WindowState, saveState());
    m_settings->setValue(AppSettings::Key::SplitterState, m_ui->mainSplitter->saveState());
    m_settings->sync();
    event->accept();
}

Provider MainWindow::currentProvider() const
{
    return currentPage()->provider();
}

void MainWindow::setProvider(Provider provider)
{
    m_ui->providerComboBox->setCurrentIndex(indexFor(provider));
}

ProviderPage *MainWindow::currentPage() const
{
    switch (m_ui->providerComboBox->currentIndex()) {
    case 1:
        return m_ui->azurePage;
    case 2:
        return m_ui->gcpPage;
    default:
        return m_ui->awsPage;
    }
}

QList<FieldFeedback *> MainWindow::allFields() const
{
    return QList<FieldFeedback *>{m_groupIdField, m_containerIdField} + currentPage()->fields();
}

PeeringRequest MainWindow::currentRequest() const
{
    return PeeringRequest(m_ui->groupIdLineEdit->text(), currentPage()->body(m_ui->containerIdLineEdit->text()));
}

void MainWindow::onProviderChanged(int index)
{
    // One page at a time; hidden pages take no room, so each page is as tall as its own fields.
    const QList<ProviderPage *> pages{m_ui->awsPage, m_ui->azurePage, m_ui->gcpPage};
    for (int i = 0; i < pages.size(); ++i) {
        pages.at(i)->setVisible(i == index);
    }
    static const char *const titles[] = {QT_TR_NOOP("Your AWS VPC"), QT_TR_NOOP("Your Azure VNet"),
                                         QT_TR_NOOP("Your Google Cloud VPC network")};
    m_ui->providerGroupBox->setTitle(tr(titles[qBound(0, index, 2)]));
    if (isSandboxEnabled()) {
        m_ui->containerIdLineEdit->setText(m_sandbox->containerId(currentProvider()));
    }
    revalidate();
}

void MainWindow::revalidate()
{
    const FieldProblems problems = currentRequest().validate();
    for (FieldFeedback *field : allFields()) {
        QString message;
        for (const FieldProblem &problem : problems) {
            if (problem.field == field->wireName()) {
                message = problem.message;
                break;
            }
        }
        field->setLocalProblem(message);
    }
    const bool busy = m_submitter->isBusy();
    m_ui->createButton->setEnabled(problems.isEmpty() && !busy);
    if (busy) {
        return;
    }
    m_ui->formStatusLabel->setText(problems.isEmpty() ? tr("Ready to create the peering.")
                                                      : tr("%n field(s) still need a value or a fix.", nullptr,
                                                           static_cast<int>(problems.size())));
}

void MainWindow::createPeering()
{
    if (m_submitter->isBusy()) {
        return; // never a second POST while one is in flight
    }
    const PeeringRequest request = currentRequest();
    const FieldProblems problems = request.validate();
    if (!problems.isEmpty()) {
        for (FieldFeedback *field : allFields()) {
            field->reveal();
        }
        for (FieldFeedback *field : allFields()) {
            if (field->hasProblem()) {
                field->edit()->setFocus();
                break;
            }
        }
        statusBar()->showMessage(tr("Fix the marked fields first: nothing was sent."), 5000);
        return;
    }
    if (!isSandboxEnabled() && activeProfileName().isEmpty()) {
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::CredentialsUnavailable;
        outcome.keychain = {KeychainResult::Status::NotFound,
                            {},
                            tr("There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API "
                               "key or service account), or try the built-in sandbox."),
                            {}};
        m_ui->resultsPanel->showOutcome(outcome);
        statusBar()->showMessage(tr("Nothing was sent: there is no profile."), 5000);
        return;
    }
    applyConnection();
    saveFormSettings();
    m_submitter->setProfile(isSandboxEnabled() ? SandboxSession::profileName() : activeProfileName());
    RequestOptions options;
    options.envelope = m_ui->envelopeCheckBox->isChecked();
    options.pretty = m_ui->prettyCheckBox->isChecked();
    qCInfo(lcUi) << "create peering:" << providerWireName(request.provider());
    m_submitter->submit(request, options);
}

void MainWindow::applyConnection()
{
    if (isSandboxEnabled()) {
        m_client->setBaseUrl(m_sandbox->baseUrl());
    } else if (const auto profile = m_profiles->activeProfile()) {
        m_client->setBaseUrl(profile->baseUrl());
    } else {
        m_client->setBaseUrl(AtlasClient::defaultBaseUrl());
    }
    m_client->setTransferTimeout(m_settings->value(AppSettings::Key::TimeoutSeconds).toInt() * 1000);
}

QString MainWindow::activeProfileName() const
{
    return m_profiles->activeProfileName();
}

void MainWindow::setupProfiles()
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_profiles, &ProfileStore::activeProfileChanged, this, &MainWindow::reloadProfiles);
    connect(m_ui->profileComboBox, &QComboBox::activated, this, &MainWindow::onProfileChosen);
    reloadProfiles();
}

void MainWindow::reloadProfiles()
{
    m_reloadingProfiles = true;
    QComboBox *combo = m_ui->profileComboBox;
    combo->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        combo->addItem(tr("%1 (%2, %3)")
                           .arg(profile.name, Profile::environmentName(profile.environment),
                                Profile::authMethodName(profile.authMethod)),
                       profile.name);
    }
    if (combo->count() > 0) {
        combo->insertSeparator(combo->count());
    }
    combo->addItem(tr("Sandbox (built-in fake Atlas)"), sandboxItemData);
    const QString selected = isSandboxEnabled() ? sandboxItemData : m_profiles->activeProfileName();
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
    m_reloadingProfiles = false;
    updateProviderAvailability();
    applyConnection();
}

void MainWindow::onProfileChosen(int index)
{
    if (m_reloadingProfiles) {
        return;
    }
    const QString chosen = m_ui->profileComboBox->itemData(index).toString();
    if (chosen == sandboxItemData) {
        if (!isSandboxEnabled()) {
            setSandboxEnabled(true);
        }
        return;
    }
    const QString previousDefault =
        m_profiles->activeProfile() ? m_profiles->activeProfile()->defaultGroupId : QString();
    if (isSandboxEnabled()) {
        m_sandbox->stop();
        m_ui->sandboxAction->setChecked(false);
        updateSandboxBanner();
    }
    m_profiles->setActiveProfileName(chosen);
    if (const auto profile = m_profiles->activeProfile(); profile && !profile->defaultGroupId.isEmpty()) {
        const QString typed = m_ui->groupIdLineEdit->text().trimmed();
        if (typed.isEmpty() || typed == previousDefault || typed == m_sandbox->demoGroupId()) {
            m_ui->groupIdLineEdit->setText(profile->defaultGroupId);
        }
    }
    reloadProfiles();
    statusBar()->showMessage(tr("Profile \"%1\": requests go to %2.").arg(chosen, m_client->baseUrl().toString()),
                             5000);
}

void MainWindow::updateProviderAvailability()
{
    const auto profile = isSandboxEnabled() ? std::nullopt : m_profiles->activeProfile();
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->providerComboBox->model());
    QString note;
    for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        const QString reason = profile ? profile->unsupportedReason(provider) : QString();
        if (QStandardItem *item = model ? model->item(static_cast<int>(provider)) : nullptr) {
            item->setEnabled(reason.isEmpty());
            item->setToolTip(reason);
        }
        if (!reason.isEmpty()) {
            note = reason;
            if (currentProvider() == provider) {
                setProvider(Provider::Aws);
            }
        }
    }
    m_ui->providerNoteLabel->setText(note);
    m_ui->providerNoteLabel->setVisible(!note.isEmpty());
}

void MainWindow::onSubmitterStateChanged(PeeringSubmitter::State state)
{
    const bool busy = state != PeeringSubmitter::State::Idle;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->createButton->setEnabled(!busy);
    switch (state) {
    case PeeringSubmitter::State::ReadingCredentials:
        m_ui->formStatusLabel->setText(tr("Reading the API key from the keychain…"));
        m_ui->resultsPanel->showBusy(tr("Reading credentials…"),
                                     tr("Your keychain may ask whether Peering Desk may use the stored key."));
        break;
    case PeeringSubmitter::State::Sending:
        m_ui->formStatusLabel->setText(tr("Sending to %1…").arg(m_client->baseUrl().host()));
        m_ui->resultsPanel->showBusy(
            tr("Creating the peering…"),
            tr("Waiting for %1. Press Cancel or Esc to stop waiting.").arg(m_client->baseUrl().toString()));
        break;
    case PeeringSubmitter::State::Idle:
        revalidate();
        break;
    }
}

void MainWindow::onSubmitFinished(const SubmitOutcome &outcome)
{
    m_ui->resultsPanel->showOutcome(outcome);
    if (outcome.kind == SubmitOutcome::Kind::Created) {
        statusBar()->showMessage(tr("Peering %1 created: %2.").arg(outcome.peering->id(), outcome.peering->status()));
        return;
    }
    if (outcome.kind == SubmitOutcome::Kind::CredentialsUnavailable) {
        statusBar()->showMessage(tr("Nothing was sent: the API key could not be read from the keychain."));
        return;
    }
    // Atlas's field violations go where the user can fix them.
    if (outcome.failure && outcome.failure->apiError()) {
        for (const FieldViolation &violation : outcome.failure->apiError()->fieldViolations()) {
            const QString wire = violation.field.section(u'.', -1);
            for (FieldFeedback *field : allFields()) {
                if (field->wireName() == wire) {
                    field->setServerProblem(tr("Atlas: %1").arg(violation.description));
                }
            }
        }
    }
    statusBar()->showMessage(outcome.failure ? outcome.failure->title() : tr("The request failed."));
}

void MainWindow::showProfilesDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        reloadProfiles();
        statusBar()->showMessage(tr("Requests go to %1.").arg(m_client->baseUrl().toString()), 5000);
    });
    dialog->open();
}

void MainWindow::setSandboxEnabled(bool enabled)
{
    m_ui->sandboxAction->setChecked(enabled);
    if (!enabled) {
        m_sandbox->stop();
        reloadProfiles();
        updateSandboxBanner();
        statusBar()->showMessage(tr("Sandbox off. Requests go to %1.").arg(m_client->baseUrl().toString()));
        return;
    }
    statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandbox->start(this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_ui->sandboxAction->setChecked(false);
            reloadProfiles();
            updateSandboxBanner();
            SubmitOutcome outcome;
            outcome.kind = SubmitOutcome::Kind::CredentialsUnavailable;
            outcome.keychain = {KeychainResult::Status::Unavailable, {}, message, {}};
            m_ui->resultsPanel->showOutcome(outcome);
            statusBar()->showMessage(tr("The sandbox could not start."));
            return;
        }
        reloadProfiles();
        prefillFromSandbox(true);
        updateSandboxBanner();
        statusBar()->showMessage(tr("Sandbox on at %1.").arg(m_sandbox->baseUrl().toString()));
    });
}

bool MainWindow::isSandboxEnabled() const
{
    return m_sandbox->isRunning();
}

void MainWindow::prefillFromSandbox(bool onlyIfEmpty)
{
    if (!onlyIfEmpty || m_ui->groupIdLineEdit->text().trimmed().isEmpty()) {
        m_ui->groupIdLineEdit->setText(m_sandbox->demoGroupId());
    }
    m_ui->containerIdLineEdit->setText(m_sandbox->containerId(currentProvider()));
}

void MainWindow::updateSandboxBanner()
{
    const bool on = isSandboxEnabled();
    m_ui->sandboxBannerLabel->setVisible(on);
    setWindowTitle(on ? tr("Peering Desk — Sandbox") : tr("Peering Desk"));
    if (on) {
        m_ui->sandboxBannerLabel->setText(tr("<b>Sandbox:</b> requests go to a fake Atlas at %1 on this computer; "
                                             "nothing is created in a real cloud.")
                                              .arg(m_sandbox->baseUrl().toString().toHtmlEscaped()));
        m_ui->sandboxBannerLabel->setToolTip(tr("The project and the container are filled in for you. The README "
                                                "lists the values that make the sandbox answer with each error."));
    }
}

void MainWindow::clearForm()
{
    m_ui->groupIdLineEdit->clear();
    m_ui->containerIdLineEdit->clear();
    m_groupIdField->resetTouched();
    m_containerIdField->resetTouched();
    for (ProviderPage *page : {static_cast<ProviderPage *>(m_ui->awsPage), static_cast<ProviderPage *>(m_ui->azurePage),
                               static_cast<ProviderPage *>(m_ui->gcpPage)}) {
        page->clear();
    }
    if (isSandboxEnabled()) {
        prefillFromSandbox(false);
    }
    revalidate();
    m_ui->groupIdLineEdit->setFocus();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Peering Desk"),
        tr("<h3>Peering Desk %1</h3>"
           "<p>Creates MongoDB Atlas network peering connections for AWS, Azure and Google "
           "Cloud, with credentials kept in the system keychain.</p>"
           "<p>License: GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not "
           "affiliated with MongoDB, Inc.</p>")
            .arg(QStringLiteral(PEERING_DESK_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace PeeringDesk
