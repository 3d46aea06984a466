// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PeeringRequest.h"
#include "peering/PeeringSubmitter.h"
#include "provisioning/SavedForm.h"

#include <QLineEdit>
#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class AppSettings;
class AtlasClient;
class ConnectionSession;
class CredentialStore;
class ProfileStore;
class FieldFeedback;
class FormDocument;
class ProviderPage;
class ProjectPicker;
class ContainerPanel;
class PreflightPanel;
class PeeringTracker;
class PeeringsView;
class SandboxSession;

/// The main window (MainWindow.ui): the project and container, one page per provider, the advanced flags,
/// Create and Cancel, and the results panel. It wires widgets to the core; it has no network code.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AtlasClient *client, ProfileStore *profiles, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Switches to the built-in sandbox (as --sandbox and File > Use the Sandbox do).
    void setSandboxEnabled(bool enabled);
    bool isSandboxEnabled() const;
    SandboxSession *sandbox() const { return m_sandbox; }

    /// The request the form describes right now.
    PeeringRequest currentRequest() const;
    Provider currentProvider() const;
    void setProvider(Provider provider);

    /// Sends the form, as Create, Enter and Ctrl+Return do. Invalid forms get every problem shown instead.
    void createPeering();

    /// Opens a saved form. A malformed file is explained and the current form is left as it was.
    bool openFile(const QString &path);
    /// Writes the form (all its requests) to `path`; true on success.
    bool saveToFile(const QString &path);
    QString filePath() const;
    bool isModified() const;
    /// The whole form, the request being edited included.
    SavedForm form() const;
    void setGroupId(const QString &groupId);
    /// Projects, containers or peerings are being listed.
    bool isListing() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupFields();
    void setupActions();
    void restoreSettings();
    void saveFormSettings();
    ProviderPage *currentPage() const;
    QList<FieldFeedback *> allFields() const;
    void revalidate();
    void onProviderChanged(int index);
    void onSubmitterStateChanged(PeeringSubmitter::State state);
    void onSubmitFinished(const SubmitOutcome &outcome);
    void applyConnection();
    void showProfilesDialog();
    void setupProfiles();
    void reloadProfiles();
    void onProfileChosen(int index);
    void updateProviderAvailability();
    QString activeProfileName() const;
    void showAbout();
    void clearForm();
    void prefillFromSandbox(bool onlyIfEmpty);
    void updateSandboxBanner();
    void setupFileActions();
    SavedRequest currentSavedRequest() const;
    void loadSavedRequest(const SavedRequest &saved);
    void updateTitle();
    void showRequests();
    void rebuildRecentMenu();
    void updatePreview();
    void setupGuidance();
    void setupLanguageMenu();
    void refreshLists(bool projectsToo);
    void ensureCredentials(const std::function<void()> &then);
    void updatePreflight(const PeeringRequest &request);
    QString groupIdText() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AtlasClient *m_client;
    ProfileStore *m_profiles;
    CredentialStore *m_store;
    AppSettings *m_settings;
    ConnectionSession *m_session;
    PeeringSubmitter *m_submitter;
    SandboxSession *m_sandbox;
    FormDocument *m_document = nullptr;
    FieldFeedback *m_groupIdField = nullptr;
    FieldFeedback *m_containerIdField = nullptr;
    bool m_reloadingProfiles = false;
    bool m_loading = false;
    bool m_closeConfirmed = false;
    ProjectPicker *m_projectPicker = nullptr;
    QLineEdit *m_groupIdEdit = nullptr;
    ContainerPanel *m_containerPanel = nullptr;
    PreflightPanel *m_preflight = nullptr;
    PeeringTracker *m_tracker = nullptr;
    PeeringsView *m_peeringsView = nullptr;
    QString m_listedGroupId;
};

} // namespace PeeringDesk
