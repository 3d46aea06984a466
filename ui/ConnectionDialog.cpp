// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_ConnectionDialog.h"

#include "ConnectionDialog.h"

#include "model/FieldValidator.h"
#include "store/CredentialStore.h"

#include <QPushButton>

namespace PeeringDesk {

ConnectionDialog::ConnectionDialog(CredentialStore *store, const QString &profile, const QUrl &baseUrl,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_store(store)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    m_ui->baseUrlLineEdit->setText(baseUrl.toString());
    connect(m_ui->showPrivateKeyCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->privateKeyLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    // Show which key is stored (the public part only), without blocking the dialog.
    m_store->read(m_profile, this, [this](const KeychainResult &result) {
        if (result.ok() && m_ui->publicKeyLineEdit->text().isEmpty()) {
            m_ui->publicKeyLineEdit->setText(result.credentials.id());
            m_ui->privateKeyLineEdit->setPlaceholderText(tr("stored in the keychain; type to replace"));
        } else if (!result.ok() && result.status != KeychainResult::Status::NotFound) {
            showStatus(result.message, true);
        }
    });
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setBaseUrlLocked(bool locked, const QString &why)
{
    m_ui->baseUrlLineEdit->setReadOnly(locked);
    m_ui->baseUrlLineEdit->setToolTip(why);
}

QUrl ConnectionDialog::baseUrl() const
{
    return QUrl(FieldValidator::clean(m_ui->baseUrlLineEdit->text()));
}

void ConnectionDialog::showStatus(const QString &message, bool isError)
{
    m_ui->statusLabel->setText(isError ? tr("⚠ %1").arg(message) : message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

void ConnectionDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->publicKeyLineEdit->setEnabled(!busy);
    m_ui->privateKeyLineEdit->setEnabled(!busy);
}

void ConnectionDialog::accept()
{
    const QString urlProblem = FieldValidator::baseUrl(FieldValidator::clean(m_ui->baseUrlLineEdit->text()));
    if (!urlProblem.isEmpty()) {
        showStatus(urlProblem, true);
        m_ui->baseUrlLineEdit->setFocus();
        return;
    }
    const QString publicKey = FieldValidator::clean(m_ui->publicKeyLineEdit->text());
    const QString privateKey = FieldValidator::clean(m_ui->privateKeyLineEdit->text());
    if (privateKey.isEmpty()) {
        // Keeping the stored key is fine; a public key without its private key is not a key.
        if (m_ui->privateKeyLineEdit->placeholderText().contains(tr("stored in the keychain"))) {
            QDialog::accept();
            return;
        }
        showStatus(tr("Enter the private key too: it is shown once in Atlas when the API key is created."), true);
        m_ui->privateKeyLineEdit->setFocus();
        return;
    }
    if (publicKey.isEmpty()) {
        showStatus(tr("Enter the public key that belongs to this private key."), true);
        m_ui->publicKeyLineEdit->setFocus();
        return;
    }
    setBusy(true);
    showStatus(tr("Saving the key in the keychain…"), false);
    m_store->write(m_profile, Credentials::apiKey(publicKey, privateKey), this, [this](const KeychainResult &result) {
        setBusy(false);
        if (!result.ok()) {
            showStatus(result.message, true);
            return;
        }
        m_ui->privateKeyLineEdit->clear();
        QDialog::accept();
    });
}

} // namespace PeeringDesk
