// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PeeringDesk {

/// Peering Desk's command line: its options, defined once, and what they ask for.
///
/// It can read the arguments before any application object exists, so that main() builds a window only for
/// a command line that wants one: --help, --version, --submit and a mistyped option all work without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    /// Reads `arguments` (argv[0] first) without printing anything. False on a malformed command line.
    bool parse(const QStringList &arguments);
    /// Reads the application's arguments; prints help, the version or the error and exits when asked to.
    void process(const QCoreApplication &app);

    /// True when these arguments open the window: not --help, --version or --submit, and not malformed.
    static bool wantsWindow(const QStringList &arguments);

    bool wantsHelpOrVersion() const;
    bool isSubmit() const { return m_parser.isSet(m_submit); }
    /// --plan FORM: compare the form with Atlas and print what applying it would do; writes nothing.
    bool isPlan() const { return m_parser.isSet(m_plan); }
    /// --apply FORM: plan, then do only what is missing.
    bool isApply() const { return m_parser.isSet(m_apply); }
    /// --submit, --plan or --apply: no window.
    bool isHeadless() const { return isSubmit() || isPlan() || isApply(); }
    /// The form of --submit, --plan or --apply.
    QString headlessFormPath() const { return m_parser.value(isPlan() ? m_plan : isApply() ? m_apply : m_submit); }
    /// --wait, or --wait-for-cloud-step (which follows too).
    bool wait() const { return m_parser.isSet(m_wait) || m_parser.isSet(m_cloudStep); }
    /// --wait-for-cloud-step MINUTES, or 0. Check headlessProblem() first.
    int cloudStepMinutes() const;
    /// Translated: why the headless options do not go together (--submit with --plan, --wait-for-cloud-step
    /// without --submit, a bad number of minutes), or empty.
    QString headlessProblem() const;
    /// A week: AWS deletes an unaccepted peering request after 7 days, so waiting longer can only end in EXPIRED.
    static constexpr int maxCloudStepMinutes = 7 * 24 * 60;
    bool sandbox() const { return m_parser.isSet(m_sandbox); }
    QString profile() const { return m_parser.value(m_profile); }
    bool hasProfile() const { return m_parser.isSet(m_profile); }
    QString groupId() const { return m_parser.value(m_groupId); }
    /// The --provider value; nothing when not given. Check providerProblem() first.
    std::optional<Provider> provider() const;
    /// Translated: why --provider is wrong, or empty.
    QString providerProblem() const;
    /// --settings FILE, or empty for the platform's default settings.
    QString settingsPath() const { return m_parser.value(m_settings); }
    /// --quit-after MS, or -1.
    int quitAfterMs() const;
    /// The form to open in the window, or empty.
    QString formToOpen() const;
    QString errorText() const { return m_parser.errorText(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_sandbox;
    QCommandLineOption m_profile;
    QCommandLineOption m_groupId;
    QCommandLineOption m_provider;
    QCommandLineOption m_submit;
    QCommandLineOption m_plan;
    QCommandLineOption m_apply;
    QCommandLineOption m_wait;
    QCommandLineOption m_cloudStep;
    QCommandLineOption m_settings;
    QCommandLineOption m_quitAfter;
};

} // namespace PeeringDesk
