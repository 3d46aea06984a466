// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectPicker.h"

#include "ui_ProjectPicker.h"

#include "UiLog.h"
#include "api/AtlasApi.h"
#include "model/FieldValidator.h"
#include "peering/FailureText.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>

namespace PeeringDesk {

ProjectPicker::ProjectPicker(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProjectPicker>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->projectCombo->lineEdit()->setPlaceholderText(tr("Choose a project, or paste its 24-character ID"));
    m_ui->projectCombo->setInsertPolicy(QComboBox::NoInsert);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &ProjectPicker::refresh);
    connect(m_ui->projectCombo, &QComboBox::currentTextChanged, this, &ProjectPicker::onTextChanged);
    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this, &ProjectPicker::showNameFromStart);
}

ProjectPicker::~ProjectPicker() = default;

bool ProjectPicker::isLoading() const
{
    return m_listCall && m_listCall->isRunning();
}

QComboBox *ProjectPicker::comboBox() const
{
    return m_ui->projectCombo;
}

QList<QWidget *> ProjectPicker::tabChain() const
{
    return {m_ui->projectCombo, m_ui->refreshButton};
}

QLineEdit *ProjectPicker::lineEdit() const
{
    return m_ui->projectCombo->lineEdit();
}

QString ProjectPicker::groupId() const
{
    const QString text = m_ui->projectCombo->currentText();
    const int index = m_ui->projectCombo->findText(text);
    if (index >= 0) {
        return m_ui->projectCombo->itemData(index).toString();
    }
    // Accept an id pasted with its name around it ("Sandbox Demo (5f0a…)") as well as a bare one.
    static const QRegularExpression id(QStringLiteral("\\b[a-f0-9]{24}\\b"));
    const auto match = id.match(text);
    return match.hasMatch() ? match.captured() : FieldValidator::clean(text);
}

void ProjectPicker::setGroupId(const QString &groupId)
{
    const int index = m_ui->projectCombo->findData(groupId);
    if (index >= 0) {
        m_ui->projectCombo->setCurrentIndex(index);
    } else {
        m_ui->projectCombo->setEditText(groupId);
    }
    showNameFromStart();
}

void ProjectPicker::refresh()
{
    if (isLoading()) {
        return;
    }
    m_listCall = m_api->listProjects(this, [this](const AtlasResult<QList<Project>> &result) { onListed(result); });
    connect(m_listCall, &AtlasCall::waiting, this,
            [this](int seconds) { m_ui->statusLabel->setText(AtlasCall::waitingMessage(seconds)); });
    m_ui->refreshButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Loading projects…"));
}

void ProjectPicker::onListed(const AtlasResult<QList<Project>> &result)
{
    m_ui->refreshButton->setEnabled(true);
    if (!result.isOk()) {
        const QString message = FailureText::oneLine(result.failure());
        m_ui->statusLabel->setText(tr("Could not list projects: %1 You can still paste a project ID.").arg(message));
        Q_EMIT loadFailed(message);
        return;
    }
    const QString keep = groupId();
    m_projects = result.value();
    std::sort(m_projects.begin(), m_projects.end(),
              [](const Project &a, const Project &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    const QSignalBlocker blocker(m_ui->projectCombo);
    m_ui->projectCombo->clear();
    for (const Project &project : std::as_const(m_projects)) {
        m_ui->projectCombo->addItem(tr("%1 (%2)").arg(project.name, project.id), project.id);
    }
    m_ui->statusLabel->setText(tr("%n project(s)", nullptr, int(m_projects.size())));
    qCInfo(lcUi) << "listed" << m_projects.size() << "projects";
    if (!keep.isEmpty()) {
        setGroupId(keep);
    } else if (!m_projects.isEmpty()) {
        m_ui->projectCombo->setCurrentIndex(0);
    } else {
        m_ui->projectCombo->setEditText(QString());
    }
    showNameFromStart();
    Q_EMIT projectsLoaded(int(m_projects.size()));
    onTextChanged();
}

void ProjectPicker::showNameFromStart()
{
    // A line edit keeps its cursor at the end of a text set into it, so a narrow field shows the tail of
    // "Name (id)": the id, with the name cut from the left. A chosen project shows its name.
    QLineEdit *edit = m_ui->projectCombo->lineEdit();
    m_ui->projectCombo->setToolTip(m_ui->projectCombo->currentText());
    if (!edit->hasFocus()) {
        edit->setCursorPosition(0);
    }
}

void ProjectPicker::onTextChanged()
{
    const QString id = groupId();
    if (id != m_lastGroupId) {
        m_lastGroupId = id;
        Q_EMIT groupIdChanged(id);
    }
}

} // namespace PeeringDesk
