// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDocument.h"

#include "store/AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <utility>

namespace PeeringDesk {

namespace {

constexpr int maxRecentFiles = 8;

QString peerName(const PeeringRequest &request)
{
    return std::visit(
        [](const auto &body) {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, AwsPeeringRequest>) {
                return body.vpcId;
            } else if constexpr (std::is_same_v<Body, AzurePeeringRequest>) {
                return body.vnetName;
            } else {
                return body.networkName;
            }
        },
        request.body());
}

} // namespace

FormDocument::FormDocument(AppSettings *settings, QWidget *window, Editor editor, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_editor(std::move(editor))
{}

SavedForm FormDocument::form() const
{
    SavedForm result = m_form;
    if (m_requestIndex >= 0 && m_requestIndex < result.requests.size()) {
        result.requests[m_requestIndex] = m_editor.current();
    }
    if (const QString profile = m_editor.profile(); !profile.isEmpty()) {
        result.profile = profile;
    }
    return result;
}

QStringList FormDocument::requestLabels() const
{
    QStringList labels;
    for (qsizetype i = 0; i < m_form.requests.size(); ++i) {
        // The request being edited is labelled as typed, not as last stored.
        const PeeringRequest request = i == m_requestIndex ? m_editor.current().request : m_form.requests.at(i).request;
        const QString peer = peerName(request).trimmed();
        labels.append(
            tr("%1. %2 %3")
                .arg(i + 1)
                .arg(providerDisplayName(request.provider()), peer.isEmpty() ? tr("(not filled in yet)") : peer));
    }
    return labels;
}

QStringList FormDocument::recentFiles() const
{
    return m_settings->value(AppSettings::Key::RecentFiles).toStringList();
}

void FormDocument::restoreDraft()
{
    const SavedFormParse draft = SavedForm::parse(m_settings->value(AppSettings::Key::DraftForm).toString().toUtf8());
    if (draft.form && !draft.form->requests.isEmpty()) {
        load(*draft.form, QString());
    } else {
        m_form.requests = {m_editor.current()};
        Q_EMIT formReplaced();
        Q_EMIT requestsChanged();
        setBaseline();
    }
}

void FormDocument::saveSession(bool sandbox)
{
    const SavedRequest current = m_editor.current();
    if (!sandbox) {
        // The sandbox's demo ids would only confuse the next real session.
        m_settings->setValue(AppSettings::Key::LastGroupId, current.request.groupId());
        m_settings->setValue(AppSettings::Key::LastContainerId, current.request.containerId().trimmed());
        if (m_filePath.isEmpty()) {
            m_settings->setValue(AppSettings::Key::DraftForm, QString::fromUtf8(form().toJson()));
        }
    }
    m_settings->setValue(AppSettings::Key::LastProvider, providerWireName(current.request.provider()));
    m_settings->setValue(AppSettings::Key::Envelope, current.options.envelope);
    m_settings->setValue(AppSettings::Key::Pretty, current.options.pretty);
}

void FormDocument::load(const SavedForm &form, const QString &path)
{
    m_form = form;
    m_requestIndex = 0;
    m_filePath = path;
    if (!form.profile.isEmpty()) {
        Q_EMIT profileNamed(form.profile);
    }
    m_editor.load(m_form.requests.value(0));
    Q_EMIT formReplaced();
    Q_EMIT requestsChanged();
    setClean(path);
}

void FormDocument::setClean(const QString &path)
{
    m_filePath = path;
    m_modified = false;
    setBaseline();
    Q_EMIT titleChanged();
}

SavedForm FormDocument::comparable() const
{
    SavedForm result = form();
    result.profile.clear();
    return result;
}

void FormDocument::setBaseline()
{
    m_baseline = comparable();
}

void FormDocument::storeCurrentRequest()
{
    if (m_requestIndex >= 0 && m_requestIndex < m_form.requests.size()) {
        m_form.requests[m_requestIndex] = m_editor.current();
    }
}

void FormDocument::markModified()
{
    if (const bool modified = comparable() != m_baseline; !m_suggesting && modified != m_modified) {
        m_modified = modified;
        Q_EMIT titleChanged();
    }
    if (m_requestIndex < m_form.requests.size()) {
        // Keep the request list's label in step with what is typed.
        storeCurrentRequest();
        Q_EMIT requestsChanged();
    }
}

void FormDocument::suggest(const std::function<void()> &fill)
{
    const bool wasModified = m_modified;
    const bool wasSuggesting = std::exchange(m_suggesting, true);
    fill();
    m_suggesting = wasSuggesting;
    if (!wasModified && !m_suggesting) {
        setBaseline();
    }
    markModified();
}

void FormDocument::chooseRequest(int index)
{
    if (index == m_requestIndex || index < 0 || index >= m_form.requests.size()) {
        return;
    }
    storeCurrentRequest();
    m_requestIndex = index;
    m_editor.load(m_form.requests.at(index));
    Q_EMIT requestsChanged();
}

void FormDocument::addRequest()
{
    storeCurrentRequest();
    // A copy of the current request: the next peering usually shares the project and the container.
    m_form.requests.append(m_editor.current());
    m_requestIndex = static_cast<int>(m_form.requests.size() - 1);
    Q_EMIT requestAdded(m_requestIndex);
    Q_EMIT requestsChanged();
    markModified();
    Q_EMIT statusMessage(tr("Added request %1, a copy of the one before.").arg(m_requestIndex + 1), 4000);
}

void FormDocument::removeRequest()
{
    if (m_form.requests.size() < 2) {
        return;
    }
    m_form.requests.removeAt(m_requestIndex);
    const int removed = m_requestIndex;
    m_requestIndex = qMin(m_requestIndex, static_cast<int>(m_form.requests.size() - 1));
    m_editor.load(m_form.requests.at(m_requestIndex));
    Q_EMIT requestRemoved(removed);
    Q_EMIT requestsChanged();
    markModified();
}

void FormDocument::newForm()
{
    m_form = SavedForm();
    m_requestIndex = 0;
    m_filePath.clear();
    m_editor.clear();
    m_form.requests = {m_editor.current()};
    Q_EMIT formReplaced();
    Q_EMIT requestsChanged();
    setClean(QString());
}

bool FormDocument::openFile(const QString &path)
{
    const SavedFormParse parsed = SavedForm::load(path);
    const QString name = QFileInfo(path).fileName();
    if (!parsed.form) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Form"),
                                    tr("%1 could not be opened.").arg(name), QMessageBox::Close, m_window);
        box->setInformativeText(parsed.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT statusMessage(tr("%1: %2").arg(name, parsed.error), 0);
        return false;
    }
    SavedForm opened = *parsed.form;
    if (opened.requests.isEmpty()) {
        opened.requests = {m_editor.current()};
    }
    load(opened, path);
    addRecentFile(path);
    Q_EMIT statusMessage(tr("Opened %1 (%n request(s)).", nullptr, static_cast<int>(m_form.requests.size()))
                             .arg(QDir::toNativeSeparators(path)),
                         5000);
    return true;
}

bool FormDocument::saveToFile(const QString &path)
{
    storeCurrentRequest();
    QString error;
    if (!form().save(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save Form"), error, QMessageBox::Close, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    setClean(path);
    addRecentFile(path);
    Q_EMIT statusMessage(tr("Saved %1. It holds no secret.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void FormDocument::save(const std::function<void(bool saved)> &done)
{
    if (m_filePath.isEmpty()) {
        saveAs(done);
        return;
    }
    const bool saved = saveToFile(m_filePath);
    if (done) {
        done(saved);
    }
}

void FormDocument::saveAs(const std::function<void(bool saved)> &done)
{
    auto *dialog = new QFileDialog(m_window, tr("Save Form"), m_filePath.isEmpty() ? QDir::homePath() : m_filePath,
                                   tr("Peering Desk forms (*.peering.json);;JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QLatin1String(SavedForm::fileSuffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, done](const QString &path) {
        const bool saved = saveToFile(path);
        if (done) {
            done(saved);
        }
    });
    connect(dialog, &QFileDialog::rejected, this, [done] {
        if (done) {
            done(false);
        }
    });
    dialog->open();
}

void FormDocument::showOpenDialog()
{
    auto *dialog = new QFileDialog(m_window, tr("Open Form"), m_filePath.isEmpty() ? QDir::homePath() : m_filePath,
                                   tr("Peering Desk forms (*.peering.json);;JSON files (*.json);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openFile(path); });
    dialog->open();
}

void FormDocument::maybeDiscard(const std::function<void()> &proceed)
{
    if (!m_modified) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("Save the changes to %1 first?")
                                    .arg(m_filePath.isEmpty() ? tr("this form") : QFileInfo(m_filePath).fileName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("Otherwise what you typed since the last save is lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            save([proceed](bool saved) {
                if (saved) {
                    proceed();
                }
            });
            break;
        case QMessageBox::Discard:
            m_modified = false;
            proceed();
            break;
        default:
            break;
        }
    });
    box->open();
}

void FormDocument::maybeOpen(const QString &path)
{
    maybeDiscard([this, path] { openFile(path); });
}

void FormDocument::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles) {
        recent.removeLast();
    }
    m_settings->setValue(AppSettings::Key::RecentFiles, recent);
    Q_EMIT recentFilesChanged();
}

void FormDocument::clearRecentFiles()
{
    m_settings->setValue(AppSettings::Key::RecentFiles, QStringList());
    Q_EMIT recentFilesChanged();
}

} // namespace PeeringDesk
