// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;
class AtlasClient;
class AtlasConnection;
class ConnectionSession;
class FieldFeedback;
class ProfileStore;

/// The profile manager (ProfileDialog.ui): add, edit, rename, duplicate and delete profiles, test a
/// connection, import the Atlas CLI's profiles. The built-in sandbox is listed too, read-only. Secrets go to the
/// keychain through ProfileStore; the dialog never blocks while the keychain or the network works.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &name);
    /// Shows the built-in sandbox: what it is, read-only.
    void selectSandbox();
    /// Starts an empty profile, as the New button does.
    void startNew();

Q_SIGNALS:
    /// Use the Sandbox was pressed on the sandbox's page.
    void sandboxRequested();

private:
    void reloadList(const QString &select);
    void updateListButtons();
    /// The profile editor, or the sandbox's read-only description.
    void showEditor(bool sandbox);
    void showSandbox();
    void loadProfile(const QString &name);
    Profile formProfile() const;
    std::optional<Credentials> formSecret() const;
    void updateFieldStates();
    void revalidate();
    void save();
    void duplicateSelected();
    void deleteSelected();
    void testConnection();
    void importFromCli();
    void showStatus(const QString &message, bool isError);
    void setBusy(bool busy);
    void sendTest(const AtlasConnection &connection);
    void runTest();

    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_store;
    /// Its own client: a test must not change the window's host or key before the user saves.
    /// The test goes through a session of its own, so the same rules apply as to every request.
    ConnectionSession *m_testSession;
    AtlasApi *m_testApi;
    QPointer<AtlasCall> m_testCall;
    /// The stored name of the profile in the form; empty while a new one is being made.
    QString m_editingName;
    QString m_loadedKeyId;
    FieldFeedback *m_nameField;
    FieldFeedback *m_baseUrlField;
    FieldFeedback *m_groupField;
    FieldFeedback *m_keyIdField;
    FieldFeedback *m_secretField;
};

} // namespace PeeringDesk
