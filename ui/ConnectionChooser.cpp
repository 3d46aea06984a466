// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionChooser.h"

#include "ui_MainWindow.h"

#include "ConnectionBanner.h"
#include "FormDocument.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "UiLog.h"
#include "connection/SandboxControl.h"
#include "peering/SubmitOutcome.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QStandardItemModel>

namespace PeeringDesk {

namespace {

// Neither can collide with a profile name.
const QString sandboxItemData = QStringLiteral("\x01sandbox");
const QString noProfileItemData = QStringLiteral("\x01none");

} // namespace

ConnectionChooser::ConnectionChooser(ConnectionSession *session, ProfileStore *profiles, AppSettings *settings,
                                     SandboxControl *sandbox, Ui::MainWindow *ui, QWidget *window,
                                     std::function<QString()> typedGroupId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_ui(ui)
    , m_window(window)
    , m_typedGroupId(std::move(typedGroupId))
    , m_sandbox(sandbox)
{
    m_ui->profileLabel->setBuddy(m_ui->profileComboBox);
    connect(m_ui->profilesAction, &QAction::triggered, this, &ConnectionChooser::showProfilesDialog);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &ConnectionChooser::showProfilesDialog);
    connect(m_ui->sandboxAction, &QAction::triggered, this, &ConnectionChooser::setSandboxEnabled);
    connect(m_session, &ConnectionSession::connectionChanged, this, &ConnectionChooser::connectionSwitched);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConnectionChooser::reloadProfiles);
    connect(m_profiles, &ProfileStore::activeProfileChanged, this, &ConnectionChooser::reloadProfiles);
    connect(m_ui->profileComboBox, &QComboBox::activated, this, &ConnectionChooser::onProfileChosen);
    connect(m_ui->connectionBanner, &ConnectionBanner::addProfileRequested, this,
            &ConnectionChooser::showProfilesDialog);
    connect(m_ui->connectionBanner, &ConnectionBanner::sandboxRequested, this, [this] { setSandboxEnabled(true); });
    m_ui->preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_ui->preferencesAction->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    connect(m_ui->preferencesAction, &QAction::triggered, this, &ConnectionChooser::showPreferencesDialog);
    // What the window starts with is the window's to restore; only a later change offers a default project.
    m_offeredProfile = m_profiles->activeProfileName();
    m_offeredGroupId = m_profiles->activeProfile() ? m_profiles->activeProfile()->defaultGroupId : QString();
    reloadProfiles();
}

bool ConnectionChooser::isSandboxEnabled() const
{
    return m_sandbox->isRunning();
}

AtlasConnection ConnectionChooser::chosen() const
{
    if (isSandboxEnabled()) {
        return AtlasConnection::forSandbox(m_sandbox->baseUrl());
    }
    if (const auto profile = m_profiles->activeProfile()) {
        return AtlasConnection::forProfile(*profile);
    }
    return {};
}

void ConnectionChooser::apply()
{
    m_session->setConnection(chosen());
    m_session->setTimeoutSeconds(m_settings->timeoutSeconds());
}

void ConnectionChooser::prepare(QObject *context, ConnectionSession::Callback callback)
{
    apply();
    m_session->prepare(context, std::move(callback));
}

QUrl ConnectionChooser::previewBaseUrl() const
{
    // What apply() last handed the session: every change of profile or sandbox applies at once.
    const AtlasConnection connection = m_session->connection();
    return connection.isNull() ? AtlasClient::defaultBaseUrl() : connection.baseUrl();
}

Credentials::Kind ConnectionChooser::credentialsKind() const
{
    return m_session->connection().credentialsKind();
}

QString ConnectionChooser::connectionName() const
{
    if (isSandboxEnabled()) {
        return tr("Sandbox");
    }
    const QString active = m_profiles->activeProfileName();
    return active.isEmpty() ? tr("No profile") : active;
}

QString ConnectionChooser::whereRequestsGo() const
{
    if (isSandboxEnabled()) {
        return tr("Sandbox on at %1: nothing is created in a real cloud.").arg(m_sandbox->baseUrl().toString());
    }
    const QString active = m_profiles->activeProfileName();
    if (active.isEmpty()) {
        return tr("No profile: nothing is sent until you add one (File ▸ Profiles…) or try the sandbox.");
    }
    return tr("Profile \"%1\": requests go to %2.").arg(active, baseUrlText());
}

QString ConnectionChooser::formProfile() const
{
    return isSandboxEnabled() ? QString() : m_profiles->activeProfileName();
}

void ConnectionChooser::useFormProfile(const QString &name)
{
    if (m_profiles->contains(name) && !isSandboxEnabled()) {
        m_profiles->setActiveProfileName(name);
    }
}

QString ConnectionChooser::baseUrlText() const
{
    return m_session->client()->baseUrl().toString();
}

void ConnectionChooser::reloadProfiles()
{
    m_reloadingProfiles = true;
    QComboBox *combo = m_ui->profileComboBox;
    combo->clear();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        combo->addItem(tr("%1 (%2, %3)")
                           .arg(profile.name, Profile::environmentName(profile.environment),
                                Profile::authMethodName(profile.authMethod)),
                       profile.name);
    }
    if (profiles.isEmpty()) {
        // Says what the window does now; choosing it leaves the sandbox.
        combo->addItem(tr("No profile"), noProfileItemData);
    }
    combo->insertSeparator(combo->count());
    combo->addItem(tr("Sandbox (built-in fake Atlas)"), sandboxItemData);
    const QString active = m_profiles->activeProfileName();
    const QString selected = isSandboxEnabled() ? sandboxItemData : active.isEmpty() ? noProfileItemData : active;
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
    m_reloadingProfiles = false;
    updateProviderAvailability();
    apply();
    suggestProfileProject();
    updateBanner();
}

void ConnectionChooser::suggestProfileProject()
{
    if (isSandboxEnabled()) {
        m_offeredProfile = sandboxItemData;
        m_offeredGroupId.clear();
        return;
    }
    const auto profile = m_profiles->activeProfile();
    const QString name = profile ? profile->name : QString();
    const QString groupId = profile ? profile->defaultGroupId : QString();
    if (name == m_offeredProfile && groupId == m_offeredGroupId) {
        return;
    }
    const QString previous = m_offeredGroupId;
    m_offeredProfile = name;
    m_offeredGroupId = groupId;
    if (groupId.isEmpty()) {
        return;
    }
    // Only a project the user did not type gives way to the profile's own.
    const QString typed = m_typedGroupId();
    if (typed.isEmpty() || typed == previous || typed == m_sandbox->demoGroupId()) {
        suggest([this, &groupId] { Q_EMIT groupIdSuggested(groupId); });
    }
}

void ConnectionChooser::suggest(const std::function<void()> &fill)
{
    if (m_document) {
        m_document->suggest(fill);
    } else {
        fill();
    }
}

void ConnectionChooser::onProfileChosen(int index)
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
    if (chosen == noProfileItemData) {
        if (isSandboxEnabled()) {
            setSandboxEnabled(false);
        }
        return;
    }
    if (isSandboxEnabled()) {
        m_sandbox->stop();
        m_ui->sandboxAction->setChecked(false);
    }
    qCInfo(lcUi) << "profile chosen:" << chosen;
    m_profiles->setActiveProfileName(chosen);
    reloadProfiles();
    Q_EMIT statusMessage(whereRequestsGo(), 5000);
}

void ConnectionChooser::updateProviderAvailability()
{
    apply();
    const AtlasConnection connection = m_session->connection();
    QComboBox *providers = m_ui->providerComboBox;
    auto *model = qobject_cast<QStandardItemModel *>(providers->model());
    QString note;
    for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        const QString reason = connection.unsupportedReason(provider);
        if (QStandardItem *item = model ? model->item(static_cast<int>(provider)) : nullptr) {
            item->setEnabled(reason.isEmpty());
            item->setToolTip(reason);
        }
        if (!reason.isEmpty()) {
            note = reason;
            if (providers->currentIndex() == static_cast<int>(provider)) {
                providers->setCurrentIndex(static_cast<int>(Provider::Aws));
            }
        }
    }
    m_ui->providerNoteLabel->setText(note);
    m_ui->providerNoteLabel->setVisible(!note.isEmpty());
}

void ConnectionChooser::showProfilesDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isSandboxEnabled()) {
        dialog->selectSandbox();
    }
    connect(dialog, &QDialog::finished, this, [this] {
        reloadProfiles();
        Q_EMIT statusMessage(whereRequestsGo(), 5000);
    });
    connect(dialog, &ProfileDialog::sandboxRequested, this, [this, dialog] {
        dialog->close();
        if (!isSandboxEnabled()) {
            setSandboxEnabled(true);
        }
    });
    dialog->open();
}

void ConnectionChooser::showPreferencesDialog()
{
    auto *dialog = new PreferencesDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::changed, this, &ConnectionChooser::apply);
    dialog->open();
}

void ConnectionChooser::setSandboxEnabled(bool enabled)
{
    m_ui->sandboxAction->setChecked(enabled);
    if (!enabled) {
        m_sandbox->stop();
        reloadProfiles();
        Q_EMIT statusMessage(tr("Sandbox off. %1").arg(whereRequestsGo()), 0);
        return;
    }
    Q_EMIT statusMessage(tr("Starting the sandbox…"), 0);
    m_sandbox->start(this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_ui->sandboxAction->setChecked(false);
            reloadProfiles();
            SubmitOutcome outcome;
            outcome.kind = SubmitOutcome::Kind::NotSent;
            outcome.notSent = ConnectionFailure{ConnectionFailure::Kind::Keychain, message, {}};
            Q_EMIT sandboxFailed(outcome);
            Q_EMIT statusMessage(tr("The sandbox could not start."), 0);
            return;
        }
        reloadProfiles();
        prefillFromSandbox(true);
        Q_EMIT sandboxStarted();
        Q_EMIT statusMessage(whereRequestsGo(), 0);
    });
}

void ConnectionChooser::prefillFromSandbox(bool onlyIfEmpty)
{
    const auto provider = static_cast<Provider>(qBound(0, m_ui->providerComboBox->currentIndex(), 2));
    suggest([this, onlyIfEmpty, provider] {
        if (!onlyIfEmpty || m_typedGroupId().isEmpty()) {
            Q_EMIT groupIdSuggested(m_sandbox->demoGroupId());
        }
        Q_EMIT containerIdSuggested(m_sandbox->containerId(provider));
    });
}

void ConnectionChooser::updateBanner()
{
    using State = ConnectionBanner::State;
    const State state = isSandboxEnabled()                        ? State::Sandbox
                        : m_profiles->activeProfile().has_value() ? State::Profile
                                                                  : State::NoProfile;
    m_ui->connectionBanner->setState(state, isSandboxEnabled() ? m_sandbox->baseUrl().toString() : QString());
    Q_EMIT choiceChanged();
}

} // namespace PeeringDesk
