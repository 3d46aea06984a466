// SPDX-License-Identifier: GPL-3.0-or-later
// Peering Desk: application object, command line and wiring. Everything else lives in the libraries.
#include "CommandLine.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "StartupProbe.h"
#include "connection/ConnectionSession.h"
#include "provisioning/HeadlessSubmitter.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/LanguageCatalog.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace PeeringDesk;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

// On X11/Wayland systems Qt aborts when there is no display to open a window on; say so like a program should.
bool displayMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

int runHeadless(const CommandLine &line, ConnectionSession *session, ProfileStore *profiles)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    HeadlessSubmitter submitter(session, profiles, &out, &err);
    submitter.setWait(line.wait());
    submitter.setCloudStepMinutes(line.cloudStepMinutes());
    SandboxServer sandbox;
    if (line.sandbox()) {
        if (!sandbox.listen()) {
            err << CommandLine::tr("peering-desk: the sandbox could not listen on 127.0.0.1.") << '\n';
            return HeadlessSubmitter::TransportFailure;
        }
        // The headless sandbox's key is no secret: it lives as long as this process and never enters the keychain.
        submitter.setConnection(AtlasConnection::withCredentials(
            sandbox.baseUrl(), Credentials::apiKey(sandbox.publicKey(), sandbox.privateKey()),
            CommandLine::tr("the sandbox")));
    } else if (line.hasProfile()) {
        submitter.setProfile(line.profile());
    }
    QObject::connect(&submitter, &HeadlessSubmitter::finished, QCoreApplication::instance(),
                     [](int code) { QCoreApplication::exit(code); });
    submitter.setPlanOnly(line.isPlan());
    submitter.setApply(line.isApply());
    submitter.run(line.headlessFormPath());
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Read before any application object exists: only a command line that opens the window needs a display.
    const QStringList arguments = argumentsOf(argc, argv);
    const bool window = CommandLine::wantsWindow(arguments);
    if (window && displayMissing()) {
        QTextStream(stderr) << CommandLine::tr("peering-desk: the window needs a display (none is set: DISPLAY and "
                                               "WAYLAND_DISPLAY are empty). Without one, use --submit FORM; "
                                               "--help lists every option.")
                            << '\n';
        return 2;
    }
    std::unique_ptr<QCoreApplication> app =
        window ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PeeringDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("peeringdesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("peering-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERING_DESK_VERSION));
    if (window) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Peering Desk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.peeringdesk.PeeringDesk"));
    }

    // The settings named by --settings hold the language too, so they are read before the translated help.
    CommandLine preview;
    preview.parse(arguments);
    auto settings = preview.settingsPath().isEmpty() ? std::make_unique<AppSettings>()
                                                     : std::make_unique<AppSettings>(preview.settingsPath());
    LanguageCatalog languages;
    languages.install(LanguageCatalog::chosen(*settings));

    CommandLine line;
    line.process(*app);
    QTextStream err(stderr);
    for (const QString &problem : {line.providerProblem(), line.headlessProblem()}) {
        if (!problem.isEmpty()) {
            err << problem << '\n';
            return 2;
        }
    }

    AtlasClient client;
    CredentialStore store;
    ProfileStore profiles(settings.get(), &store);
    ConnectionSession session(&client, &store);
    session.setTimeoutSeconds(settings->timeoutSeconds());
    if (line.hasProfile() && !profiles.contains(line.profile())) {
        QStringList known;
        for (const Profile &profile : profiles.profiles()) {
            known.append(profile.name);
        }
        err << CommandLine::tr("peering-desk: there is no profile named \"%1\" (profiles: %2).")
                   .arg(line.profile(),
                        known.isEmpty() ? CommandLine::tr("none yet") : known.join(QStringLiteral(", ")))
            << '\n';
        return line.isHeadless() ? HeadlessSubmitter::TransportFailure : 2;
    }
    if (line.isHeadless()) {
        return runHeadless(line, &session, &profiles);
    }

    if (line.hasProfile()) {
        profiles.setActiveProfileName(line.profile());
    }
    SandboxSession sandbox(&store);
    MainWindow mainWindow(&client, &profiles, settings.get(), &sandbox);
    mainWindow.show();
    StartupProbe::attachIfRequested(&mainWindow); // bench/: inert unless PEERING_DESK_BENCH_STARTUP=1
    if (!line.formToOpen().isEmpty()) {
        mainWindow.openFile(line.formToOpen());
    }
    if (const auto provider = line.provider()) {
        mainWindow.setProvider(*provider);
    }
    if (!line.groupId().isEmpty()) {
        mainWindow.setGroupId(line.groupId());
    }
    if (line.sandbox()) {
        mainWindow.setSandboxEnabled(true);
    }
    if (line.quitAfterMs() >= 0) {
        QTimer::singleShot(line.quitAfterMs(), &mainWindow, &QWidget::close);
    }
    return QCoreApplication::exec();
}
