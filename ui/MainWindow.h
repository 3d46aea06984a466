// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionChooser.h"
#include "FormDocument.h"
#include "GuidedPanels.h"
#include "model/PeeringRequest.h"
#include "peering/PeeringSubmitter.h"
#include "provisioning/SavedForm.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class ActionBar;
class AppSettings;
class AtlasClient;
class ConnectionSession;
class ProfileStore;
class FieldFeedback;
class FormPlanControls;
class ProblemSummary;
class ProviderPage;
class RequestOutcomes;

/// The main window (MainWindow.ui): the project and container, one page per provider, the advanced flags,
/// Create and Cancel, and the results panel. It arranges the parts that decide (the connection, the form
/// document, the guided panels) and shows what they report; it has no network code.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `sandbox` is what File ▸ Use the Sandbox starts: the executable and the tests hand one in.
    MainWindow(AtlasClient *client, ProfileStore *profiles, AppSettings *settings, SandboxControl *sandbox,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Switches to the built-in sandbox (as --sandbox and File > Use the Sandbox do).
    void setSandboxEnabled(bool enabled) { m_connection->setSandboxEnabled(enabled); }
    bool isSandboxEnabled() const { return m_connection->isSandboxEnabled(); }
    SandboxControl *sandbox() const { return m_connection->sandbox(); }

    /// The request the form describes right now.
    PeeringRequest currentRequest() const;
    Provider currentProvider() const;
    void setProvider(Provider provider);

    /// Sends the form, as Create, Enter and Ctrl+Return do. Invalid forms get every problem shown instead; a request
    /// the last check found in Atlas opens that peering instead of being sent again.
    void createPeering() { sendCurrentRequest(); }

    /// Opens a saved form. A malformed file is explained and the current form is left as it was.
    bool openFile(const QString &path) { return m_document->openFile(path); }
    /// Writes the form (all its requests) to `path`; true on success.
    bool saveToFile(const QString &path) { return m_document->saveToFile(path); }
    QString filePath() const { return m_document->filePath(); }
    bool isModified() const { return m_document->isModified(); }
    /// The whole form, the request being edited included.
    SavedForm form() const { return m_document->form(); }
    void setGroupId(const QString &groupId) { m_guided->setGroupId(groupId); }
    /// Projects, containers or peerings are being listed.
    bool isListing() const { return m_guided->isListing(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupFields();
    void setupActions();
    void connectParts();
    void restoreSettings();
    QList<ProviderPage *> pages() const;
    ProviderPage *currentPage() const;
    QList<FieldFeedback *> allFields() const;
    /// The request's own rules and the access list option's.
    FieldProblems formProblems() const;
    void revalidate();
    void onProviderChanged(int index);
    /// createPeering(); false when nothing was sent.
    bool sendCurrentRequest();
    /// While Create All Missing goes from request to request, the form is not for editing.
    void lockForm(bool locked);
    void onSubmitFinished(const SubmitOutcome &outcome);
    void startNewPeering();
    void clearForm();
    SavedRequest currentSavedRequest() const;
    void loadSavedRequest(const SavedRequest &saved);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AtlasClient *m_client;
    AppSettings *m_settings;
    ConnectionSession *m_session;
    PeeringSubmitter *m_submitter;
    ConnectionChooser *m_connection = nullptr;
    GuidedPanels *m_guided = nullptr;
    FormDocument *m_document = nullptr;
    RequestOutcomes *m_outcomes = nullptr;
    FormPlanControls *m_plan = nullptr;
    ActionBar *m_actionBar = nullptr;
    ProblemSummary *m_summary = nullptr;
    FieldFeedback *m_groupIdField = nullptr;
    FieldFeedback *m_containerIdField = nullptr;
    bool m_loading = false;
    Provider m_shownProvider = Provider::Aws;
    bool m_closeConfirmed = false;
};

} // namespace PeeringDesk
