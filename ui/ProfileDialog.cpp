// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "ui_ProfileDialog.h"

#include "FieldFeedback.h"
#include "UiLog.h"
#include "api/AtlasApi.h"
#include "connection/ConnectionSession.h"
#include "model/FieldValidator.h"
#include "peering/FailureText.h"
#include "store/AppSettings.h"
#include "store/AtlasCliImporter.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QMessageBox>
#include <QPushButton>

namespace PeeringDesk {

namespace {

// Marks the built-in sandbox's row: its text may equal a user's profile name, this role cannot.
constexpr int builtInRole = Qt::UserRole + 1;

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_testSession(new ConnectionSession(new AtlasClient(this), store->credentialStore(), this))
    , m_testApi(new AtlasApi(m_testSession->client(), this))
{
    m_ui->setupUi(this);
    m_nameField = new FieldFeedback(QStringLiteral("name"), m_ui->nameLineEdit, m_ui->nameProblemLabel, this);
    m_baseUrlField =
        new FieldFeedback(QStringLiteral("baseUrl"), m_ui->baseUrlLineEdit, m_ui->baseUrlProblemLabel, this);
    m_groupField = new FieldFeedback(QStringLiteral("defaultGroupId"), m_ui->defaultGroupIdLineEdit,
                                     m_ui->defaultGroupIdProblemLabel, this);
    m_keyIdField = new FieldFeedback(QStringLiteral("keyId"), m_ui->keyIdLineEdit, m_ui->keyIdProblemLabel, this);
    m_secretField = new FieldFeedback(QStringLiteral("secret"), m_ui->secretLineEdit, m_ui->secretProblemLabel, this);
    m_ui->secretLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->mainLayout->setStretch(0, 2);
    m_ui->mainLayout->setStretch(1, 5);

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->defaultGroupIdLineEdit,
                            m_ui->keyIdLineEdit, m_ui->secretLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::revalidate);
        connect(edit, &QLineEdit::returnPressed, this, &ProfileDialog::save);
    }
    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFieldStates);
    connect(m_ui->authComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFieldStates);
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->profilesList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(builtInRole).toBool()) {
            showSandbox();
        } else if (const QString name = item ? item->data(Qt::UserRole).toString() : QString();
                   !name.isEmpty() && name != m_editingName) {
            loadProfile(name);
        }
    });
    connect(m_ui->useSandboxButton, &QPushButton::clicked, this, &ProfileDialog::sandboxRequested);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfileDialog::startNew);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileDialog::importFromCli);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    // The timeout is a preference of every profile (Edit > Preferences); a test here waits as long as a request.
    m_testSession->setTimeoutSeconds(m_store->settings()->timeoutSeconds());

    const QString active = m_store->activeProfileName();
    reloadList(active);
    if (active.isEmpty()) {
        startNew();
    }
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profilesList);
    m_ui->profilesList->clear();
    for (const Profile &profile : m_store->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profilesList);
        item->setData(Qt::UserRole, profile.name);
    }
    const bool any = m_ui->profilesList->count() > 0;
    auto *sandbox = new QListWidgetItem(tr("Sandbox (built in)"), m_ui->profilesList);
    sandbox->setData(builtInRole, true);
    sandbox->setToolTip(tr("A fake Atlas on this computer; read-only."));
    QFont italic = sandbox->font();
    italic.setItalic(true);
    sandbox->setFont(italic);
    m_ui->emptyListLabel->setVisible(!any);
    if (!select.isEmpty()) {
        selectProfile(select);
    }
    updateListButtons();
}

void ProfileDialog::updateListButtons()
{
    // Only a stored profile of the user's can be copied or deleted: not a new one, not the sandbox.
    m_ui->duplicateButton->setEnabled(!m_editingName.isEmpty());
    m_ui->deleteButton->setEnabled(!m_editingName.isEmpty());
}

void ProfileDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profilesList->count(); ++row) {
        QListWidgetItem *item = m_ui->profilesList->item(row);
        if (item->data(Qt::UserRole).toString() == name) {
            const QSignalBlocker blocker(m_ui->profilesList);
            m_ui->profilesList->setCurrentItem(item);
            loadProfile(name);
            return;
        }
    }
}

void ProfileDialog::selectSandbox()
{
    for (int row = 0; row < m_ui->profilesList->count(); ++row) {
        if (m_ui->profilesList->item(row)->data(builtInRole).toBool()) {
            m_ui->profilesList->setCurrentRow(row);
            return;
        }
    }
}

void ProfileDialog::showEditor(bool sandbox)
{
    m_ui->editorGroupBox->setVisible(!sandbox);
    m_ui->sandboxGroupBox->setVisible(sandbox);
}

void ProfileDialog::showSandbox()
{
    m_editingName.clear();
    m_loadedKeyId.clear();
    showEditor(true);
    showStatus({}, false);
    updateListButtons();
}

void ProfileDialog::startNew()
{
    m_editingName.clear();
    m_loadedKeyId.clear();
    {
        const QSignalBlocker blocker(m_ui->profilesList);
        m_ui->profilesList->clearSelection();
        m_ui->profilesList->setCurrentRow(-1);
    }
    showEditor(false);
    updateListButtons();
    m_ui->editorGroupBox->setTitle(tr("New profile"));
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->defaultGroupIdLineEdit,
                            m_ui->keyIdLineEdit, m_ui->secretLineEdit}) {
        edit->clear();
    }
    for (FieldFeedback *field : {m_nameField, m_baseUrlField, m_groupField, m_keyIdField, m_secretField}) {
        field->resetTouched();
    }
    m_ui->environmentComboBox->setCurrentIndex(0);
    m_ui->authComboBox->setCurrentIndex(0);
    m_ui->secretLineEdit->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    updateFieldStates();
    showStatus({}, false);
    m_ui->nameLineEdit->setFocus();
}

void ProfileDialog::loadProfile(const QString &name)
{
    const auto profile = m_store->profile(name);
    if (!profile) {
        return;
    }
    m_editingName = name;
    showEditor(false);
    updateListButtons();
    m_ui->editorGroupBox->setTitle(tr("Profile \"%1\"").arg(name));
    m_ui->nameLineEdit->setText(profile->name);
    m_ui->environmentComboBox->setCurrentIndex(static_cast<int>(profile->environment));
    m_ui->baseUrlLineEdit->setText(profile->customBaseUrl);
    m_ui->authComboBox->setCurrentIndex(static_cast<int>(profile->authMethod));
    m_ui->defaultGroupIdLineEdit->setText(profile->defaultGroupId);
    m_ui->keyIdLineEdit->clear();
    m_ui->secretLineEdit->clear();
    m_ui->secretLineEdit->setPlaceholderText(tr("stored in the keychain; type to replace"));
    for (FieldFeedback *field : {m_nameField, m_baseUrlField, m_groupField, m_keyIdField, m_secretField}) {
        field->resetTouched();
    }
    updateFieldStates();
    showStatus({}, false);
    // The public part only; the secret itself is never shown.
    m_store->readCredentials(name, this, [this, name](const KeychainResult &result) {
        if (m_editingName != name) {
            return;
        }
        if (result.ok()) {
            m_loadedKeyId = result.credentials.id();
            if (m_ui->keyIdLineEdit->text().isEmpty()) {
                m_ui->keyIdLineEdit->setText(m_loadedKeyId);
                m_ui->keyIdLineEdit->setCursorPosition(0);
            }
        } else {
            showStatus(result.message, true);
        }
    });
}

Profile ProfileDialog::formProfile() const
{
    Profile profile;
    profile.name = FieldValidator::clean(m_ui->nameLineEdit->text());
    profile.environment = static_cast<Profile::Environment>(m_ui->environmentComboBox->currentIndex());
    profile.customBaseUrl = FieldValidator::clean(m_ui->baseUrlLineEdit->text());
    profile.authMethod = static_cast<Profile::AuthMethod>(m_ui->authComboBox->currentIndex());
    profile.defaultGroupId = FieldValidator::clean(m_ui->defaultGroupIdLineEdit->text());
    return profile;
}

std::optional<Credentials> ProfileDialog::formSecret() const
{
    const QString id = FieldValidator::clean(m_ui->keyIdLineEdit->text());
    const QString secret = FieldValidator::clean(m_ui->secretLineEdit->text());
    // Untouched fields of a stored profile mean "keep what the keychain has".
    if (!m_editingName.isEmpty() && secret.isEmpty() && id == m_loadedKeyId) {
        return std::nullopt;
    }
    return formProfile().authMethod == Profile::AuthMethod::ServiceAccount ? Credentials::serviceAccount(id, secret)
                                                                           : Credentials::apiKey(id, secret);
}

void ProfileDialog::updateFieldStates()
{
    const bool custom = m_ui->environmentComboBox->currentIndex() == static_cast<int>(Profile::Environment::Custom);
    m_ui->baseUrlLineEdit->setEnabled(custom);
    if (!custom) {
        m_ui->baseUrlLineEdit->setPlaceholderText(formProfile().baseUrl().toString());
    } else {
        m_ui->baseUrlLineEdit->setPlaceholderText(QStringLiteral("https://atlas.example.internal"));
    }
    const bool serviceAccount = m_ui->authComboBox->currentIndex() == 1;
    m_ui->keyIdLabel->setText(serviceAccount ? tr("Client &ID:") : tr("P&ublic key:"));
    m_ui->secretLabel->setText(serviceAccount ? tr("Client s&ecret:") : tr("P&rivate key:"));
    m_ui->keyIdLineEdit->setPlaceholderText(serviceAccount ? QStringLiteral("mdb_sa_id_…")
                                                           : QStringLiteral("abcdefgh"));
    m_ui->keyIdLineEdit->setAccessibleName(serviceAccount ? tr("Client ID") : tr("Public key"));
    m_ui->secretLineEdit->setAccessibleName(serviceAccount ? tr("Client secret") : tr("Private key"));
    revalidate();
}

void ProfileDialog::revalidate()
{
    const FieldProblems problems = formProfile().validate();
    auto problemFor = [&problems](const char *field) {
        for (const FieldProblem &problem : problems) {
            if (problem.field == QLatin1String(field)) {
                return problem.message;
            }
        }
        return QString();
    };
    m_nameField->setLocalProblem(problemFor("name"));
    m_baseUrlField->setLocalProblem(problemFor("baseUrl"));
    m_groupField->setLocalProblem(problemFor("defaultGroupId"));
    const bool serviceAccount = m_ui->authComboBox->currentIndex() == 1;
    const auto secret = formSecret();
    m_keyIdField->setLocalProblem(secret && secret->id().isEmpty()
                                      ? (serviceAccount ? tr("Enter the client ID.") : tr("Enter the public key."))
                                      : QString());
    m_secretField->setLocalProblem(
        secret && secret->secret().isEmpty()
            ? (serviceAccount ? tr("Enter the client secret.") : tr("Enter the private key."))
            : QString());
}

void ProfileDialog::showStatus(const QString &message, bool isError)
{
    m_ui->statusLabel->setText(isError && !message.isEmpty() ? tr("⚠ %1").arg(message) : message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

void ProfileDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->testButton),
                            static_cast<QWidget *>(m_ui->newButton), static_cast<QWidget *>(m_ui->duplicateButton),
                            static_cast<QWidget *>(m_ui->deleteButton), static_cast<QWidget *>(m_ui->importButton),
                            static_cast<QWidget *>(m_ui->profilesList)}) {
        widget->setEnabled(!busy);
    }
    if (!busy) {
        updateListButtons();
    }
}

void ProfileDialog::save()
{
    for (FieldFeedback *field : {m_nameField, m_baseUrlField, m_groupField, m_keyIdField, m_secretField}) {
        field->reveal();
    }
    for (FieldFeedback *field : {m_nameField, m_baseUrlField, m_groupField, m_keyIdField, m_secretField}) {
        if (field->hasProblem()) {
            field->edit()->setFocus();
            showStatus(tr("Fix the marked fields first: nothing was saved."), true);
            return;
        }
    }
    const Profile profile = formProfile();
    setBusy(true);
    showStatus(tr("Saving…"), false);
    m_store->save(profile, m_editingName, formSecret(), this,
                  [this, name = profile.name](bool ok, const QString &message) {
                      setBusy(false);
                      if (!ok) {
                          showStatus(message, true);
                          return;
                      }
                      if (m_store->activeProfileName().isEmpty() || m_store->profiles().size() == 1) {
                          m_store->setActiveProfileName(name);
                      }
                      m_editingName.clear();
                      reloadList(name);
                      showStatus(tr("Saved. The secret is in the keychain."), false);
                  });
}

void ProfileDialog::duplicateSelected()
{
    if (m_editingName.isEmpty()) {
        return;
    }
    QString copyName = tr("%1 copy").arg(m_editingName);
    for (int i = 2; m_store->contains(copyName); ++i) {
        copyName = tr("%1 copy %2").arg(m_editingName).arg(i);
    }
    setBusy(true);
    m_store->duplicate(m_editingName, copyName, this, [this, copyName](bool ok, const QString &message) {
        setBusy(false);
        if (!ok) {
            showStatus(message, true);
            return;
        }
        reloadList(copyName);
        showStatus(tr("Duplicated as \"%1\". Rename it here and save.").arg(copyName), false);
    });
}

void ProfileDialog::deleteSelected()
{
    if (m_editingName.isEmpty()) {
        return;
    }
    const QString name = m_editingName;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                    tr("Delete profile \"%1\" and its secret in the keychain?").arg(name),
                                    QMessageBox::Cancel, this);
    QPushButton *deleteButton = confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, deleteButton, name] {
        if (confirm->clickedButton() != deleteButton) {
            return;
        }
        setBusy(true);
        m_store->remove(name, this, [this, name](bool ok, const QString &message) {
            setBusy(false);
            if (!ok) {
                showStatus(message, true);
                return;
            }
            m_editingName.clear();
            reloadList(m_store->activeProfileName());
            if (m_ui->profilesList->count() == 0) {
                startNew();
            }
            showStatus(tr("Deleted \"%1\" and its keychain entry.").arg(name), false);
        });
    });
    confirm->open();
}

void ProfileDialog::testConnection()
{
    const Profile profile = formProfile();
    if (const FieldProblems problems = profile.validate(); !problems.isEmpty() && problems.first().field != "name") {
        showStatus(problems.first().message, true);
        return;
    }
    if (auto secret = formSecret(); secret && !secret->isEmpty()) {
        // What is typed is tested before it is saved: it never enters the keychain for a test.
        sendTest(AtlasConnection::withCredentials(profile.baseUrl(), *secret, tr("the key typed here")));
        return;
    }
    if (m_editingName.isEmpty()) {
        showStatus(tr("Enter the key or the service account first."), true);
        return;
    }
    Profile stored = profile;
    stored.name = m_editingName; // the keychain entry is under the saved name until Save renames it
    sendTest(AtlasConnection::forProfile(stored));
}

void ProfileDialog::sendTest(const AtlasConnection &connection)
{
    // Only the newest test speaks: an older one would report the credentials that were replaced.
    if (m_testCall) {
        m_testCall->abandon();
    }
    setBusy(true);
    showStatus(connection.fixedCredentials() ? tr("Connecting to %1…").arg(connection.baseUrl().toString())
                                             : tr("Reading the secret from the keychain…"),
               false);
    m_testSession->setConnection(connection);
    m_testSession->prepare(this, [this](const std::optional<ConnectionFailure> &failure) {
        if (failure) {
            setBusy(false);
            showStatus(failure->message, true);
            return;
        }
        showStatus(tr("Connecting to %1…").arg(m_testSession->client()->baseUrl().toString()), false);
        runTest();
    });
}

void ProfileDialog::runTest()
{
    m_testCall = m_testApi->testConnection(this, [this](const AtlasResult<int> &result) {
        setBusy(false);
        if (!result.isOk()) {
            showStatus(tr("%1: %2").arg(FailureText::title(result.failure()), FailureText::oneLine(result.failure())),
                       true);
            return;
        }
        showStatus(tr("Connected. This key sees %n project(s).", nullptr, result.value()), false);
    });
}

void ProfileDialog::importFromCli()
{
    auto *importer = new AtlasCliImporter(m_store, this);
    setBusy(true);
    showStatus(tr("Reading the Atlas CLI's profiles…"), false);
    importer->start(AtlasCliImporter::defaultConfigPath(),
                    [this, importer](const QStringList &imported, const QStringList &problems) {
                        importer->deleteLater();
                        setBusy(false);
                        reloadList(imported.isEmpty() ? m_editingName : imported.first());
                        QStringList lines;
                        if (!imported.isEmpty()) {
                            lines.append(tr("Imported %n profile(s): %1.", nullptr, static_cast<int>(imported.size()))
                                             .arg(imported.join(QStringLiteral(", "))));
                        }
                        lines.append(problems);
                        showStatus(lines.join(u'\n'), imported.isEmpty());
                    });
}

} // namespace PeeringDesk
