// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "model/Project.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ProjectPicker;
}

class QComboBox;
class QLineEdit;

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;

/// Chooses the project (ProjectPicker.ui): an editable list of the profile's projects by name and id, read from
/// every page of GET /groups on refresh(). Typing or pasting an id works as well, so nobody is stuck when the key
/// may not list projects.
class ProjectPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPicker)

public:
    explicit ProjectPicker(AtlasApi *api, QWidget *parent = nullptr);
    ~ProjectPicker() override;

    /// The chosen project's id, or the id typed (cleaned); empty when nothing usable is there.
    QString groupId() const;
    /// Selects the project with this id, or shows the id as typed when it is not listed.
    void setGroupId(const QString &groupId);
    QList<Project> projects() const { return m_projects; }
    bool isLoading() const;
    /// The editable list itself, for a window that labels it and gives it a buddy.
    QComboBox *comboBox() const;
    // The picker's focusable parts, in the order Tab visits them.
    QList<QWidget *> tabChain() const;
    /// The list's line edit, where a project id is typed or pasted.
    QLineEdit *lineEdit() const;

    /// Lists the projects again; the current choice stays when it is still listed.
    void refresh();

Q_SIGNALS:
    void groupIdChanged(const QString &groupId);
    /// The list arrived (count may be 0), or failed (message is translated).
    void projectsLoaded(int count);
    void loadFailed(const QString &message);

private:
    void onListed(const AtlasResult<QList<Project>> &result);
    void onTextChanged();
    void showNameFromStart();

    const std::unique_ptr<Ui::ProjectPicker> m_ui;
    AtlasApi *m_api;
    QPointer<AtlasCall> m_listCall;
    QList<Project> m_projects;
    QString m_lastGroupId;
};

} // namespace PeeringDesk
