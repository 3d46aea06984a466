// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListPanel.h"

#include "ui_AccessListPanel.h"

#include "FieldFeedback.h"
#include "UiLog.h"
#include "api/AtlasApi.h"
#include "model/FieldValidator.h"
#include "peering/AccessListAdvice.h"
#include "peering/FailureText.h"
#include "provisioning/AccessListExporter.h"
#include "transport/AtlasClient.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace PeeringDesk {

namespace {

enum ExportFormat { Curl, AtlasCli, Terraform };

/// Atlas applies an entry to every cloud within a minute or two: ask often at first, then less.
constexpr int firstPollMs = 2000;
constexpr int maxPollMs = 15000;

} // namespace

AccessListPanel::AccessListPanel(AtlasApi *api, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::AccessListPanel>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ranges = new FieldFeedback(QStringLiteral("accessListRanges"), m_ui->rangesEdit, m_ui->rangesHelpLabel, this);
    m_ui->allowButton->setAutoDefault(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &AccessListPanel::pollStatus);
    connect(m_ui->allowButton, &QPushButton::clicked, this, &AccessListPanel::allow);
    connect(m_ui->rangesEdit, &QLineEdit::returnPressed, this, &AccessListPanel::allow);
    connect(m_ui->rangesEdit, &QLineEdit::textChanged, this, [this] {
        m_ranges->setLocalProblem(FieldValidator::accessListRanges(m_ui->rangesEdit->text()));
        showCoverage();
    });

    auto *menu = new QMenu(m_ui->exportButton);
    menu->addAction(tr("curl"), this, [this] { copyAs(Curl); });
    menu->addAction(tr("Atlas CLI"), this, [this] { copyAs(AtlasCli); });
    menu->addAction(tr("Terraform"), this, [this] { copyAs(Terraform); });
    m_ui->exportButton->setMenu(menu);
    m_ui->exportButton->setToolTip(tr("Copy the entry as a curl command, Atlas CLI commands or Terraform resources."));
    m_ui->notesLabel->setVisible(false);
}

AccessListPanel::~AccessListPanel() = default;

void AccessListPanel::setPeering(const QString &groupId, const Peering &peering,
                                 const std::optional<Container> &container)
{
    clear();
    m_groupId = groupId;
    const AccessListAdvice advice = AccessListAdvice::forPeering(peering, container);
    m_ui->rangesEdit->setText(advice.suggestedRanges.join(QLatin1String(", ")));
    m_ranges->setHint(advice.rangesHint);
    m_ranges->resetTouched();
    m_ui->commentEdit->setText(advice.comment);
    m_ui->notesLabel->setText(advice.notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!advice.notes.isEmpty());
    listEntries();
}

void AccessListPanel::clear()
{
    if (m_call) {
        m_call->abandon();
    }
    m_pollTimer.stop();
    m_groupId.clear();
    m_entries.clear();
    m_listed = false;
    m_allowWhenListed = false;
    m_pending.clear();
    m_polls = 0;
    m_ui->statusLabel->clear();
    setBusy(false);
    setReady(false);
}

void AccessListPanel::allowNow(const AccessListRequest &request)
{
    m_ui->rangesEdit->setText(request.ranges().join(QLatin1String(", ")));
    if (!request.comment().isEmpty()) {
        m_ui->commentEdit->setText(request.comment());
    }
    if (m_listed) {
        allow();
    } else {
        m_allowWhenListed = true;
    }
}

QStringList AccessListPanel::ranges() const
{
    return AccessListRequest::splitRanges(m_ui->rangesEdit->text());
}

AccessListRequest AccessListPanel::request() const
{
    return AccessListRequest(ranges(), m_ui->commentEdit->text());
}

void AccessListPanel::listEntries()
{
    m_ui->statusLabel->setText(tr("Reading the project's IP access list…"));
    m_call = m_api->listAccessList(m_groupId, this, [this](const AtlasResult<QList<AccessListEntry>> &result) {
        if (!result.isOk()) {
            m_ui->statusLabel->setText(tr("Could not read the IP access list: %1 You can still add the entry.")
                                           .arg(FailureText::oneLine(result.failure())));
            // Atlas keeps one entry per range, so sending without knowing the list is safe.
            if (std::exchange(m_allowWhenListed, false)) {
                allow();
            }
            return;
        }
        m_entries = result.value();
        m_listed = true;
        qCDebug(lcUi) << "access list has" << m_entries.size() << "entries";
        showCoverage();
        if (std::exchange(m_allowWhenListed, false)) {
            allow();
        }
    });
}

void AccessListPanel::showCoverage()
{
    if (!m_listed || !m_pending.isEmpty()) {
        return;
    }
    QStringList covered;
    for (const QString &range : ranges()) {
        if (const auto entry = AccessListRequest::coveringEntry(range, m_entries)) {
            covered << (entry->value() == range
                            ? tr("%1 is on the list already.").arg(range)
                            : tr("%1 is allowed by the entry %2 already.").arg(range, entry->value()));
        }
    }
    const bool all = !ranges().isEmpty() && covered.size() == ranges().size();
    m_ui->statusLabel->setText(covered.join(u' '));
    setReady(all && request().isValid());
}

void AccessListPanel::allow()
{
    const AccessListRequest wanted = request();
    if (const FieldProblems problems = wanted.validate(); !problems.isEmpty()) {
        // Said at the field, with the field's text untouched.
        m_ranges->reveal();
        m_ui->rangesEdit->setFocus();
        Q_EMIT statusMessage(problems.first().message);
        return;
    }
    const AccessListRequest rest = wanted.withoutCovered(m_entries);
    if (rest.ranges().isEmpty()) {
        showCoverage();
        Q_EMIT statusMessage(tr("Every range is on the IP access list already; nothing was sent."));
        return;
    }
    setBusy(true);
    m_ui->statusLabel->setText(tr("Adding %1 to the IP access list…").arg(rest.ranges().join(QLatin1String(", "))));
    const QStringList added = rest.ranges();
    m_call =
        m_api->addToAccessList(m_groupId, rest, this, [this, added](const AtlasResult<QList<AccessListEntry>> &result) {
            setBusy(false);
            if (!result.isOk()) {
                m_ranges->setServerProblem(FailureText::oneLine(result.failure()));
                m_ui->statusLabel->setText(
                    tr("Atlas did not add the entry: %1").arg(FailureText::oneLine(result.failure())));
                return;
            }
            onAdded(result.value(), added);
        });
}

void AccessListPanel::onAdded(const QList<AccessListEntry> &entries, const QStringList &added)
{
    for (const AccessListEntry &entry : entries) {
        if (!m_entries.contains(entry)) {
            m_entries.append(entry);
        }
    }
    m_listed = true;
    m_pending = added;
    m_polls = 0;
    qCInfo(lcUi) << "added" << added.size() << "access list entries";
    m_ui->statusLabel->setText(tr("Added %1; Atlas is applying it (PENDING).").arg(added.join(QLatin1String(", "))));
    Q_EMIT statusMessage(tr("Added %1 to the IP access list.").arg(added.join(QLatin1String(", "))));
    pollStatus();
}

void AccessListPanel::pollStatus()
{
    if (m_pending.isEmpty()) {
        return;
    }
    const QString range = m_pending.first();
    m_call = m_api->accessListStatus(
        m_groupId, range, this, [this, range](const AtlasResult<AccessListEntry::Status> &result) {
            ++m_polls;
            const int delay = qMin(maxPollMs, firstPollMs * (1 + m_polls / 3));
            if (!result.isOk()) {
                m_ui->statusLabel->setText(tr("Could not read the entry's status: %1 Asking again shortly.")
                                               .arg(FailureText::oneLine(result.failure())));
                m_pollTimer.start(delay);
                return;
            }
            switch (result.value()) {
            case AccessListEntry::Status::Active:
                m_pending.removeAll(range);
                break;
            case AccessListEntry::Status::Failed:
                m_pending.clear();
                m_ui->statusLabel->setText(tr("Atlas could not apply the entry %1 (FAILED). Remove it in "
                                              "Atlas and add it again, or ask MongoDB support.")
                                               .arg(range));
                return;
            default:
                break;
            }
            if (m_pending.isEmpty()) {
                m_ui->statusLabel->setText(
                    tr("On the IP access list and ACTIVE: %1.").arg(ranges().join(QLatin1String(", "))));
                setReady(true);
                return;
            }
            m_ui->statusLabel->setText(
                tr("Atlas is applying %1 (%2).")
                    .arg(m_pending.join(QLatin1String(", ")), AccessListEntry::statusWireName(result.value())));
            m_pollTimer.start(result.value() == AccessListEntry::Status::Active ? 0 : delay);
        });
}

void AccessListPanel::setReady(bool ready)
{
    if (ready == m_ready) {
        return;
    }
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}

void AccessListPanel::setBusy(bool busy)
{
    m_ui->allowButton->setEnabled(!busy);
    m_ui->rangesEdit->setReadOnly(busy);
}

void AccessListPanel::copyAs(int format)
{
    const AccessListRequest wanted = request();
    AtlasClient *client = m_api->client();
    Export result;
    QString what;
    switch (format) {
    case Curl:
        result = AccessListExporter::curl(m_groupId, wanted, client->baseUrl(), client->credentialsKind());
        what = tr("a curl command");
        break;
    case AtlasCli:
        result = AccessListExporter::atlasCli(m_groupId, wanted);
        what = tr("Atlas CLI commands");
        break;
    default:
        result = AccessListExporter::terraform(m_groupId, wanted);
        what = tr("Terraform");
        break;
    }
    QApplication::clipboard()->setText(result.text);
    Q_EMIT statusMessage(tr("Copied the access list entry as %1.").arg(what));
}

} // namespace PeeringDesk
