// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPlanControls.h"

#include "ui_MainWindow.h"

#include "FormDocument.h"
#include "FormPlanBar.h"
#include "UiLog.h"
#include "peering/PeeringSubmitter.h"
#include "peering/RateLimitRetry.h"
#include "peering/SubmitOutcome.h"
#include "provisioning/FormPlanReader.h"

#include <QStyle>
#include <QTimer>

namespace PeeringDesk {

namespace {

bool sameRequest(const SavedRequest &a, const SavedRequest &b)
{
    return a.request == b.request && a.accessList == b.accessList;
}

QStyle::StandardPixmap iconFor(PlanItem::State state)
{
    switch (state) {
    case PlanItem::State::Exists:
        return QStyle::SP_DialogApplyButton;
    case PlanItem::State::ToCreate:
        return QStyle::SP_ArrowRight;
    case PlanItem::State::Differs:
    case PlanItem::State::Conflict:
        return QStyle::SP_MessageBoxWarning;
    case PlanItem::State::Invalid:
        return QStyle::SP_MessageBoxCritical;
    case PlanItem::State::Unknown:
        return QStyle::SP_MessageBoxQuestion;
    }
    return QStyle::SP_MessageBoxQuestion;
}

} // namespace

FormPlanControls::FormPlanControls(FormPlanReader *reader, PeeringSubmitter *submitter, FormDocument *document,
                                   Ui::MainWindow *ui, Window window, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_submitter(submitter)
    , m_document(document)
    , m_ui(ui)
    , m_window(std::move(window))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &FormPlanControls::sendCurrent);
    FormPlanBar *bar = m_ui->formPlanBar;
    // A check asked for is a fresh look: the last apply's results go.
    const auto freshCheck = [this] {
        m_results.clear();
        m_failures.clear();
        check();
    };
    connect(bar, &FormPlanBar::checkRequested, this, freshCheck);
    connect(bar, &FormPlanBar::applyRequested, this, &FormPlanControls::apply);
    connect(bar, &FormPlanBar::stopRequested, this, [this] {
        m_submitter->cancel();
        stop(tr("Stopped: nothing further was sent."));
    });
    connect(m_ui->checkFormAction, &QAction::triggered, this, freshCheck);
    connect(m_submitter, &PeeringSubmitter::finished, this, &FormPlanControls::onSubmitted);
    // Indices move when requests come and go, and a new form is another plan altogether.
    connect(document, &FormDocument::formReplaced, this, [this] {
        forget();
        checkIfOpened(); // an opened form is compared with Atlas at once: that is what a re-run needs to know
    });
    connect(document, &FormDocument::requestAdded, this, &FormPlanControls::forget);
    connect(document, &FormDocument::requestRemoved, this, &FormPlanControls::forget);
    connect(document, &FormDocument::requestsChanged, this, &FormPlanControls::decorate);
    forget();
}

std::optional<PlanItem> FormPlanControls::currentItem(const QList<SavedRequest> &requests, int index) const
{
    if (index < 0 || index >= m_items.size() || index >= m_checked.size() || index >= requests.size() ||
        !sameRequest(m_checked.at(index), requests.at(index))) {
        return std::nullopt;
    }
    return m_items.at(index);
}

std::optional<Peering> FormPlanControls::existingPeering(const SavedRequest &saved) const
{
    for (qsizetype i = 0; i < m_items.size() && i < m_checked.size(); ++i) {
        if (m_items.at(i).state == PlanItem::State::Exists && sameRequest(m_checked.at(i), saved)) {
            return m_items.at(i).existing;
        }
    }
    return std::nullopt;
}

void FormPlanControls::forget()
{
    if (m_applying) {
        return; // the apply's own request switches are not a new form
    }
    m_reader->cancel();
    m_items.clear();
    m_checked.clear();
    m_results.clear();
    m_failures.clear();
    m_notSent.clear();
    decorate();
    showSummary();
}

void FormPlanControls::checkIfOpened()
{
    if (!m_document->filePath().isEmpty()) {
        check();
    }
}

void FormPlanControls::check()
{
    if (m_applying) {
        return;
    }
    m_checked = m_document->form().requests;
    m_items.clear();
    m_notSent.clear();
    m_ui->formPlanBar->setApplyAvailable(false);
    m_ui->formPlanBar->setVisible(true);
    m_ui->formPlanBar->showSummary(tr("Reading the form's projects in Atlas…"), true);
    qCInfo(lcUi) << "check form against Atlas:" << m_checked.size() << "request(s)";
    m_reader->read(m_checked, [this](const QList<PlanItem> &items, const std::optional<ConnectionFailure> &notSent) {
        onChecked(items, notSent);
    });
}

void FormPlanControls::onChecked(const QList<PlanItem> &items, const std::optional<ConnectionFailure> &notSent)
{
    m_items = items;
    m_checkedAt = QTime::currentTime();
    m_notSent = notSent ? notSent->message : QString();
    decorate();
    showSummary();
    Q_EMIT planChanged();
}

QString FormPlanControls::stateText(const PlanItem &item)
{
    switch (item.state) {
    case PlanItem::State::Exists:
        return item.existing ? tr("exists, %1").arg(item.existing->status()) : tr("exists");
    case PlanItem::State::ToCreate:
        return tr("to create");
    case PlanItem::State::Differs:
        return tr("differs from Atlas");
    case PlanItem::State::Conflict:
        return tr("conflict");
    case PlanItem::State::Invalid:
        return tr("invalid");
    case PlanItem::State::Unknown:
        return tr("not read");
    }
    return {};
}

QString FormPlanControls::details(const PlanItem &item)
{
    QStringList lines;
    if (item.existing) {
        lines.append(tr("Peering %1 is %2 in Atlas.").arg(item.existing->id(), item.existing->status()));
    }
    for (const FieldDifference &difference : item.differences) {
        lines.append(tr("%1: %2 in the form, %3 in Atlas.")
                         .arg(difference.field, difference.inForm,
                              difference.inAtlas.isEmpty() ? tr("not given") : difference.inAtlas));
    }
    lines += item.reasons;
    for (const FieldProblem &problem : item.problems) {
        lines.append(tr("%1: %2").arg(problem.field, problem.message));
    }
    if (item.accessList && !item.accessList->missing.isEmpty()) {
        lines.append(tr("IP access list: %1 still to add.").arg(item.accessList->missing.join(QLatin1String(", "))));
    } else if (item.accessList) {
        lines.append(tr("IP access list: every range is allowed already."));
    }
    return lines.join(QLatin1Char('\n'));
}

void FormPlanControls::decorate()
{
    QComboBox *combo = m_ui->requestComboBox;
    const QStringList labels = m_document->requestLabels();
    const QList<SavedRequest> requests = m_document->form().requests;
    for (int i = 0; i < combo->count() && i < labels.size(); ++i) {
        const std::optional<PlanItem> item = currentItem(requests, i);
        QString suffix;
        QIcon icon;
        QString tip;
        if (m_results.contains(i)) {
            suffix = m_results.value(i);
        } else if (item) {
            suffix = stateText(*item);
            icon = combo->style()->standardIcon(iconFor(item->state));
            tip = details(*item);
        } else if (!m_items.isEmpty() && i < m_checked.size()) {
            suffix = tr("changed since the check");
        }
        combo->setItemText(i, suffix.isEmpty() ? labels.at(i) : tr("%1 — %2").arg(labels.at(i), suffix));
        combo->setItemIcon(i, icon);
        combo->setItemData(i, tip.isEmpty() ? QVariant() : QVariant(tip), Qt::ToolTipRole);
    }
}

void FormPlanControls::showSummary()
{
    FormPlanBar *bar = m_ui->formPlanBar;
    if (m_applying) {
        return;
    }
    if (m_items.isEmpty() && m_notSent.isEmpty()) {
        // One request is what Create is for; the strip earns its place once a form holds several.
        bar->setVisible(m_document->requestCount() > 1);
        bar->setApplyAvailable(false);
        bar->showSummary(tr("Check Against Atlas reads the form's projects and marks each request: exists, to "
                            "create, differs or conflicts."));
        return;
    }
    bar->setVisible(true);
    if (!m_notSent.isEmpty()) {
        bar->setApplyAvailable(false);
        bar->showSummary(tr("Not checked: %1").arg(m_notSent.toHtmlEscaped()));
        return;
    }
    QHash<PlanItem::State, int> counts;
    for (const PlanItem &item : std::as_const(m_items)) {
        ++counts[item.state];
    }
    QStringList parts;
    const std::pair<PlanItem::State, QString> words[] = {
        {PlanItem::State::Exists, tr("%n exist(s)", nullptr, counts.value(PlanItem::State::Exists))},
        {PlanItem::State::ToCreate, tr("%n to create", nullptr, counts.value(PlanItem::State::ToCreate))},
        {PlanItem::State::Differs, tr("%n differ(s) from Atlas", nullptr, counts.value(PlanItem::State::Differs))},
        {PlanItem::State::Conflict, tr("%n conflict(s)", nullptr, counts.value(PlanItem::State::Conflict))},
        {PlanItem::State::Invalid, tr("%n invalid", nullptr, counts.value(PlanItem::State::Invalid))},
        {PlanItem::State::Unknown, tr("%n not read", nullptr, counts.value(PlanItem::State::Unknown))}};
    for (const auto &[state, text] : words) {
        if (counts.value(state) > 0) {
            parts.append(text);
        }
    }
    QString text = tr("Checked against Atlas at %1: %2.")
                       .arg(QLocale().toString(m_checkedAt, QLocale::ShortFormat), parts.join(QLatin1String(", ")));
    if (!m_failures.isEmpty()) {
        text = m_failures.join(QLatin1Char(' ')).toHtmlEscaped() + QLatin1String("<br>") + text;
    }
    bar->setApplyAvailable(counts.value(PlanItem::State::ToCreate) > 0);
    bar->showSummary(text);
}

void FormPlanControls::apply()
{
    if (m_applying || m_submitter->isBusy() || m_reader->isReading()) {
        return;
    }
    m_queue.clear();
    const QList<SavedRequest> requests = m_document->form().requests;
    for (int i = 0; i < m_items.size(); ++i) {
        if (const auto item = currentItem(requests, i); item && item->state == PlanItem::State::ToCreate) {
            m_queue.append(i);
        }
    }
    if (m_queue.isEmpty()) {
        return;
    }
    m_applying = true;
    m_total = static_cast<int>(m_queue.size());
    m_created = 0;
    m_results.clear();
    m_failures.clear();
    m_window.lock(true);
    qCInfo(lcUi) << "create all missing:" << m_total << "request(s)";
    next();
}

void FormPlanControls::next()
{
    if (!m_applying) {
        return;
    }
    const int done = m_total - static_cast<int>(m_queue.size());
    m_ui->formPlanBar->showApplying(done, m_total);
    if (m_queue.isEmpty()) {
        stop(tr("Created %1 of %n missing peering(s).", nullptr, m_total).arg(m_created));
        return;
    }
    m_current = m_queue.takeFirst();
    m_retries = 0;
    m_document->chooseRequest(m_current);
    m_ui->formPlanBar->showSummary(tr("Creating request %1 (%2 of %3)…").arg(m_current + 1).arg(done + 1).arg(m_total));
    sendCurrent();
}

void FormPlanControls::sendCurrent()
{
    if (!m_applying) {
        return;
    }
    if (!m_window.send()) {
        // The window said why in its status bar; the list keeps it for this request.
        m_results.insert(m_current, tr("not sent"));
        m_failures.append(tr("Request %1 was not sent: the form's checks stopped it.").arg(m_current + 1));
        decorate();
        QTimer::singleShot(0, this, &FormPlanControls::next);
    }
}

void FormPlanControls::onSubmitted(const SubmitOutcome &outcome)
{
    if (!m_applying || m_current < 0) {
        return;
    }
    if (const std::optional<int> seconds = RateLimitRetry::delayFor(outcome, m_retries)) {
        ++m_retries;
        m_ui->formPlanBar->showSummary(
            tr("Atlas did not take request %1 (too many requests); it is sent again in %n second(s).", nullptr,
               *seconds)
                .arg(m_current + 1));
        m_retryTimer->start(std::chrono::seconds(*seconds));
        return;
    }
    if (outcome.kind == SubmitOutcome::Kind::Created) {
        ++m_created;
        m_results.insert(m_current, tr("created"));
    } else if (outcome.failure && outcome.failure->kind() == RequestFailure::Kind::Cancelled) {
        m_results.insert(m_current, tr("cancelled"));
        stop(tr("Stopped: nothing further was sent."));
        return;
    } else {
        const QString why = outcome.notSent   ? outcome.notSent->message
                            : outcome.failure ? outcome.failure->title()
                                              : tr("The request failed.");
        m_results.insert(m_current, outcome.mayHaveBeenCreated() ? tr("may have been created") : tr("failed"));
        m_failures.append(tr("Request %1: %2").arg(m_current + 1).arg(why));
    }
    decorate();
    // The window finishes showing this outcome first; the next request starts from a quiet submitter.
    QTimer::singleShot(0, this, &FormPlanControls::next);
}

void FormPlanControls::stop(const QString &why)
{
    if (!m_applying) {
        return;
    }
    m_retryTimer->stop();
    m_queue.clear();
    m_applying = false;
    m_current = -1;
    m_ui->formPlanBar->stopApplying();
    m_window.lock(false);
    Q_EMIT statusMessage(why, 6000);
    qCInfo(lcUi) << "create all missing ended:" << m_created << "created of" << m_total;
    // What was made is now in Atlas: a fresh check says what is left, and the list keeps each request's result.
    const QHash<int, QString> results = m_results;
    const QStringList failures = m_failures;
    check();
    m_results = results;
    m_failures = failures;
    decorate();
}

} // namespace PeeringDesk
