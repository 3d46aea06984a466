// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionChooser.h"

#include "ui_MainWindow.h"

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

const QString sandboxItemData = QStringLiteral("\x01sandbox"); // cannot collide with a profile name

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
    apply();
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
    const QString previousDefault =
        m_profiles->activeProfile() ? m_profiles->activeProfile()->defaultGroupId : QString();
    if (isSandboxEnabled()) {
        m_sandbox->stop();
        m_ui->sandboxAction->setChecked(false);
        updateSandboxBanner();
    }
    qCInfo(lcUi) << "profile chosen:" << chosen;
    m_profiles->setActiveProfileName(chosen);
    if (const auto profile = m_profiles->activeProfile(); profile && !profile->defaultGroupId.isEmpty()) {
        // Only a project the user did not type gives way to the profile's own.
        const QString typed = m_typedGroupId();
        if (typed.isEmpty() || typed == previousDefault || typed == m_sandbox->demoGroupId()) {
            Q_EMIT groupIdSuggested(profile->defaultGroupId);
        }
    }
    reloadProfiles();
    Q_EMIT statusMessage(tr("Profile \"%1\": requests go to %2.").arg(chosen, baseUrlText()), 5000);
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
    connect(dialog, &QDialog::finished, this, [this] {
        reloadProfiles();
        Q_EMIT statusMessage(tr("Requests go to %1.").arg(baseUrlText()), 5000);
    });
    dialog->open();
}

void ConnectionChooser::setSandboxEnabled(bool enabled)
{
    m_ui->sandboxAction->setChecked(enabled);
    if (!enabled) {
        m_sandbox->stop();
        reloadProfiles();
        updateSandboxBanner();
        Q_EMIT statusMessage(tr("Sandbox off. Requests go to %1.").arg(baseUrlText()), 0);
        return;
    }
    Q_EMIT statusMessage(tr("Starting the sandbox…"), 0);
    m_sandbox->start(this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_ui->sandboxAction->setChecked(false);
            reloadProfiles();
            updateSandboxBanner();
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
        updateSandboxBanner();
        Q_EMIT statusMessage(tr("Sandbox on at %1.").arg(m_sandbox->baseUrl().toString()), 0);
    });
}

void ConnectionChooser::prefillFromSandbox(bool onlyIfEmpty)
{
    if (!onlyIfEmpty || m_typedGroupId().isEmpty()) {
        Q_EMIT groupIdSuggested(m_sandbox->demoGroupId());
    }
    const auto provider = static_cast<Provider>(qBound(0, m_ui->providerComboBox->currentIndex(), 2));
    Q_EMIT containerIdSuggested(m_sandbox->containerId(provider));
}

void ConnectionChooser::updateSandboxBanner()
{
    const bool on = isSandboxEnabled();
    m_ui->sandboxBannerLabel->setVisible(on);
    Q_EMIT sandboxChanged();
    if (on) {
        m_ui->sandboxBannerLabel->setText(tr("<b>Sandbox:</b> requests go to a fake Atlas at %1 on this computer; "
                                             "nothing is created in a real cloud.")
                                              .arg(m_sandbox->baseUrl().toString().toHtmlEscaped()));
        m_ui->sandboxBannerLabel->setToolTip(tr("The project and the container are filled in for you. The README "
                                                "lists the values that make the sandbox answer with each error."));
    }
}

} // namespace PeeringDesk
