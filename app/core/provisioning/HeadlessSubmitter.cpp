// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessSubmitter.h"

#include "transport/AtlasClient.h"
#include "peering/PeeringWatcher.h"
#include "model/Peering.h"
#include "store/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    }
    return {};
}

} // namespace

HeadlessSubmitter::HeadlessSubmitter(AtlasClient *client, ProfileStore *profiles, QTextStream *out, QTextStream *err,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_out(out)
    , m_err(err)
{}

void HeadlessSubmitter::setFixedConnection(const QUrl &baseUrl, const Credentials &credentials)
{
    m_fixed = qMakePair(baseUrl, credentials);
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

void HeadlessSubmitter::finish()
{
    *m_err << tr("peering-desk: %n peering(s) created.", nullptr, m_created) << '\n';
    m_err->flush();
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_exitCode); }, Qt::QueuedConnection);
}

void HeadlessSubmitter::run(const QString &formPath)
{
    const SavedFormParse parsed = SavedForm::load(formPath);
    if (!parsed.form) {
        *m_err << tr("peering-desk: %1: %2").arg(formPath, parsed.error) << '\n';
        raise(ValidationFailed);
        finish();
        return;
    }
    const SavedForm &form = *parsed.form;

    std::optional<Profile> profile;
    if (!m_fixed) {
        const QString name = !m_profileOverride.isEmpty() ? m_profileOverride
                             : !form.profile.isEmpty()    ? form.profile
                                                          : m_profiles->activeProfileName();
        profile = m_profiles->profile(name);
        if (!profile) {
            *m_err << (name.isEmpty()
                           ? tr("peering-desk: there is no profile; create one in the app or pass --profile.")
                           : tr("peering-desk: there is no profile named \"%1\".").arg(name))
                   << '\n';
            raise(TransportFailure);
            finish();
            return;
        }
    }

    // Every request is checked first; the invalid ones are reported and never sent.
    for (qsizetype i = 0; i < form.requests.size(); ++i) {
        const SavedRequest &saved = form.requests.at(i);
        FieldProblems problems = saved.request.validate();
        if (profile) {
            if (const QString reason = profile->unsupportedReason(saved.request.provider()); !reason.isEmpty()) {
                problems.append({QStringLiteral("providerName"), reason});
            }
        }
        if (problems.isEmpty()) {
            m_queue.append({static_cast<int>(i), saved});
            continue;
        }
        QJsonArray list;
        for (const FieldProblem &problem : problems) {
            list.append(
                QJsonObject{{QStringLiteral("field"), problem.field}, {QStringLiteral("message"), problem.message}});
            *m_err << tr("peering-desk: request %1: %2: %3").arg(i).arg(problem.field, problem.message) << '\n';
        }
        emitLine({{QStringLiteral("request"), static_cast<int>(i)},
                  {QStringLiteral("status"), QStringLiteral("invalid")},
                  {QStringLiteral("problems"), list}});
        raise(ValidationFailed);
    }
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    if (m_fixed) {
        start(m_fixed->first, m_fixed->second);
        return;
    }
    m_profiles->readCredentials(profile->name, this, [this, profile](const KeychainResult &result) {
        if (!result.ok()) {
            *m_err << tr("peering-desk: profile \"%1\": %2").arg(profile->name, result.message) << '\n';
            raise(TransportFailure);
            finish();
            return;
        }
        start(profile->baseUrl(), result.credentials);
    });
}

void HeadlessSubmitter::start(const QUrl &baseUrl, const Credentials &credentials)
{
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(credentials);
    submitNext();
}

void HeadlessSubmitter::follow(const QString &groupId, const QString &peerId)
{
    auto *watcher = new PeeringWatcher(m_client, this);
    const int request = m_current;
    connect(watcher, &PeeringWatcher::statusChanged, this, [this, request](const Peering &peering) {
        *m_err << tr("peering-desk: request %1: peering %2 is %3.").arg(request).arg(peering.id(), peering.status())
               << '\n';
        m_err->flush();
    });
    connect(watcher, &PeeringWatcher::stateChanged, this, [this, watcher, request](PeeringWatcher::State state) {
        QString outcome;
        switch (state) {
        case PeeringWatcher::State::Available:
            outcome = QStringLiteral("available");
            break;
        case PeeringWatcher::State::WaitingForUser:
            outcome = QStringLiteral("waitingForUser");
            break;
        case PeeringWatcher::State::Failed:
            outcome = QStringLiteral("failed");
            raise(ApiError);
            break;
        case PeeringWatcher::State::Gone:
            outcome = QStringLiteral("gone");
            raise(ApiError);
            break;
        case PeeringWatcher::State::Error:
            outcome = QStringLiteral("unknown");
            raise(TransportFailure);
            break;
        default:
            return; // still following
        }
        QJsonObject line{{QStringLiteral("request"), request},
                         {QStringLiteral("status"), QStringLiteral("followed")},
                         {QStringLiteral("outcome"), outcome}};
        if (const auto peering = watcher->lastPeering()) {
            line.insert(QStringLiteral("peering"), peering->json());
        }
        emitLine(line);
        watcher->deleteLater();
        submitNext();
    });
    watcher->watch(groupId, peerId);
}

void HeadlessSubmitter::submitNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const auto [index, saved] = m_queue.takeFirst();
    m_current = index;
    m_currentGroupId = saved.request.groupIdCleaned();
    AtlasReply *reply = m_client->createPeering(saved.request, saved.options);
    connect(reply, &AtlasReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void HeadlessSubmitter::onReplyFinished(AtlasReply *reply)
{
    reply->deleteLater();
    QJsonObject line{{QStringLiteral("request"), m_current}, {QStringLiteral("httpStatus"), reply->httpStatus()}};
    if (reply->isOk()) {
        const auto peering = Peering::fromJson(reply->json().toObject());
        line.insert(QStringLiteral("status"), QStringLiteral("created"));
        line.insert(QStringLiteral("peering"), reply->json());
        *m_err << tr("peering-desk: request %1: created peering %2 (%3).")
                      .arg(m_current)
                      .arg(peering ? peering->id() : QString(), peering ? peering->status() : QString())
               << '\n';
        ++m_created;
        if (m_wait && peering) {
            emitLine(line);
            follow(m_currentGroupId, peering->id());
            return;
        }
    } else {
        const RequestFailure &failure = *reply->failure();
        line.insert(QStringLiteral("status"), failure.apiError() ? QStringLiteral("error") : QStringLiteral("failed"));
        line.insert(QStringLiteral("kind"), kindName(failure.kind()));
        line.insert(QStringLiteral("message"), failure.message());
        if (failure.apiError()) {
            line.insert(QStringLiteral("apiError"), failure.apiError()->json());
        }
        *m_err << tr("peering-desk: request %1: %2: %3").arg(m_current).arg(failure.title(), failure.message()) << '\n';
        const bool transport =
            failure.kind() != RequestFailure::Kind::Api && failure.kind() != RequestFailure::Kind::Http;
        raise(transport ? TransportFailure : ApiError);
    }
    emitLine(line);
    submitNext();
}

} // namespace PeeringDesk
