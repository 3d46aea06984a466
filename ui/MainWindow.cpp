// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ContainerPanel.h"
#include "FieldFeedback.h"
#include "FormDocument.h"
#include "PeeringTracker.h"
#include "PeeringsModel.h"
#include "PeeringsView.h"
#include "PreflightPanel.h"
#include "ProfileDialog.h"
#include "ProjectPicker.h"
#include "ProviderPage.h"
#include "RequestPreviewPanel.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "UiLog.h"
#include "connection/ConnectionSession.h"
#include "model/FieldValidator.h"
#include "peering/PeeringWatcher.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/LanguageCatalog.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
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
    , m_session(new ConnectionSession(client, m_store, this))
    , m_submitter(new PeeringSubmitter(m_session, this))
    , m_sandbox(new SandboxSession(m_store, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/peering-desk.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_loading = true;
    m_document = new FormDocument(
        m_settings, this,
        {[this] { return currentSavedRequest(); }, [this](const SavedRequest &saved) { loadSavedRequest(saved); },
         [this] { clearForm(); }, [this] { return isSandboxEnabled() ? QString() : activeProfileName(); }},
        this);
    setupGuidance();
    setupFields();
    setupActions();
    setupFileActions();
    setupLanguageMenu();
    setupProfiles();
    setAcceptDrops(true);

    connect(m_submitter, &PeeringSubmitter::stateChanged, this, &MainWindow::onSubmitterStateChanged);
    connect(m_submitter, &PeeringSubmitter::finished, this, &MainWindow::onSubmitFinished);
    connect(m_ui->resultsPanel, &ResultsPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_ui->resultsPanel, &ResultsPanel::connectionSettingsRequested, this, &MainWindow::showProfilesDialog);

    connect(m_ui->previewPanel, &RequestPreviewPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    restoreSettings();
    revalidate();
    m_loading = false;
    updateTitle();
    statusBar()->showMessage(tr("Ready. Requests go to %1.").arg(m_client->baseUrl().toString()));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupFields()
{
    m_groupIdField = new FieldFeedback(QStringLiteral("groupId"), m_groupIdEdit, m_ui->groupIdProblemLabel, this);
    m_containerIdField = new FieldFeedback(QStringLiteral("containerId"), m_ui->containerIdLineEdit,
                                           m_ui->containerIdProblemLabel, this);

    const QList<ProviderPage *> pages{m_ui->awsPage, m_ui->azurePage, m_ui->gcpPage};
    for (ProviderPage *page : pages) {
        connect(page, &ProviderPage::edited, this, &MainWindow::revalidate);
    }
    connect(m_projectPicker, &ProjectPicker::groupIdChanged, this, [this](const QString &groupId) {
        revalidate();
        if (groupId != m_listedGroupId && FieldValidator::groupId(groupId).isEmpty()) {
            refreshLists(false);
        }
    });
    connect(m_ui->containerIdLineEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::onProviderChanged);

    // Enter in any field submits, as in any desktop form.
    QList<QLineEdit *> edits{m_groupIdEdit, m_ui->containerIdLineEdit};
    for (ProviderPage *page : pages) {
        for (FieldFeedback *field : page->fields()) {
            edits.append(field->edit());
        }
    }
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::createPeering);
    }
    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::createPeering);
    connect(m_ui->envelopeCheckBox, &QCheckBox::toggled, this, &MainWindow::revalidate);
    connect(m_ui->prettyCheckBox, &QCheckBox::toggled, this, &MainWindow::revalidate);
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
    m_projectPicker->setGroupId(m_settings->value(AppSettings::Key::LastGroupId).toString());
    m_ui->containerIdLineEdit->setText(m_settings->value(AppSettings::Key::LastContainerId).toString());
    const auto provider = providerFromWireName(m_settings->value(AppSettings::Key::LastProvider).toString());
    setProvider(provider.value_or(Provider::Aws));
    onProviderChanged(m_ui->providerComboBox->currentIndex());
    m_ui->envelopeCheckBox->setChecked(m_settings->value(AppSettings::Key::Envelope).toBool());
    m_ui->prettyCheckBox->setChecked(m_settings->value(AppSettings::Key::Pretty).toBool());
    // The untitled form of the last session comes back whole, so closing it never loses anything.
    m_document->restoreDraft();
    rebuildRecentMenu();
    applyConnection();
}

void MainWindow::saveFormSettings()
{
    if (!isSandboxEnabled()) {
        // The sandbox's demo ids would only confuse the next real session.
        m_settings->setValue(AppSettings::Key::LastGroupId, groupIdText());
        m_settings->setValue(AppSettings::Key::LastContainerId, m_ui->containerIdLineEdit->text().trimmed());
        m_document->saveDraft();
    }
    m_settings->setValue(AppSettings::Key::LastProvider, providerWireName(currentProvider()));
    m_settings->setValue(AppSettings::Key::Envelope, m_ui->envelopeCheckBox->isChecked());
    m_settings->setValue(AppSettings::Key::Pretty, m_ui->prettyCheckBox->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An untitled form is kept as a draft in the settings; a file-backed one is the user's to save or drop.
    if (m_document->isModified() && !m_document->filePath().isEmpty() && !m_closeConfirmed) {
        event->ignore();
        m_document->maybeDiscard([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
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
    return PeeringRequest(groupIdText(), currentPage()->body(m_ui->containerIdLineEdit->text()));
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
    if (!m_loading && !m_listedGroupId.isEmpty()) {
        m_containerPanel->setProject(m_listedGroupId, currentProvider());
    }
    revalidate();
}

void MainWindow::revalidate()
{
    if (!m_loading) {
        m_document->markModified();
    }
    updatePreview();
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
    updatePreflight(currentRequest());
    const bool preflightBlocks = problems.isEmpty() && m_preflight->isVisible() && m_preflight->hasErrors();
    const bool busy = m_submitter->isBusy();
    m_ui->createButton->setEnabled(problems.isEmpty() && !preflightBlocks && !busy);
    if (busy) {
        return;
    }
    if (!problems.isEmpty()) {
        m_ui->formStatusLabel->setText(
            tr("%n field(s) still need a value or a fix.", nullptr, static_cast<int>(problems.size())));
    } else if (preflightBlocks) {
        m_ui->formStatusLabel->setText(tr("The pre-flight check found a problem Atlas would refuse; see above."));
    } else {
        m_ui->formStatusLabel->setText(tr("Ready to create the peering."));
    }
}

void MainWindow::createPeering()
{
    if (m_submitter->isBusy()) {
        return; // never a second POST while one is in flight
    }
    const PeeringRequest request = currentRequest();
    const FieldProblems problems = request.validate();
    if (problems.isEmpty() && m_preflight->isVisible() && m_preflight->hasErrors()) {
        statusBar()->showMessage(tr("Nothing was sent: the pre-flight check found a problem."), 5000);
        return;
    }
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
    applyConnection();
    saveFormSettings();
    RequestOptions options;
    options.envelope = m_ui->envelopeCheckBox->isChecked();
    options.pretty = m_ui->prettyCheckBox->isChecked();
    qCInfo(lcUi) << "create peering:" << providerWireName(request.provider());
    m_submitter->submit(request, options);
}

void MainWindow::applyConnection()
{
    if (isSandboxEnabled()) {
        m_session->setConnection(AtlasConnection::forSandbox(m_sandbox->baseUrl()));
    } else if (const auto profile = m_profiles->activeProfile()) {
        m_session->setConnection(AtlasConnection::forProfile(*profile));
    } else {
        m_session->setConnection(AtlasConnection());
    }
    m_session->setTimeoutSeconds(m_settings->timeoutSeconds());
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
        const QString typed = groupIdText();
        if (typed.isEmpty() || typed == previousDefault || typed == m_sandbox->demoGroupId()) {
            m_projectPicker->setGroupId(profile->defaultGroupId);
        }
    }
    reloadProfiles();
    statusBar()->showMessage(tr("Profile \"%1\": requests go to %2.").arg(chosen, m_client->baseUrl().toString()),
                             5000);
}

void MainWindow::updateProviderAvailability()
{
    applyConnection();
    const AtlasConnection connection = m_session->connection();
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->providerComboBox->model());
    QString note;
    for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        const QString reason = connection.unsupportedReason(provider);
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
        m_tracker->track(groupIdText(), *outcome.peering, m_containerPanel->selectedContainer());
        m_tracker->setVisible(true);
        if (!m_listedGroupId.isEmpty()) {
            m_peeringsView->refresh();
        }
        return;
    }
    if (outcome.kind == SubmitOutcome::Kind::NotSent) {
        statusBar()->showMessage(tr("Nothing was sent: %1").arg(outcome.notSent->message));
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
            outcome.kind = SubmitOutcome::Kind::NotSent;
            outcome.notSent = ConnectionFailure{ConnectionFailure::Kind::Keychain, message, {}};
            m_ui->resultsPanel->showOutcome(outcome);
            statusBar()->showMessage(tr("The sandbox could not start."));
            return;
        }
        reloadProfiles();
        prefillFromSandbox(true);
        updateSandboxBanner();
        refreshLists(true);
        statusBar()->showMessage(tr("Sandbox on at %1.").arg(m_sandbox->baseUrl().toString()));
    });
}

bool MainWindow::isSandboxEnabled() const
{
    return m_sandbox->isRunning();
}

void MainWindow::prefillFromSandbox(bool onlyIfEmpty)
{
    if (!onlyIfEmpty || groupIdText().isEmpty()) {
        m_projectPicker->setGroupId(m_sandbox->demoGroupId());
    }
    m_ui->containerIdLineEdit->setText(m_sandbox->containerId(currentProvider()));
}

void MainWindow::updateSandboxBanner()
{
    const bool on = isSandboxEnabled();
    m_ui->sandboxBannerLabel->setVisible(on);
    updateTitle();
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
    m_projectPicker->setGroupId(QString());
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
    m_groupIdEdit->setFocus();
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

// ---- saved forms ----------------------------------------------------------------------------------------

void MainWindow::setupFileActions()
{
    m_ui->newAction->setShortcuts(QKeySequence::New);
    m_ui->openAction->setShortcuts(QKeySequence::Open);
    m_ui->saveAction->setShortcuts(QKeySequence::Save);
    m_ui->saveAsAction->setShortcuts(QKeySequence::SaveAs);
    m_ui->newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_ui->saveAsAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    FormDocument *document = m_document;
    connect(m_ui->newAction, &QAction::triggered, document,
            [document] { document->maybeDiscard([document] { document->newForm(); }); });
    connect(m_ui->openAction, &QAction::triggered, document,
            [document] { document->maybeDiscard([document] { document->showOpenDialog(); }); });
    connect(m_ui->saveAction, &QAction::triggered, document, [document] { document->save(); });
    connect(m_ui->saveAsAction, &QAction::triggered, document, [document] { document->saveAs(); });
    connect(m_ui->copyAsCurlAction, &QAction::triggered, this,
            [this] { m_ui->previewPanel->copyAs(RequestPreviewPanel::Format::Curl); });
    connect(m_ui->copyAsCliAction, &QAction::triggered, this,
            [this] { m_ui->previewPanel->copyAs(RequestPreviewPanel::Format::AtlasCli); });
    connect(m_ui->copyAsTerraformAction, &QAction::triggered, this,
            [this] { m_ui->previewPanel->copyAs(RequestPreviewPanel::Format::Terraform); });
    connect(m_ui->requestComboBox, &QComboBox::activated, document, &FormDocument::chooseRequest);
    connect(m_ui->addRequestButton, &QToolButton::clicked, document, &FormDocument::addRequest);
    connect(m_ui->removeRequestButton, &QToolButton::clicked, document, &FormDocument::removeRequest);
    connect(document, &FormDocument::requestsChanged, this, &MainWindow::showRequests);
    connect(document, &FormDocument::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(document, &FormDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(document, &FormDocument::statusMessage, this,
            [this](const QString &message, int timeout) { statusBar()->showMessage(message, timeout); });
    connect(document, &FormDocument::profileNamed, this, [this](const QString &profile) {
        if (m_profiles->contains(profile) && !isSandboxEnabled()) {
            m_profiles->setActiveProfileName(profile);
        }
    });
}

SavedRequest MainWindow::currentSavedRequest() const
{
    RequestOptions options;
    options.envelope = m_ui->envelopeCheckBox->isChecked();
    options.pretty = m_ui->prettyCheckBox->isChecked();
    return {currentRequest(), options};
}

void MainWindow::loadSavedRequest(const SavedRequest &saved)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_projectPicker->setGroupId(saved.request.groupId());
    m_ui->containerIdLineEdit->setText(saved.request.containerId());
    setProvider(saved.request.provider());
    currentPage()->setBody(saved.request.body());
    m_ui->envelopeCheckBox->setChecked(saved.options.envelope);
    m_ui->prettyCheckBox->setChecked(saved.options.pretty);
    for (FieldFeedback *field : allFields()) {
        field->resetTouched();
    }
    revalidate();
    m_loading = wasLoading;
}

SavedForm MainWindow::form() const
{
    return m_document->form();
}

bool MainWindow::openFile(const QString &path)
{
    return m_document->openFile(path);
}

bool MainWindow::saveToFile(const QString &path)
{
    return m_document->saveToFile(path);
}

QString MainWindow::filePath() const
{
    return m_document->filePath();
}

bool MainWindow::isModified() const
{
    return m_document->isModified();
}

void MainWindow::showRequests()
{
    QComboBox *combo = m_ui->requestComboBox;
    combo->clear();
    combo->addItems(m_document->requestLabels());
    combo->setCurrentIndex(m_document->requestIndex());
    m_ui->removeRequestButton->setEnabled(m_document->requestCount() > 1);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowFilePath(path);
    setWindowTitle(isSandboxEnabled() ? tr("%1[*] — Peering Desk — Sandbox").arg(name)
                                      : tr("%1[*] — Peering Desk").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->recentMenu;
    menu->clear();
    const QStringList recent = m_document->recentFiles();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_document, [this, path] { m_document->maybeOpen(path); });
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear the List")), &QAction::triggered, m_document,
                &FormDocument::clearRecentFiles);
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    m_document->maybeOpen(path);
}

void MainWindow::setGroupId(const QString &groupId)
{
    m_projectPicker->setGroupId(groupId);
}

void MainWindow::updatePreview()
{
    Credentials::Kind auth = Credentials::Kind::ApiKey;
    if (!isSandboxEnabled()) {
        if (const auto profile = m_profiles->activeProfile()) {
            auth = profile->credentialsKind();
        }
    }
    const QUrl baseUrl = isSandboxEnabled()            ? m_sandbox->baseUrl()
                         : m_profiles->activeProfile() ? m_profiles->activeProfile()->baseUrl()
                                                       : AtlasClient::defaultBaseUrl();
    m_ui->previewPanel->setRequest(currentRequest(), baseUrl, currentSavedRequest().options, auth);
}

// ---- guided peering ----------------------------------------------------------------------------------

void MainWindow::setupGuidance()
{
    m_projectPicker = new ProjectPicker(m_client, m_ui->projectPickerHolder);
    m_ui->projectPickerLayout->addWidget(m_projectPicker);
    // The picker's own line edit is the project field: typing or pasting an id works as in any field.
    auto *combo = m_projectPicker->findChild<QComboBox *>();
    m_groupIdEdit = combo->lineEdit();
    m_groupIdEdit->setObjectName(QStringLiteral("groupIdLineEdit"));
    m_groupIdEdit->setMaxLength(256);
    m_groupIdEdit->setClearButtonEnabled(true);
    combo->setAccessibleName(tr("Project"));
    combo->setToolTip(tr("The Atlas project: pick it from the list (the refresh button lists your projects) or paste "
                         "its 24-character ID, found in Atlas under Project Settings."));
    m_groupIdEdit->setAccessibleName(tr("Project ID"));
    m_groupIdEdit->setAccessibleDescription(tr("ID of the Atlas project, 24 hexadecimal characters."));
    m_ui->profileLabel->setBuddy(m_ui->profileComboBox);
    m_ui->groupIdLabel->setBuddy(combo);

    m_containerPanel = new ContainerPanel(m_client, m_ui->containerGroupBox);
    m_ui->containerBoxLayout->addWidget(m_containerPanel);
    auto useContainer = [this](const Container &container) {
        if (m_ui->containerIdLineEdit->text().trimmed() != container.id) {
            m_ui->containerIdLineEdit->setText(container.id);
        }
        revalidate();
    };
    connect(m_containerPanel, &ContainerPanel::containerSelected, this, useContainer);
    connect(m_containerPanel, &ContainerPanel::containerCreated, this, useContainer);
    connect(m_containerPanel, &ContainerPanel::containersLoaded, this, [this] {
        m_containerPanel->selectContainer(m_ui->containerIdLineEdit->text().trimmed());
        revalidate();
    });

    m_preflight = new PreflightPanel(m_ui->preflightHolder);
    m_ui->preflightLayout->addWidget(m_preflight);
    m_preflight->setVisible(false);

    m_tracker = new PeeringTracker(m_client, m_ui->resultTab);
    m_ui->resultTabLayout->addWidget(m_tracker);
    m_tracker->setVisible(false);
    connect(m_tracker, &PeeringTracker::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_tracker, &PeeringTracker::settled, this, [this](const Peering &peering) {
        statusBar()->showMessage(tr("Peering %1 is %2.").arg(peering.id(), peering.status()));
        if (!m_listedGroupId.isEmpty()) {
            m_peeringsView->refresh();
        }
    });
    // In the sandbox, "I have done this in AWS" is the acceptance itself: there is no AWS to do it in.
    connect(m_tracker, &PeeringTracker::userActionConfirmed, this, [this](const Peering &peering) {
        if (isSandboxEnabled()) {
            m_sandbox->server()->acceptPeer(groupIdText(), peering.id());
        }
    });

    m_peeringsView = new PeeringsView(m_client, m_ui->peeringsTab);
    m_ui->peeringsTabLayout->addWidget(m_peeringsView);
    connect(m_peeringsView, &PeeringsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_peeringsView, &PeeringsView::loaded, this, &MainWindow::revalidate);
    connect(m_peeringsView, &PeeringsView::deleted, this, &MainWindow::revalidate);
}

bool MainWindow::isListing() const
{
    return m_projectPicker->isLoading() || m_containerPanel->isBusy() || m_peeringsView->isLoading();
}

QString MainWindow::groupIdText() const
{
    return m_projectPicker->groupId();
}

void MainWindow::ensureCredentials(const std::function<void()> &then)
{
    applyConnection();
    m_session->prepare(this, [this, then](const std::optional<ConnectionFailure> &failure) {
        if (failure) {
            if (failure->kind != ConnectionFailure::Kind::NoConnection) {
                statusBar()->showMessage(tr("Lists need the profile's credentials: %1").arg(failure->message), 8000);
            }
            return;
        }
        then();
    });
}

void MainWindow::refreshLists(bool projectsToo)
{
    ensureCredentials([this, projectsToo] {
        if (projectsToo) {
            m_projectPicker->refresh();
        }
        const QString groupId = groupIdText();
        if (!FieldValidator::groupId(groupId).isEmpty()) {
            return;
        }
        m_listedGroupId = groupId;
        // Containers, and the peerings of every provider, load side by side.
        m_containerPanel->setProject(groupId, currentProvider());
        m_peeringsView->setGroupId(groupId);
        m_peeringsView->refresh();
    });
}

void MainWindow::updatePreflight(const PeeringRequest &request)
{
    const bool ready = request.isValid() && request.groupIdCleaned() == m_listedGroupId &&
                       !m_peeringsView->isLoading() && !m_containerPanel->isBusy() &&
                       m_peeringsView->model()->rowCount() >= 0 && !m_listedGroupId.isEmpty();
    m_preflight->setVisible(ready);
    if (!ready) {
        return;
    }
    std::optional<Container> container;
    for (const Container &candidate : m_containerPanel->containers()) {
        if (candidate.id == FieldValidator::clean(request.containerId())) {
            container = candidate;
        }
    }
    m_preflight->check(request, container, m_peeringsView->model()->peerings());
    if (request.provider() == Provider::Azure && m_tracker->watcher()->state() == PeeringWatcher::State::Idle) {
        m_tracker->showAzurePreparation(std::get<AzurePeeringRequest>(request.body()));
        m_tracker->setVisible(true);
    }
}

void MainWindow::setupLanguageMenu()
{
    // Each language is named in itself, so it can be found whatever the current language is.
    QList<LanguageCatalog::Language> languages{{QString(), tr("System Default")}};
    languages += LanguageCatalog::available();
    auto *group = new QActionGroup(this);
    const QString current = LanguageCatalog::chosen(*m_settings);
    for (const LanguageCatalog::Language &language : std::as_const(languages)) {
        QAction *action = m_ui->languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            LanguageCatalog::choose(*m_settings, language.code);
            statusBar()->showMessage(tr("Peering Desk will use %1 after a restart.").arg(language.nativeName));
        });
    }
}

} // namespace PeeringDesk
