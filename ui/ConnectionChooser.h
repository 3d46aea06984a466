// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "connection/ConnectionSession.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class AppSettings;
class FormDocument;
class ProfileStore;
class SandboxControl;
struct SubmitOutcome;

/// Which Atlas the window talks to: the profile list, File > Use the Sandbox, the banner above the form (no
/// profile yet, or the sandbox), Edit > Preferences, and the providers that connection can peer. It turns the
/// choice into an AtlasConnection for the window's ConnectionSession, which alone configures the client.
class ConnectionChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionChooser)

public:
    /// Uses the window's profile list, sandbox action, banner and provider list; `window` parents the dialogs.
    /// `typedGroupId` reads the project field, so a profile's default project never overwrites one typed.
    ConnectionChooser(ConnectionSession *session, ProfileStore *profiles, AppSettings *settings,
                      SandboxControl *sandbox, Ui::MainWindow *ui, QWidget *window,
                      std::function<QString()> typedGroupId, QObject *parent = nullptr);

    /// The form its suggestions go to (the sandbox's demo ids, a profile's default project): they do not mark it
    /// modified.
    void setDocument(FormDocument *document) { m_document = document; }

    SandboxControl *sandbox() const { return m_sandbox; }
    bool isSandboxEnabled() const;
    void setSandboxEnabled(bool enabled);

    /// Hands the chosen connection to the session again: a profile or the timeout may have changed since.
    void apply();
    /// The connection the window's choices describe right now.
    AtlasConnection chosen() const;
    /// apply(), then ConnectionSession::prepare().
    void prepare(QObject *context, ConnectionSession::Callback callback);

    /// Where requests go and how they sign in, for the preview; Atlas itself before any profile exists.
    QUrl previewBaseUrl() const;
    Credentials::Kind credentialsKind() const;
    /// What the window's title and profile box call the choice: the profile's name, "Sandbox" or "No profile".
    QString connectionName() const;
    /// One line for the status bar: where requests go, or that nothing is sent before a profile exists.
    QString whereRequestsGo() const;
    /// The profile a saved form names; none in the sandbox.
    QString formProfile() const;
    /// Switches to the profile a saved form names, if it exists and the sandbox is off.
    void useFormProfile(const QString &name);

    void showProfilesDialog();
    void showPreferencesDialog();
    /// Suggests the sandbox's demo project (unless `onlyIfEmpty` and a project is typed) and container.
    void prefillFromSandbox(bool onlyIfEmpty);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);
    /// Requests now go elsewhere (another profile, the sandbox on or off): the client holds no key until the next
    /// prepare(), and whatever was read or followed belongs to the old connection.
    void connectionSwitched();
    /// The sandbox was switched on or off, or another profile (or none) is in use: the window title says which.
    void choiceChanged();
    /// The sandbox is up: its demo project and container may fill the form.
    void sandboxStarted();
    void sandboxFailed(const PeeringDesk::SubmitOutcome &outcome);
    /// The chosen profile's default project, for a project field that holds nothing of the user's, or the
    /// sandbox's demo project.
    void groupIdSuggested(const QString &groupId);
    void containerIdSuggested(const QString &containerId);

private:
    void reloadProfiles();
    void onProfileChosen(int index);
    /// Applies the rule of ConnectionChooser::groupIdSuggested when the profile in use, or its default, changed.
    void suggestProfileProject();
    void updateProviderAvailability();
    void updateBanner();
    QString baseUrlText() const;
    void suggest(const std::function<void()> &fill);

    ConnectionSession *m_session;
    ProfileStore *m_profiles;
    AppSettings *m_settings;
    Ui::MainWindow *m_ui;
    QWidget *m_window;
    std::function<QString()> m_typedGroupId;
    SandboxControl *m_sandbox;
    FormDocument *m_document = nullptr;
    bool m_reloadingProfiles = false;
    /// The profile whose default project the form was last offered, and that default; a sentinel in the sandbox.
    QString m_offeredProfile;
    QString m_offeredGroupId;
};

} // namespace PeeringDesk
