// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SavedForm.h"
#include "auth/Credentials.h"

#include <QObject>
#include <QTextStream>
#include <QUrl>

#include <optional>

namespace PeeringDesk {

class AtlasClient;
class AtlasReply;
class ProfileStore;

/// `peering-desk --submit FILE`: sends every request of a saved form without a window and never prompts.
/// One JSON object per request goes to stdout (JSON Lines), human messages to stderr, and the exit code says
/// how it went (docs/COMMAND-LINE.md).
class HeadlessSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessSubmitter)

public:
    /// The documented exit codes; with mixed outcomes the highest applies.
    enum ExitCode { AllCreated = 0, ValidationFailed = 1, ApiError = 2, TransportFailure = 3 };

    HeadlessSubmitter(AtlasClient *client, ProfileStore *profiles, QTextStream *out, QTextStream *err,
                      QObject *parent = nullptr);

    /// The profile to use; otherwise the form's, otherwise the active one.
    void setProfile(const QString &profile) { m_profileOverride = profile; }
    /// Bypasses profiles and the keychain: for --sandbox, whose fake key is no secret.
    void setFixedConnection(const QUrl &baseUrl, const Credentials &credentials);
    /// Also follow each created peering until it is available, failed or waiting for the user.
    void setWait(bool wait) { m_wait = wait; }

    /// Starts; finished() reports the exit code once.
    void run(const QString &formPath);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void start(const QUrl &baseUrl, const Credentials &credentials);
    void submitNext();
    void onReplyFinished(AtlasReply *reply);
    void emitLine(const QJsonObject &line);
    void follow(const QString &groupId, const QString &peerId);
    void raise(ExitCode code);
    void finish();

    AtlasClient *m_client;
    ProfileStore *m_profiles;
    QTextStream *m_out;
    QTextStream *m_err;
    QString m_profileOverride;
    std::optional<QPair<QUrl, Credentials>> m_fixed;
    bool m_wait = false;
    QList<QPair<int, SavedRequest>> m_queue;
    int m_current = -1;
    int m_exitCode = AllCreated;
    int m_created = 0;
    QString m_currentGroupId;
};

} // namespace PeeringDesk
