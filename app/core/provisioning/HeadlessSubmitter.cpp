// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessSubmitter.h"

#include "api/AtlasApi.h"
#include "connection/ConnectionSession.h"
#include "model/Peering.h"
#include "peering/FailureText.h"
#include "peering/NextSteps.h"
#include "peering/PeeringIdentity.h"
#include "peering/PeeringSubmitter.h"
#include "peering/PeeringWatcher.h"
#include "peering/PrivateConnectionReader.h"
#include "peering/RateLimitRetry.h"
#include "provisioning/FormPlanReader.h"
#include "provisioning/FormPlanner.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace PeeringDesk {

namespace {

QString kindName(RequestFailure::Kind kind)
{
    switch (kind) {
    case RequestFailure::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case RequestFailure::Kind::Timeout:
        return QStringLiteral("timeout");
    case RequestFailure::Kind::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case RequestFailure::Kind::HostNotFound:
        return QStringLiteral("hostNotFound");
    case RequestFailure::Kind::Tls:
        return QStringLiteral("tls");
    case RequestFailure::Kind::Network:
        return QStringLiteral("network");
    case RequestFailure::Kind::Authentication:
        return QStringLiteral("authentication");
    case RequestFailure::Kind::Api:
        return QStringLiteral("api");
    case RequestFailure::Kind::Http:
        return QStringLiteral("http");
    case RequestFailure::Kind::InvalidResponse:
        return QStringLiteral("invalidResponse");
    case RequestFailure::Kind::Credentials:
        return QStringLiteral("credentials");
    case RequestFailure::Kind::Redirect:
        return QStringLiteral("redirect");
    case RequestFailure::Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString notSentKindName(ConnectionFailure::Kind kind)
{
    switch (kind) {
    case ConnectionFailure::Kind::NoConnection:
        return QStringLiteral("noConnection");
    case ConnectionFailure::Kind::Refused:
        return QStringLiteral("refused");
    case ConnectionFailure::Kind::Keychain:
        return QStringLiteral("keychain");
    case ConnectionFailure::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

} // namespace

HeadlessSubmitter::HeadlessSubmitter(ConnectionSession *session, ProfileStore *profiles, QTextStream *out,
                                     QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_submitter(new PeeringSubmitter(session, this))
    , m_api(new AtlasApi(session->client(), this))
    , m_reader(new PrivateConnectionReader(m_api, this))
    , m_planReader(new FormPlanReader(m_submitter, m_api, this))
    , m_out(out)
    , m_err(err)
{
    connect(m_submitter, &PeeringSubmitter::finished, this, &HeadlessSubmitter::onSubmitted);
}

HeadlessSubmitter::~HeadlessSubmitter() = default;

HeadlessSubmitter::ExitCode HeadlessSubmitter::exitCodeFor(const RequestFailure &failure)
{
    const bool atlasAnswered =
        failure.kind() == RequestFailure::Kind::Api || failure.kind() == RequestFailure::Kind::Http;
    return atlasAnswered ? ApiError : TransportFailure;
}

void HeadlessSubmitter::raise(ExitCode code)
{
    m_exitCode = qMax(m_exitCode, static_cast<int>(code));
}

void HeadlessSubmitter::emitLine(const QJsonObject &line)
{
    *m_out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    m_out->flush();
}

void HeadlessSubmitter::say(const QString &text)
{
    *m_err << text << '\n';
    m_err->flush();
}

void HeadlessSubmitter::finish()
{
    say(m_planOnly ? tr("peering-desk: plan: nothing was changed in Atlas.")
                   : tr("peering-desk: %n peering(s) created.", nullptr, m_created));
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_exitCode); }, Qt::QueuedConnection);
}

std::optional<AtlasConnection> HeadlessSubmitter::chooseConnection(const SavedForm &form)
{
    if (m_fixed) {
        return m_fixed;
    }
    const QString name = !m_profileOverride.isEmpty() ? m_profileOverride
                         : !form.profile.isEmpty()    ? form.profile
                                                      : m_profiles->activeProfileName();
    if (const auto profile = m_profiles->profile(name)) {
        return AtlasConnection::forProfile(*profile);
    }
    say(name.isEmpty() ? tr("peering-desk: there is no profile; create one in the app or pass --profile.")
                       : tr("peering-desk: there is no profile named \"%1\".").arg(name));
    return std::nullopt;
}

void HeadlessSubmitter::run(const QString &formPath)
{
    const SavedFormParse parsed = SavedForm::load(formPath);
    if (!parsed.form) {
        say(tr("peering-desk: %1: %2").arg(formPath, parsed.error));
        raise(ValidationFailed);
        finish();
        return;
    }
    m_form = *parsed.form;
    const SavedForm &form = m_form;
    const auto connection = chooseConnection(form);
    if (!connection) {
        raise(TransportFailure);
        finish();
        return;
    }
    m_session->setConnection(*connection);

    // Every request is checked first, by the same rules as the window's; the invalid ones are never sent.
    for (qsizetype i = 0; i < form.requests.size(); ++i) {
        const SavedRequest &saved = form.requests.at(i);
        const FieldProblems problems = m_planReader->problems(saved);
        if (problems.isEmpty()) {
            m_queue.append({static_cast<int>(i), saved});
            continue;
        }
        QJsonArray list;
        for (const FieldProblem &problem : problems) {
            list.append(
                QJsonObject{{QStringLiteral("field"), problem.field}, {QStringLiteral("message"), problem.message}});
            say(tr("peering-desk: request %1: %2: %3").arg(i).arg(problem.field, problem.message));
        }
        emitLine({{QStringLiteral("request"), static_cast<int>(i)},
                  {QStringLiteral("status"), QStringLiteral("invalid")},
                  {QStringLiteral("problems"), list}});
        raise(ValidationFailed);
    }
    if (m_planOnly || m_apply) {
        plan(form);
        return;
    }
    submitNext();
}

void HeadlessSubmitter::plan(const SavedForm &form)
{
    m_planReader->read(form.requests,
                       [this](const QList<PlanItem> &items, const std::optional<ConnectionFailure> &notSent) {
                           if (notSent) {
                               m_current = m_queue.takeFirst().first;
                               reportNotSent(*notSent);
                               return;
                           }
                           m_queue.clear();
                           if (m_apply) {
                               applyPlan(items);
                           } else {
                               reportPlan(items);
                           }
                       });
}

QJsonObject HeadlessSubmitter::planLine(const PlanItem &item)
{
    QJsonObject line{{QStringLiteral("request"), item.request},
                     {QStringLiteral("status"), PlanItem::stateName(item.state)}};
    const int index = item.request;
    switch (item.state) {
    case PlanItem::State::Exists:
        say(tr("peering-desk: request %1: exists: %2 is peering %3 (%4).")
                .arg(index)
                .arg(PeeringIdentity::describe(m_form.requests.at(index).request), item.existing->id(),
                     item.existing->status()));
        break;
    case PlanItem::State::ToCreate:
        say(tr("peering-desk: request %1: to create: %2 with container %3.")
                .arg(index)
                .arg(PeeringIdentity::describe(m_form.requests.at(index).request),
                     m_form.requests.at(index).request.containerId()));
        break;
    case PlanItem::State::Differs: {
        QJsonArray differences;
        say(tr("peering-desk: request %1: differs from peering %2 (%3); it is not changed:")
                .arg(index)
                .arg(item.existing->id(), item.existing->status()));
        for (const FieldDifference &difference : item.differences) {
            differences.append(QJsonObject{{QStringLiteral("field"), difference.field},
                                           {QStringLiteral("inForm"), difference.inForm},
                                           {QStringLiteral("inAtlas"), difference.inAtlas}});
            say(tr("  %1: %2 in the form, %3 in Atlas")
                    .arg(difference.field, difference.inForm,
                         difference.inAtlas.isEmpty() ? tr("none") : difference.inAtlas));
        }
        line.insert(QStringLiteral("differences"), differences);
        break;
    }
    case PlanItem::State::Conflict:
    case PlanItem::State::Unknown:
        line.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(item.reasons));
        say(tr("peering-desk: request %1: %2: %3")
                .arg(index)
                .arg(item.state == PlanItem::State::Conflict ? tr("conflict") : tr("unknown"),
                     item.reasons.join(QLatin1Char(' '))));
        break;
    case PlanItem::State::Invalid:
        break;
    }
    if (item.existing) {
        line.insert(QStringLiteral("peering"), item.existing->json());
    }
    if (item.accessList) {
        const bool missing = !item.accessList->missing.isEmpty();
        line.insert(
            QStringLiteral("accessList"),
            QJsonObject{{QStringLiteral("status"), missing ? QStringLiteral("toCreate") : QStringLiteral("exists")},
                        {QStringLiteral("cidrBlocks"), QJsonArray::fromStringList(item.accessList->missing)},
                        {QStringLiteral("covered"), QJsonArray::fromStringList(item.accessList->covered)}});
        say(missing ? tr("peering-desk: request %1: IP access list: to add %2.")
                          .arg(index)
                          .arg(item.accessList->missing.join(QLatin1String(", ")))
                    : tr("peering-desk: request %1: IP access list: %2 already allowed.")
                          .arg(index)
                          .arg(item.accessList->covered.join(QLatin1String(", "))));
    }
    return line;
}

void HeadlessSubmitter::reportPlan(const QList<PlanItem> &items)
{
    bool pending = false;
    bool conflicts = false;
    bool unknown = false;
    for (const PlanItem &item : items) {
        if (item.state == PlanItem::State::Invalid) {
            continue; // reported with its problems already
        }
        pending = pending || item.state == PlanItem::State::ToCreate ||
                  (item.accessList && !item.accessList->missing.isEmpty());
        conflicts = conflicts || item.state == PlanItem::State::Conflict || item.state == PlanItem::State::Differs;
        unknown = unknown || item.state == PlanItem::State::Unknown;
        emitLine(planLine(item));
    }
    // The worst finding decides, and a form that needs fixing outranks one that only has work to do.
    const bool invalid = m_exitCode == ValidationFailed;
    m_exitCode = unknown     ? TransportFailure
                 : conflicts ? ApiError
                 : invalid   ? ValidationFailed
                 : pending   ? ChangesPending
                             : AllCreated;
    if (m_exitCode == AllCreated) {
        say(tr("peering-desk: plan: nothing to do."));
    }
    finish();
}

void HeadlessSubmitter::submitNext()
{
    if (m_queue.isEmpty() && !m_accessListOnly.isEmpty()) {
        const auto [index, saved] = m_accessListOnly.takeFirst();
        m_current = index;
        m_currentGroupId = saved.request.groupIdCleaned();
        allowAccessList(*saved.accessList, [this] { submitNext(); });
        return;
    }
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const auto [index, saved] = m_queue.takeFirst();
    m_current = index;
    m_currentSaved = saved;
    m_rateLimitRetries = 0;
    m_currentGroupId = saved.request.groupIdCleaned();
    m_currentAccessList = saved.accessList;
    m_submitter->submit(saved.request, saved.options);
}

bool HeadlessSubmitter::retryAfterRateLimit(const SubmitOutcome &outcome)
{
    const std::optional<int> seconds = m_apply ? RateLimitRetry::delayFor(outcome, m_rateLimitRetries) : std::nullopt;
    if (!seconds) {
        return false;
    }
    ++m_rateLimitRetries;
    say(tr("peering-desk: request %1: Atlas did not take the request (HTTP 429); sending it again in %n second(s).",
           nullptr, *seconds)
            .arg(m_current));
    QTimer::singleShot(std::chrono::seconds(*seconds), this,
                       [this] { m_submitter->submit(m_currentSaved.request, m_currentSaved.options); });
    return true;
}

void HeadlessSubmitter::applyPlan(const QList<PlanItem> &items)
{
    for (const PlanItem &item : items) {
        const SavedRequest &saved = m_form.requests.at(item.request);
        switch (item.state) {
        case PlanItem::State::ToCreate:
            m_queue.append({item.request, saved});
            continue; // its "created" line follows
        case PlanItem::State::Exists:
            if (item.accessList && !item.accessList->missing.isEmpty()) {
                m_accessListOnly.append({item.request, saved});
            }
            break;
        case PlanItem::State::Differs:
        case PlanItem::State::Conflict:
            raise(ApiError);
            break;
        case PlanItem::State::Unknown:
            raise(TransportFailure);
            break;
        case PlanItem::State::Invalid:
            continue; // reported with its problems already
        }
        emitLine(planLine(item));
    }
    say(tr("peering-desk: apply: %n peering(s) to create.", nullptr, static_cast<int>(m_queue.size())));
    submitNext();
}

void HeadlessSubmitter::reportNotSent(const ConnectionFailure &failure)
{
    say(tr("peering-desk: request %1: nothing was sent: %2").arg(m_current).arg(failure.message));
    emitLine({{QStringLiteral("request"), m_current},
              {QStringLiteral("status"), QStringLiteral("notSent")},
              {QStringLiteral("kind"), notSentKindName(failure.kind)},
              {QStringLiteral("message"), failure.message}});
    raise(TransportFailure);
    // The same connection would refuse every other request in the same way: say it once.
    for (const auto &[index, saved] : std::as_const(m_queue)) {
        emitLine({{QStringLiteral("request"), index},
                  {QStringLiteral("status"), QStringLiteral("notSent")},
                  {QStringLiteral("kind"), notSentKindName(failure.kind)},
                  {QStringLiteral("message"), failure.message}});
    }
    m_queue.clear();
    finish();
}

void HeadlessSubmitter::onSubmitted(const SubmitOutcome &outcome)
{
    if (outcome.kind == SubmitOutcome::Kind::NotSent) {
        reportNotSent(*outcome.notSent);
        return;
    }
    QJsonObject line{{QStringLiteral("request"), m_current}, {QStringLiteral("httpStatus"), outcome.httpStatus}};
    if (outcome.kind == SubmitOutcome::Kind::Created) {
        const Peering &peering = *outcome.peering;
        line.insert(QStringLiteral("status"), QStringLiteral("created"));
        line.insert(QStringLiteral("peering"), peering.json());
        say(tr("peering-desk: request %1: created peering %2 (%3).")
                .arg(m_current)
                .arg(peering.id(), peering.status()));
        ++m_created;
        emitLine(line);
        const QString peerId = peering.id();
        if (m_currentAccessList) {
            allowAccessList(*m_currentAccessList, [this, peerId] { afterCreated(peerId); });
            return;
        }
        afterCreated(peerId);
        return;
    }

    if (retryAfterRateLimit(outcome)) {
        return;
    }
    const RequestFailure &failure = *outcome.failure;
    const bool unknown = outcome.mayHaveBeenCreated();
    line.insert(QStringLiteral("status"), outcome.kind == SubmitOutcome::Kind::MaybeCreated ? QStringLiteral("unknown")
                                          : failure.apiError()                              ? QStringLiteral("error")
                                                                                            : QStringLiteral("failed"));
    line.insert(QStringLiteral("kind"), kindName(failure.kind()));
    line.insert(QStringLiteral("message"), FailureText::oneLine(failure, FailureText::Act::Create));
    line.insert(QStringLiteral("mayHaveBeenCreated"), unknown);
    if (failure.apiError()) {
        line.insert(QStringLiteral("apiError"), failure.apiError()->json());
    }
    if (const auto seconds = failure.retryAfterSeconds()) {
        line.insert(QStringLiteral("retryAfterSeconds"), *seconds);
    }
    say(tr("peering-desk: request %1: %2: %3")
            .arg(m_current)
            .arg(FailureText::title(failure, FailureText::Act::Create),
                 FailureText::oneLine(failure, FailureText::Act::Create)));
    for (const QString &fact : FailureText::apiErrorLines(failure)) {
        say(QStringLiteral("  ") + fact);
    }
    raise(unknown ? OutcomeUnknown : exitCodeFor(failure));
    emitLine(line);
    submitNext();
}

void HeadlessSubmitter::afterCreated(const QString &peerId)
{
    if (m_wait) {
        follow(m_currentGroupId, peerId);
        return;
    }
    submitNext();
}

void HeadlessSubmitter::allowAccessList(const AccessListRequest &request, std::function<void()> then)
{
    const int index = m_current;
    const QString groupId = m_currentGroupId;
    auto report = [this, index](const QString &outcome, const QStringList &ranges) {
        emitLine({{QStringLiteral("request"), index},
                  {QStringLiteral("status"), QStringLiteral("accessList")},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("cidrBlocks"), QJsonArray::fromStringList(ranges)}});
    };
    auto fail = [this, index](const RequestFailure &failure) {
        QJsonObject line{
            {QStringLiteral("request"), index},
            {QStringLiteral("status"), QStringLiteral("accessList")},
            {QStringLiteral("outcome"), failure.apiError() ? QStringLiteral("error") : QStringLiteral("failed")},
            {QStringLiteral("kind"), kindName(failure.kind())},
            {QStringLiteral("message"), FailureText::oneLine(failure)}};
        if (failure.apiError()) {
            line.insert(QStringLiteral("apiError"), failure.apiError()->json());
        }
        say(tr("peering-desk: request %1: the access list entry was not added: %2")
                .arg(index)
                .arg(FailureText::oneLine(failure)));
        emitLine(line);
        raise(exitCodeFor(failure));
    };
    // Listed first, so a range an entry already allows is reported as covered instead of sent again.
    m_api->listAccessList(
        groupId, this,
        [this, request, groupId, index, report, fail, then](const AtlasResult<QList<AccessListEntry>> &listed) {
            if (!listed.isOk()) {
                fail(listed.failure());
                then();
                return;
            }
            const AccessListRequest rest = request.withoutCovered(listed.value());
            if (rest.ranges().isEmpty()) {
                say(tr("peering-desk: request %1: %2 already on the IP access list.")
                        .arg(index)
                        .arg(request.ranges().join(QLatin1String(", "))));
                report(QStringLiteral("covered"), request.ranges());
                then();
                return;
            }
            m_api->addToAccessList(
                groupId, rest, this,
                [this, rest, index, report, fail, then](const AtlasResult<QList<AccessListEntry>> &added) {
                    if (added.isOk()) {
                        say(tr("peering-desk: request %1: added %2 to the IP access list.")
                                .arg(index)
                                .arg(rest.ranges().join(QLatin1String(", "))));
                        report(QStringLiteral("added"), rest.ranges());
                    } else {
                        fail(added.failure());
                    }
                    then();
                });
        });
}

void HeadlessSubmitter::follow(const QString &groupId, const QString &peerId)
{
    auto *watcher = new PeeringWatcher(m_api, this);
    const int request = m_current;
    m_cloudStepShown = false;
    m_cloudStepDelayMs = watcher->backoff().initialMs;
    connect(watcher, &PeeringWatcher::statusChanged, this, [this, request](const Peering &peering) {
        say(tr("peering-desk: request %1: peering %2 is %3.").arg(request).arg(peering.id(), peering.status()));
    });
    connect(watcher, &PeeringWatcher::stateChanged, this, [this, watcher, request](PeeringWatcher::State state) {
        switch (state) {
        case PeeringWatcher::State::Available:
            endFollow(watcher, request, QStringLiteral("available"));
            return;
        case PeeringWatcher::State::WaitingForUser:
            onWaitingForUser(watcher, request);
            return;
        case PeeringWatcher::State::Failed:
            raise(ApiError);
            endFollow(watcher, request, QStringLiteral("failed"));
            return;
        case PeeringWatcher::State::Gone:
            raise(ApiError);
            endFollow(watcher, request, QStringLiteral("gone"));
            return;
        case PeeringWatcher::State::Error:
            raise(TransportFailure);
            endFollow(watcher, request, QStringLiteral("unknown"));
            return;
        case PeeringWatcher::State::Idle:
        case PeeringWatcher::State::Following:
            return; // still following
        }
    });
    connect(watcher, &PeeringWatcher::failed, this, [this, request](const RequestFailure &failure) {
        say(tr("peering-desk: request %1: could not follow the peering: %2")
                .arg(request)
                .arg(FailureText::oneLine(failure)));
    });
    watcher->watch(groupId, peerId);
}

QJsonArray HeadlessSubmitter::stepsJson(const QList<NextStep> &steps)
{
    QJsonArray list;
    for (const NextStep &step : steps) {
        list.append(QJsonObject{{QStringLiteral("title"), step.title},
                                {QStringLiteral("explanation"), step.explanation},
                                {QStringLiteral("command"), step.command}});
    }
    return list;
}

void HeadlessSubmitter::saySteps(const QList<NextStep> &steps)
{
    for (const NextStep &step : steps) {
        say(QStringLiteral("  ") + step.title + QLatin1Char(':'));
        for (const QString &line : step.command.split(QLatin1Char('\n'))) {
            say(QStringLiteral("    ") + line);
        }
    }
}

void HeadlessSubmitter::onWaitingForUser(PeeringWatcher *watcher, int request)
{
    const auto peering = watcher->lastPeering();
    if (!peering) {
        return;
    }
    if (m_cloudStepShown && m_cloudStepDeadline.hasExpired()) {
        endFollow(watcher, request, QStringLiteral("waitingForUser"));
        return;
    }
    const auto lookAgain = [this, watcher] {
        QTimer::singleShot(m_cloudStepDelayMs, watcher, [watcher] { watcher->resume(); });
        const PeeringWatcher::Backoff backoff = watcher->backoff();
        m_cloudStepDelayMs = qMin(backoff.maxMs, static_cast<int>(m_cloudStepDelayMs * backoff.factor));
    };
    if (m_cloudStepShown) {
        lookAgain();
        return;
    }
    m_cloudStepShown = true;
    m_cloudStepDeadline = QDeadlineTimer(std::chrono::minutes(m_cloudStepMinutes));
    m_reader->readContainer(
        m_currentGroupId, *peering,
        [this, watcher, request, peering, lookAgain](const AtlasResult<std::optional<Container>> &container) {
            const QList<NextStep> steps =
                NextSteps::forPeering(*peering, container.isOk() ? container.value() : std::nullopt);
            if (m_cloudStepMinutes <= 0) {
                say(tr("peering-desk: request %1: peering %2 waits for this step in the cloud:")
                        .arg(request)
                        .arg(peering->id()));
                saySteps(steps);
                endFollow(watcher, request, QStringLiteral("waitingForUser"),
                          {{QStringLiteral("steps"), stepsJson(steps)}});
                return;
            }
            say(tr("peering-desk: request %1: peering %2 waits for this step in the cloud; following it for up to "
                   "%n minute(s) while it is done:",
                   nullptr, m_cloudStepMinutes)
                    .arg(request)
                    .arg(peering->id()));
            saySteps(steps);
            emitLine({{QStringLiteral("request"), request},
                      {QStringLiteral("status"), QStringLiteral("cloudStep")},
                      {QStringLiteral("peering"), peering->json()},
                      {QStringLiteral("steps"), stepsJson(steps)}});
            lookAgain();
        });
}

void HeadlessSubmitter::endFollow(PeeringWatcher *watcher, int request, const QString &outcome,
                                  const QJsonObject &extra)
{
    QJsonObject line = extra;
    line.insert(QStringLiteral("request"), request);
    line.insert(QStringLiteral("status"), QStringLiteral("followed"));
    line.insert(QStringLiteral("outcome"), outcome);
    const auto peering = watcher->lastPeering();
    watcher->cancel();
    watcher->deleteLater();
    if (peering) {
        line.insert(QStringLiteral("peering"), peering->json());
        if (outcome == QLatin1String("failed")) {
            // The reason (REJECTED, EXPIRED, INVALID_ARGUMENT) and what to do about it, not just "FAILED".
            line.insert(QStringLiteral("errorStateName"), peering->errorState());
            const QString guidance = NextSteps::failureExplanation(*peering);
            line.insert(QStringLiteral("guidance"), guidance);
            say(tr("peering-desk: request %1: peering %2 failed (%3). %4")
                    .arg(request)
                    .arg(peering->id(), peering->errorState().isEmpty() ? tr("no reason given") : peering->errorState(),
                         guidance));
        }
    }
    emitLine(line);
    if (peering && outcome == QLatin1String("available")) {
        reportPrivateConnection(request, m_currentGroupId, *peering, [this] { submitNext(); });
        return;
    }
    submitNext();
}

void HeadlessSubmitter::reportPrivateConnection(int request, const QString &groupId, const Peering &peering,
                                                std::function<void()> then)
{
    m_reader->read(groupId, peering, [this, request, then](const AtlasResult<PrivateConnection> &result) {
        QJsonObject line{{QStringLiteral("request"), request},
                         {QStringLiteral("status"), QStringLiteral("privateConnection")}};
        if (!result.isOk()) {
            const RequestFailure &failure = result.failure();
            line.insert(QStringLiteral("outcome"),
                        failure.apiError() ? QStringLiteral("error") : QStringLiteral("failed"));
            line.insert(QStringLiteral("kind"), kindName(failure.kind()));
            line.insert(QStringLiteral("message"), FailureText::oneLine(failure));
            say(tr("peering-desk: request %1: the clusters could not be read: %2")
                    .arg(request)
                    .arg(FailureText::oneLine(failure)));
            raise(exitCodeFor(failure));
            emitLine(line);
            then();
            return;
        }
        const PrivateConnection &found = result.value();
        QJsonArray clusters;
        for (const Cluster &cluster : found.clusters) {
            QJsonObject entry{{QStringLiteral("name"), cluster.name}, {QStringLiteral("stateName"), cluster.stateName}};
            if (!cluster.privateString.isEmpty()) {
                entry.insert(QStringLiteral("private"), cluster.privateString);
            }
            if (!cluster.privateSrv.isEmpty()) {
                entry.insert(QStringLiteral("privateSrv"), cluster.privateSrv);
            }
            clusters.append(entry);
            if (cluster.hasPrivateStrings()) {
                say(tr("peering-desk: request %1: private connection string of %2: %3")
                        .arg(request)
                        .arg(cluster.name, cluster.privateSrv.isEmpty() ? cluster.privateString : cluster.privateSrv));
            }
        }
        line.insert(QStringLiteral("outcome"),
                    found.whyNone.isEmpty() ? QStringLiteral("ready") : QStringLiteral("none"));
        line.insert(QStringLiteral("clusters"), clusters);
        if (!found.whyNone.isEmpty()) {
            line.insert(QStringLiteral("whyNone"), found.whyNone);
            say(tr("peering-desk: request %1: no private connection string yet: %2").arg(request).arg(found.whyNone));
        }
        if (!found.dnsSteps.isEmpty()) {
            line.insert(QStringLiteral("steps"), stepsJson(found.dnsSteps));
            saySteps(found.dnsSteps);
        }
        emitLine(line);
        then();
    });
}

} // namespace PeeringDesk
