// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

namespace PeeringDesk {

CommandLine::CommandLine()
    : m_sandbox(QStringLiteral("sandbox"), tr("Start the built-in fake Atlas on 127.0.0.1 and send requests to it."))
    , m_profile(QStringLiteral("profile"), tr("Use this profile."), tr("name"))
    , m_groupId(QStringLiteral("group-id"), tr("Fill in this project (group) ID."), tr("id"))
    , m_provider(QStringLiteral("provider"), tr("Start on this cloud: AWS, AZURE or GCP."), tr("provider"))
    , m_submit(QStringLiteral("submit"),
               tr("Send every request of this saved form without a window, print one JSON result per request, and "
                  "exit (0 created, 1 invalid, 2 API error, 3 network, authentication or keychain failure, 4 a "
                  "create may have reached Atlas without a readable answer)."),
               tr("file"))
    , m_plan(QStringLiteral("plan"),
             tr("Compare this saved form with Atlas and print, per request, whether its peering exists, is to be "
                "created, differs or conflicts, without changing anything; exit 0 when there is nothing to do, 5 when "
                "something is to be created."),
             tr("file"))
    , m_apply(QStringLiteral("apply"),
              tr("Plan this saved form, then create only the peerings and access list entries that are missing; "
                 "running it again does nothing."),
              tr("file"))
    , m_wait(QStringLiteral("wait"),
             tr("With --submit or --apply: follow each new peering until it is available, failed or waiting for you."))
    , m_cloudStep(
          QStringLiteral("wait-for-cloud-step"),
          tr("With --submit or --apply: follow each new peering, and when it waits for a step in the cloud (accepting "
             "in AWS, the peering in Google Cloud), print that step and keep following for up to this many "
             "minutes while it is done."),
          tr("minutes"))
    , m_settings(QStringLiteral("settings"),
                 tr("Keep preferences (never secrets) in this INI file instead of the default."), tr("file"))
    , m_quitAfter(QStringLiteral("quit-after"), tr("Quit after this many milliseconds (smoke tests)."), tr("ms"))
{
    m_parser.setApplicationDescription(tr("Creates MongoDB Atlas network peering connections."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_sandbox, m_profile, m_groupId, m_provider, m_submit, m_plan, m_apply, m_wait, m_cloudStep,
                         m_settings, m_quitAfter});
    m_parser.addPositionalArgument(QStringLiteral("file"), tr("A saved form to open."), QStringLiteral("[file]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

void CommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    CommandLine line;
    return line.parse(arguments) && !line.wantsHelpOrVersion() && !line.isHeadless() &&
           line.providerProblem().isEmpty() && line.headlessProblem().isEmpty();
}

bool CommandLine::wantsHelpOrVersion() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")) ||
           m_parser.isSet(QStringLiteral("version"));
}

std::optional<Provider> CommandLine::provider() const
{
    return m_parser.isSet(m_provider) ? providerFromWireName(m_parser.value(m_provider)) : std::nullopt;
}

QString CommandLine::providerProblem() const
{
    if (m_parser.isSet(m_provider) && !providerFromWireName(m_parser.value(m_provider))) {
        return tr("peering-desk: --provider must be AWS, AZURE or GCP.");
    }
    return {};
}

int CommandLine::cloudStepMinutes() const
{
    bool ok = false;
    const int minutes = m_parser.value(m_cloudStep).toInt(&ok);
    return m_parser.isSet(m_cloudStep) && ok ? minutes : 0;
}

QString CommandLine::headlessProblem() const
{
    if (int(isSubmit()) + int(isPlan()) + int(isApply()) > 1) {
        return tr("peering-desk: choose one of --submit, --plan and --apply.");
    }
    if (!m_parser.isSet(m_cloudStep)) {
        return {};
    }
    bool ok = false;
    const int minutes = m_parser.value(m_cloudStep).toInt(&ok);
    if (!ok || minutes < 1 || minutes > maxCloudStepMinutes) {
        return tr("peering-desk: --wait-for-cloud-step takes a number of minutes from 1 to %1 (AWS deletes a "
                  "peering request nobody accepted after 7 days).")
            .arg(maxCloudStepMinutes);
    }
    if (!isSubmit() && !isApply()) {
        return tr("peering-desk: --wait-for-cloud-step goes with --submit or --apply.");
    }
    return {};
}

int CommandLine::quitAfterMs() const
{
    bool ok = false;
    const int ms = m_parser.value(m_quitAfter).toInt(&ok);
    return m_parser.isSet(m_quitAfter) && ok ? ms : -1;
}

QString CommandLine::formToOpen() const
{
    return m_parser.positionalArguments().value(0);
}

} // namespace PeeringDesk
