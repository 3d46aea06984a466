// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace PeeringDesk {

class CredentialStore;

/// Where Atlas is and which API key to use (ConnectionDialog.ui). The key goes to the keychain only; the
/// dialog stays open, with everything typed still in it, until the keychain has confirmed the write.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(CredentialStore *store, const QString &profile, const QUrl &baseUrl, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// In sandbox mode the URL is the sandbox's and cannot be edited.
    void setBaseUrlLocked(bool locked, const QString &why);
    QUrl baseUrl() const;

    void accept() override;

private:
    void showStatus(const QString &message, bool isError);
    void setBusy(bool busy);

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    CredentialStore *m_store;
    QString m_profile;
};

} // namespace PeeringDesk
