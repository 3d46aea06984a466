// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanItem.h"
#include "SavedForm.h"
#include "connection/AtlasConnection.h"
#include "connection/ConnectionFailure.h"
#include "peering/NextSteps.h"
#include "transport/RequestFailure.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <optional>

namespace PeeringDesk {

class AtlasApi;
class ConnectionSession;
class PeeringSubmitter;
class PeeringWatcher;
class PrivateConnectionReader;
class FormPlanReader;
class ProfileStore;
struct SubmitOutcome;

/// `peering-desk --submit FILE`: sends every request of a saved form through the same PeeringSubmitter as the
/// window, without a window, and never prompts. It only formats: one JSON object per request goes to stdout
/// (JSON Lines), the same facts as sentences to stderr, and the exit code says how it went (docs/COMMAND-LINE.md).
class HeadlessSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSubmitter)

public:
    /// The documented exit codes; with mixed outcomes the highest applies.
    enum ExitCode {
        AllCreated = 0,
        ValidationFailed = 1,
        ApiError = 2,
        TransportFailure = 3,
        /// A create may have reached Atlas without an answer that says so: look at the peerings before a re-run.
        OutcomeUnknown = 4,
        /// --plan: something is to be created (and nothing worse was found).
        ChangesPending = 5,
    };

    HeadlessSubmitter(ConnectionSession *session, ProfileStore *profiles, QTextStream *out, QTextStream *err,
                      QObject *parent = nullptr);
    ~HeadlessSubmitter() override;

    /// The profile to use; otherwise the form's, otherwise the active one.
    void setProfile(const QString &profile) { m_profileOverride = profile; }
    /// A connection decided by the caller (--sandbox), instead of a profile.
    void setConnection(const AtlasConnection &connection) { m_fixed = connection; }
    /// Also follow each created peering until it is available, failed or waiting for the user.
    void setWait(bool wait) { m_wait = wait; }
    /// With wait: at PENDING_ACCEPTANCE / WAITING_FOR_USER, print the step to do in the cloud and keep following
    /// for up to this long (while someone does it) instead of stopping there. 0 stops there.
    void setCloudStepMinutes(int minutes) { m_cloudStepMinutes = minutes; }

    /// Only compare the form with Atlas and print the plan (--plan); nothing is written.
    void setPlanOnly(bool planOnly) { m_planOnly = planOnly; }
    /// Plan first, then do only what is missing (--apply): create the peerings to create, add the access list
    /// ranges no entry allows; a re-run of an applied form does nothing.
    void setApply(bool apply) { m_apply = apply; }

    /// The documented exit code for a request that got no success: an Atlas answer or not.
    static ExitCode exitCodeFor(const RequestFailure &failure);

    /// Starts; finished() reports the exit code once.
    void run(const QString &formPath);

Q_SIGNALS:
    void finished(int exitCode);

private:
    std::optional<AtlasConnection> chooseConnection(const SavedForm &form);
    void submitNext();
    void onSubmitted(const SubmitOutcome &outcome);
    void reportNotSent(const ConnectionFailure &failure);
    void emitLine(const QJsonObject &line);
    void say(const QString &text);
    void follow(const QString &groupId, const QString &peerId);
    /// The followed peering waits for a step in the cloud: say which, then wait for it or stop following.
    void onWaitingForUser(PeeringWatcher *watcher, int request);
    /// The end of one follow: its `followed` line, then the private connection when AVAILABLE, then the next.
    void endFollow(PeeringWatcher *watcher, int request, const QString &outcome, const QJsonObject &extra = {});
    /// Once AVAILABLE: the clusters in the peered region and their private connection strings, or why none.
    void reportPrivateConnection(int request, const QString &groupId, const Peering &peering,
                                 std::function<void()> then);
    static QJsonArray stepsJson(const QList<NextStep> &steps);
    void saySteps(const QList<NextStep> &steps);
    /// The request's access list entry, once its peering is created; `then` runs after, whatever came of it.
    void allowAccessList(const AccessListRequest &request, std::function<void()> then);
    /// After a create and its access list entry: follow it (--wait) or go on to the next request.
    void afterCreated(const QString &peerId);
    void raise(ExitCode code);
    /// --plan: read the projects of the valid requests, then print the plan.
    void plan(const SavedForm &form);
    void reportPlan(const QList<PlanItem> &items);
    /// One plan line (JSON Lines), and the same in sentences on stderr.
    QJsonObject planLine(const PlanItem &item);
    /// --apply: queue what the plan found missing, then submit it.
    void applyPlan(const QList<PlanItem> &items);
    /// A 429 on a create: Atlas did not take it, so it may be sent again once Retry-After has passed.
    bool retryAfterRateLimit(const SubmitOutcome &outcome);
    void finish();

    ConnectionSession *m_session;
    ProfileStore *m_profiles;
    PeeringSubmitter *m_submitter;
    /// What --wait follows the new peerings through.
    AtlasApi *m_api;
    PrivateConnectionReader *m_reader;
    FormPlanReader *m_planReader;
    QTextStream *m_out;
    QTextStream *m_err;
    QString m_profileOverride;
    std::optional<AtlasConnection> m_fixed;
    bool m_wait = false;
    bool m_planOnly = false;
    bool m_apply = false;
    /// --apply: peerings that exist but whose access list entry is missing; done after the creates.
    QList<QPair<int, SavedRequest>> m_accessListOnly;
    SavedRequest m_currentSaved;
    int m_rateLimitRetries = 0;
    SavedForm m_form;
    int m_cloudStepMinutes = 0;
    /// The current follow's wait for the cloud step: since when, and the delay before the next look.
    QDeadlineTimer m_cloudStepDeadline;
    bool m_cloudStepShown = false;
    int m_cloudStepDelayMs = 0;
    QList<QPair<int, SavedRequest>> m_queue;
    int m_current = -1;
    int m_exitCode = AllCreated;
    int m_created = 0;
    QString m_currentGroupId;
    std::optional<AccessListRequest> m_currentAccessList;
};

} // namespace PeeringDesk
