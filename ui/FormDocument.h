// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioning/SavedForm.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace PeeringDesk {

class AppSettings;

/// The saved form behind the window: its requests, its file, whether it changed since, the recent files and the
/// untitled draft kept in the settings, and the New/Open/Save/Save As dialogs. It never touches the form's fields:
/// the window lends it an Editor to read the request being edited and to show another one.
class FormDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDocument)

public:
    struct Editor
    {
        std::function<SavedRequest()> current;
        std::function<void(const SavedRequest &)> load;
        /// Empties the fields, for New.
        std::function<void()> clear;
        /// The profile a saved form names; empty when none should be (the sandbox).
        std::function<QString()> profile;
    };

    /// `window` parents the dialogs.
    FormDocument(AppSettings *settings, QWidget *window, Editor editor, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    /// The whole form, the request being edited included.
    SavedForm form() const;

    int requestIndex() const { return m_requestIndex; }
    qsizetype requestCount() const { return m_form.requests.size(); }
    /// One line per request for the request list: "2. AWS vpc-0abc".
    QStringList requestLabels() const;
    QStringList recentFiles() const;

    /// The untitled form of the last session, or a form of the request being edited.
    void restoreDraft();
    /// Remembers the request being edited for the next start, and keeps an untitled form whole in the settings,
    /// so closing it never loses anything.
    void saveSession(bool sandbox);

    bool openFile(const QString &path);
    bool saveToFile(const QString &path);
    void newForm();
    void showOpenDialog();
    void save(const std::function<void(bool saved)> &done = {});
    void saveAs(const std::function<void(bool saved)> &done = {});
    /// Calls `proceed` once unsaved changes are saved or dropped; never when the user cancels.
    void maybeDiscard(const std::function<void()> &proceed);
    /// Open `path`, after asking about unsaved changes.
    void maybeOpen(const QString &path);
    void clearRecentFiles();

    void chooseRequest(int index);
    void addRequest();
    void removeRequest();
    /// The fields may have been edited: the form is modified while it differs from what was last opened, saved,
    /// started or suggested, so a list that arrives and picks what is already typed marks nothing.
    void markModified();
    /// Runs `fill`, which puts a suggestion (the sandbox's demo ids, a profile's default project) into the fields:
    /// a suggestion is not the user's edit, so a form that was unmodified stays so, and File > New asks nothing.
    void suggest(const std::function<void()> &fill);

Q_SIGNALS:
    void titleChanged();
    void requestsChanged();
    /// Every request was replaced (a new, opened or restored form); requestsChanged() follows.
    void formReplaced();
    /// A request was inserted at `index` or removed from it; requestsChanged() follows.
    void requestAdded(int index);
    void requestRemoved(int index);
    void recentFilesChanged();
    /// A form that names a profile was opened.
    void profileNamed(const QString &profile);
    void statusMessage(const QString &message, int timeout);

private:
    void load(const SavedForm &form, const QString &path);
    void storeCurrentRequest();
    void setClean(const QString &path);
    void addRecentFile(const QString &path);
    /// The form as compared for "modified": the profile it names follows the window's choice, not an edit.
    SavedForm comparable() const;
    void setBaseline();

    AppSettings *m_settings;
    QWidget *m_window;
    Editor m_editor;
    SavedForm m_form;
    int m_requestIndex = 0;
    QString m_filePath;
    bool m_modified = false;
    bool m_suggesting = false;
    SavedForm m_baseline;
};

} // namespace PeeringDesk
