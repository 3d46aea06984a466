// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AboutBox.h"
#include "ActionBar.h"
#include "AwsPage.h"
#include "FieldFeedback.h"
#include "FormDocumentControls.h"
#include "FormPlanControls.h"
#include "LanguageMenu.h"
#include "OutcomeView.h"
#include "ProblemSummary.h"
#include "ProviderPage.h"
#include "RequestOutcomes.h"
#include "RequestPreviewPanel.h"
#include "ResultsPanel.h"
#include "SubmitProgress.h"
#include "UiLog.h"
#include "connection/SandboxControl.h"
#include "provisioning/FormPlanReader.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QCloseEvent>

namespace PeeringDesk {

MainWindow::MainWindow(AtlasClient *client, ProfileStore *profiles, AppSettings *settings, SandboxControl *sandbox,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_settings(settings)
    , m_session(new ConnectionSession(client, profiles->credentialStore(), this))
    , m_submitter(new PeeringSubmitter(m_session, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/peering-desk.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_loading = true;
    m_connection = new ConnectionChooser(
        m_session, profiles, settings, sandbox, m_ui.get(), this, [this] { return m_guided->groupId(); }, this);
    m_guided = new GuidedPanels(
        client, m_connection, m_ui.get(), [this] { return currentRequest(); }, this);
    m_document = new FormDocument(settings, this,
                                  {[this] { return currentSavedRequest(); },
                                   [this](const SavedRequest &saved) { loadSavedRequest(saved); },
                                   [this] { clearForm(); }, [this] { return m_connection->formProfile(); }},
                                  this);
    m_outcomes = new RequestOutcomes(m_guided->api(), m_document, m_ui->outcomeStack, this);
    m_actionBar = new ActionBar(m_ui.get(), this, this);
    m_summary = new ProblemSummary(m_ui->formStatusLabel, this);
    setupFields();
    setupActions();
    connectParts();
    restoreSettings();
    revalidate();
    m_loading = false;
    statusBar()->showMessage(m_connection->whereRequestsGo());
}

MainWindow::~MainWindow() = default;

void MainWindow::setupFields()
{
    m_groupIdField =
        new FieldFeedback(QStringLiteral("groupId"), m_guided->groupIdEdit(), m_ui->groupIdProblemLabel, this);
    m_containerIdField = new FieldFeedback(QStringLiteral("containerId"), m_ui->containerIdLineEdit,
                                           m_ui->containerIdProblemLabel, this);
    connect(m_ui->containerIdLineEdit, &QLineEdit::textChanged, this, &MainWindow::revalidate);
    connect(m_ui->accessListOption, &AccessListOption::edited, this, &MainWindow::revalidate);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::onProviderChanged);
    // Enter in any field submits, as in any desktop form.
    QList<QLineEdit *> edits{m_guided->groupIdEdit(), m_ui->containerIdLineEdit};
    for (ProviderPage *page : pages()) {
        connect(page, &ProviderPage::edited, this, &MainWindow::revalidate);
        for (FieldFeedback *field : page->fields()) {
            edits.append(field->edit());
        }
    }
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::createPeering);
    }
    connect(m_ui->envelopeCheckBox, &QCheckBox::toggled, this, &MainWindow::revalidate);
    connect(m_ui->prettyCheckBox, &QCheckBox::toggled, this, &MainWindow::revalidate);
    connect(m_ui->providerSwitchNotice, &ProviderSwitchNotice::undoRequested, this, &MainWindow::setProvider);
    connect(m_ui->providerSwitchNotice, &ProviderSwitchNotice::addAsNewRequested, this,
            [this](Provider from, Provider to) {
                setProvider(from);
                startNewPeering(); // the request keeps its cloud and values; the new one starts on an empty page
                setProvider(to);
                currentPage()->fields().constFirst()->edit()->setFocus();
            });
    connect(m_ui->advancedToggleButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->advancedContents->setVisible(open);
        m_ui->advancedToggleButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
}

void MainWindow::setupActions()
{
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);
    const std::pair<QAction *, const char *> icons[] = {{m_ui->quitAction, "application-exit"},
                                                        {m_ui->copyResponseAction, "edit-copy"},
                                                        {m_ui->clearFormAction, "edit-clear"},
                                                        {m_ui->aboutAction, "help-about"}};
    for (const auto &[action, name] : icons) {
        action->setIcon(QIcon::fromTheme(QLatin1String(name)));
    }
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->copyPeeringIdAction, &QAction::triggered, this,
            [this] { m_outcomes->current()->results()->copyPeeringId(); });
    connect(m_ui->copyResponseAction, &QAction::triggered, this,
            [this] { m_outcomes->current()->results()->copyRawResponse(); });
    connect(m_ui->clearFormAction, &QAction::triggered, this, &MainWindow::clearForm);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { AboutBox::open(this); });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    const std::pair<QAction *, RequestPreviewPanel::Format> copies[] = {
        {m_ui->copyAsCurlAction, RequestPreviewPanel::Format::Curl},
        {m_ui->copyAsCliAction, RequestPreviewPanel::Format::AtlasCli},
        {m_ui->copyAsTerraformAction, RequestPreviewPanel::Format::Terraform}};
    for (const auto &[action, format] : copies) {
        connect(action, &QAction::triggered, m_ui->previewPanel, [this, f = format] { m_ui->previewPanel->copyAs(f); });
    }
    connect(m_actionBar, &ActionBar::createRequested, this, &MainWindow::createPeering);
    connect(m_actionBar, &ActionBar::cancelRequested, m_submitter, &PeeringSubmitter::cancel);
    connect(m_actionBar, &ActionBar::newPeeringRequested, this, &MainWindow::startNewPeering);
}

void MainWindow::connectParts()
{
    auto showStatus = [this](const QString &message, int timeout) { statusBar()->showMessage(message, timeout); };
    auto showBriefly = [this](const QString &message) { statusBar()->showMessage(message, 4000); };
    new SubmitProgress(m_submitter, m_client, m_actionBar, m_outcomes, this);
    connect(m_submitter, &PeeringSubmitter::stateChanged, this, [this](PeeringSubmitter::State state) {
        if (state == PeeringSubmitter::State::Idle) {
            revalidate();
        }
    });
    connect(m_submitter, &PeeringSubmitter::finished, this, &MainWindow::onSubmitFinished);
    connect(m_outcomes, &RequestOutcomes::statusMessage, this, showBriefly);
    connect(m_ui->previewPanel, &RequestPreviewPanel::statusMessage, this, showBriefly);
    connect(m_outcomes, &RequestOutcomes::connectionSettingsRequested, m_connection,
            &ConnectionChooser::showProfilesDialog);
    connect(m_outcomes, &RequestOutcomes::userActionConfirmed, m_guided, &GuidedPanels::confirmCloudStep);
    // The status bar's line about a peering follows it, as the headline does; it never stays on "INITIATING".
    connect(m_outcomes, &RequestOutcomes::peeringStatusChanged, this, [this](const Peering &peering) {
        statusBar()->showMessage(tr("Peering %1 is %2.").arg(peering.id(), peering.status()));
    });
    connect(m_outcomes, &RequestOutcomes::settled, m_guided, &GuidedPanels::refreshPeerings);

    connect(m_connection, &ConnectionChooser::statusMessage, this, showStatus);
    connect(m_connection, &ConnectionChooser::sandboxFailed, this,
            [this](const SubmitOutcome &outcome) { m_outcomes->current()->showOutcome(outcome); });
    // A peering of the old connection is not followed on the new one, with no key or another's.
    connect(m_connection, &ConnectionChooser::connectionSwitched, m_outcomes, &RequestOutcomes::cancelAll);
    connect(m_connection, &ConnectionChooser::groupIdSuggested, m_guided, &GuidedPanels::setGroupId);
    connect(m_connection, &ConnectionChooser::containerIdSuggested, m_ui->containerIdLineEdit, &QLineEdit::setText);
    connect(m_connection, &ConnectionChooser::sandboxStarted, m_guided, [this] { m_guided->refreshLists(true); });

    connect(m_guided, &GuidedPanels::statusMessage, this, showStatus);
    connect(m_guided, &GuidedPanels::changed, this, &MainWindow::revalidate);
    connect(m_guided, &GuidedPanels::containerChosen, this, [this](const Container &container) {
        if (m_ui->containerIdLineEdit->text().trimmed() != container.id) {
            m_ui->containerIdLineEdit->setText(container.id);
        }
        if (container.provider == Provider::Aws) { // the usual case: the VPC in the container's region
            m_document->suggest([this, &container] { m_ui->awsPage->suggestRegion(container.regionName); });
        }
        revalidate();
    });

    connect(m_document, &FormDocument::statusMessage, this, showStatus);
    m_ui->providerSwitchNotice->follow(m_document);
    connect(m_document, &FormDocument::profileNamed, m_connection, &ConnectionChooser::useFormProfile);
    m_connection->setDocument(m_document);
    new FormDocumentControls(m_document, m_connection, m_ui.get(), this, this);
    // After the request list's own controls, so that the list is rebuilt before the plan marks it.
    m_plan = new FormPlanControls(
        new FormPlanReader(m_submitter, m_guided->api(), this), m_submitter, m_document, m_ui.get(),
        {[this] { return sendCurrentRequest(); }, [this](bool locked) { lockForm(locked); }}, this);
    connect(m_plan, &FormPlanControls::statusMessage, this, showStatus);
    connect(m_plan, &FormPlanControls::planChanged, this, &MainWindow::revalidate);
    connect(m_connection, &ConnectionChooser::connectionSwitched, m_plan, &FormPlanControls::forget);
    connect(m_connection, &ConnectionChooser::sandboxStarted, m_plan, &FormPlanControls::checkIfOpened);
    connect(new LanguageMenu(m_ui->languageMenu, m_settings, this), &LanguageMenu::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings->value(AppSettings::Key::WindowState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings->value(AppSettings::Key::SplitterState).toByteArray());
    m_guided->setGroupId(m_settings->value(AppSettings::Key::LastGroupId).toString());
    m_ui->containerIdLineEdit->setText(m_settings->value(AppSettings::Key::LastContainerId).toString());
    const auto provider = providerFromWireName(m_settings->value(AppSettings::Key::LastProvider).toString());
    setProvider(provider.value_or(Provider::Aws));
    onProviderChanged(m_ui->providerComboBox->currentIndex());
    m_ui->envelopeCheckBox->setChecked(m_settings->value(AppSettings::Key::Envelope).toBool());
    m_ui->prettyCheckBox->setChecked(m_settings->value(AppSettings::Key::Pretty).toBool());
    m_document->restoreDraft();
    m_connection->apply();
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
    m_submitter->cancel();
    m_document->saveSession(isSandboxEnabled());
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
    m_ui->providerComboBox->setCurrentIndex(static_cast<int>(provider));
}

QList<ProviderPage *> MainWindow::pages() const
{
    return {m_ui->awsPage, m_ui->azurePage, m_ui->gcpPage};
}

ProviderPage *MainWindow::currentPage() const
{
    return pages().value(m_ui->providerComboBox->currentIndex(), m_ui->awsPage);
}

FieldProblems MainWindow::formProblems() const
{
    return m_submitter->problems(currentRequest()) + m_ui->accessListOption->problems();
}

QList<FieldFeedback *> MainWindow::allFields() const
{
    QList<FieldFeedback *> fields{m_groupIdField, m_containerIdField};
    fields += currentPage()->fields();
    if (m_ui->accessListOption->request()) {
        fields.append(m_ui->accessListOption->rangesField());
    }
    return fields;
}

PeeringRequest MainWindow::currentRequest() const
{
    return PeeringRequest(m_guided->groupId(), currentPage()->body(m_ui->containerIdLineEdit->text()));
}

void MainWindow::onProviderChanged(int index)
{
    const Provider before = std::exchange(m_shownProvider, currentProvider());
    if (ProviderPage *was = pages().at(static_cast<int>(before)); !m_loading && before != m_shownProvider) {
        const PeeringRequest wasRequest(m_guided->groupId(), was->body(m_ui->containerIdLineEdit->text()));
        const bool created = !m_outcomes->createdPeeringId(wasRequest).isEmpty();
        if (created || was->hasInput()) {
            m_ui->providerSwitchNotice->offer(m_document->requestIndex() + 1, before, m_shownProvider, created);
        }
        m_ui->providerSwitchNotice->providerShown(m_shownProvider);
    }
    // One page at a time; hidden pages take no room, so each page is as tall as its own fields.
    for (int i = 0; i < pages().size(); ++i) {
        pages().at(i)->setVisible(i == index);
    }
    static const char *const titles[] = {QT_TR_NOOP("Your AWS VPC"), QT_TR_NOOP("Your Azure VNet"),
                                         QT_TR_NOOP("Your Google Cloud VPC network")};
    m_ui->providerGroupBox->setTitle(tr(titles[qBound(0, index, 2)]));
    if (isSandboxEnabled()) {
        m_ui->containerIdLineEdit->setText(sandbox()->containerId(currentProvider()));
    }
    if (!m_loading) {
        m_guided->showProvider(currentProvider());
    }
    revalidate();
}

void MainWindow::revalidate()
{
    if (!m_loading) {
        m_document->markModified();
    }
    m_connection->apply(); // the preview shows it, and its rules count too: Atlas for Government has no Azure
    const PeeringRequest::Body body = currentRequest().body();
    const auto *aws = std::get_if<AwsPeeringRequest>(&body);
    m_ui->accessListOption->suggestRanges(aws ? aws->routeTableCidrBlock.trimmed() : QString());
    m_ui->previewPanel->setRequest(currentRequest(), m_connection->previewBaseUrl(), currentSavedRequest().options,
                                   m_connection->credentialsKind(), m_ui->accessListOption->request());
    const FieldProblems problems = formProblems();
    for (FieldFeedback *field : allFields()) {
        const auto problem = std::find_if(problems.cbegin(), problems.cend(),
                                          [field](const FieldProblem &p) { return p.field == field->wireName(); });
        field->setLocalProblem(problem == problems.cend() ? QString() : problem->message);
    }
    const QString created = m_outcomes->createdPeeringId(currentRequest());
    m_guided->checkPreflight(currentRequest(), created);
    if (m_submitter->isBusy()) {
        return;
    }
    m_outcomes->prepare(currentRequest());
    m_actionBar->showReadiness(created, problems, m_connection->chosen().isNull(), m_guided->preflightBlocks());
    if (const auto existing = m_plan ? m_plan->existingPeering(currentSavedRequest()) : std::nullopt;
        existing && created.isEmpty() && problems.isEmpty()) {
        m_actionBar->show(ActionBar::State::Ready,
                          tr("This peering exists in Atlas already (%1, %2): Create opens it instead of sending the "
                             "request again.")
                              .arg(existing->id().toHtmlEscaped(), existing->status().toHtmlEscaped()));
    }
}

bool MainWindow::sendCurrentRequest()
{
    if (m_submitter->isBusy()) {
        return false; // never a second POST while one is in flight
    }
    const PeeringRequest request = currentRequest();
    m_connection->apply();
    const FieldProblems problems = formProblems();
    if (!m_outcomes->createdPeeringId(request).isEmpty()) {
        statusBar()->showMessage(tr("Nothing was sent: this request already created its peering."), 5000);
        return false;
    }
    if (const auto existing = m_plan->existingPeering(currentSavedRequest()); existing && !m_plan->isApplying()) {
        m_guided->showDetails(*existing);
        statusBar()->showMessage(
            tr("Nothing was sent: peering %1 exists in Atlas already; its details are open.").arg(existing->id()),
            5000);
        return false;
    }
    if (problems.isEmpty() && m_guided->preflightBlocks()) {
        statusBar()->showMessage(tr("Nothing was sent: the pre-flight check found a problem."), 5000);
        return false;
    }
    if (!problems.isEmpty()) {
        FieldFeedback *firstProblem = nullptr;
        for (FieldFeedback *field : allFields()) {
            field->reveal();
            firstProblem = firstProblem || !field->hasProblem() ? firstProblem : field;
        }
        if (firstProblem) {
            firstProblem->edit()->setFocus();
        }
        statusBar()->showMessage(tr("Fix the marked fields first: nothing was sent."), 5000);
        return false;
    }
    m_document->saveSession(isSandboxEnabled());
    qCInfo(lcUi) << "create peering:" << providerWireName(request.provider());
    m_outcomes->begin(request, m_guided->container(request.containerId()), m_ui->accessListOption->request());
    return m_submitter->submit(request, currentSavedRequest().options);
}

void MainWindow::lockForm(bool locked)
{
    const QList<QWidget *> parts{m_ui->requestComboBox,  m_ui->addRequestButton,  m_ui->removeRequestButton,
                                 m_ui->projectGroupBox,  m_ui->containerGroupBox, m_ui->providerGroupBox,
                                 m_ui->accessListOption, m_ui->advancedSection};
    for (QWidget *part : parts) {
        part->setEnabled(!locked);
    }
    m_ui->removeRequestButton->setEnabled(!locked && m_document->requestCount() > 1); // a form keeps one request
    m_ui->newPeeringAction->setEnabled(!locked);
}

void MainWindow::onSubmitFinished(const SubmitOutcome &outcome)
{
    m_outcomes->finish(outcome);
    m_ui->rightTabs->setCurrentWidget(m_ui->resultTab); // what the user just did, whatever tab was open
    if (outcome.kind == SubmitOutcome::Kind::Created) {
        statusBar()->showMessage(tr("Peering %1 created: %2.").arg(outcome.peering->id(), outcome.peering->status()));
        m_guided->refreshPeerings();
        revalidate();
        return;
    }
    // Atlas's field violations go where the user can fix them.
    const auto &apiError = outcome.failure ? outcome.failure->apiError() : std::nullopt;
    FieldFeedback::showViolations(allFields(), apiError ? apiError->fieldViolations() : QList<FieldViolation>());
    statusBar()->showMessage(outcome.notSent   ? tr("Nothing was sent: %1").arg(outcome.notSent->message)
                             : outcome.failure ? outcome.failure->title()
                                               : tr("The request failed."));
}

void MainWindow::startNewPeering()
{
    // The next peering usually shares the project, the provider and the container; the network is new.
    m_document->addRequest();
    currentPage()->clear();
    for (FieldFeedback *field : allFields()) {
        field->resetTouched();
    }
    currentPage()->fields().constFirst()->edit()->setFocus();
}

void MainWindow::clearForm()
{
    m_guided->setGroupId(QString());
    m_ui->containerIdLineEdit->clear();
    m_ui->accessListOption->setRequest(std::nullopt);
    m_groupIdField->resetTouched();
    m_containerIdField->resetTouched();
    for (ProviderPage *page : pages()) {
        page->clear();
    }
    if (isSandboxEnabled()) {
        m_connection->prefillFromSandbox(false);
    }
    revalidate();
    m_guided->groupIdEdit()->setFocus();
}

SavedRequest MainWindow::currentSavedRequest() const
{
    return {currentRequest(), RequestOptions{m_ui->envelopeCheckBox->isChecked(), m_ui->prettyCheckBox->isChecked()},
            m_ui->accessListOption->request()};
}

void MainWindow::loadSavedRequest(const SavedRequest &saved)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const bool providerChanges = saved.request.provider() != currentProvider();
    m_guided->setGroupId(saved.request.groupId());
    m_ui->containerIdLineEdit->setText(saved.request.containerId());
    setProvider(saved.request.provider());
    if (providerChanges) {
        // The container table lists one provider's containers: another request's cloud needs its own list.
        m_guided->showProvider(currentProvider());
    }
    currentPage()->setBody(saved.request.body());
    m_ui->envelopeCheckBox->setChecked(saved.options.envelope);
    m_ui->prettyCheckBox->setChecked(saved.options.pretty);
    m_ui->accessListOption->setRequest(saved.accessList);
    for (FieldFeedback *field : allFields()) {
        field->resetTouched();
    }
    revalidate();
    m_loading = wasLoading;
}

} // namespace PeeringDesk
