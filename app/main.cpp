// SPDX-License-Identifier: GPL-3.0-or-later
// Peering Desk: application object, command line and wiring. Everything else lives in the libraries.
#include "MainWindow.h"
#include "SandboxServer.h"
#include "StartupProbe.h"
#include "transport/AtlasClient.h"
#include "provisioning/HeadlessSubmitter.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("main", source);
}

} // namespace

int main(int argc, char *argv[])
{
    // --submit runs without a window, so it must not need a display either.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        headless = headless || std::strcmp(argv[i], "--submit") == 0;
    }
    std::unique_ptr<QCoreApplication> app =
        headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PeeringDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("peeringdesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("peering-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERING_DESK_VERSION));
    if (!headless) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Peering Desk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.peeringdesk.PeeringDesk"));
    }

    // The language chosen in Edit > Language, read before any window exists; otherwise the system's.
    {
        const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
        if (!language.isEmpty()) {
            QLocale::setDefault(QLocale(language));
        }
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    // English first, for its plural forms under any locale; the user's language, installed later, wins.
    QTranslator englishTranslator;
    if (englishTranslator.load(QStringLiteral(":/i18n/peering-desk_en.qm"))) {
        QCoreApplication::installTranslator(&englishTranslator);
    }
    QTranslator appTranslator;
    if (QLocale().language() != QLocale::English &&
        appTranslator.load(QLocale(), QStringLiteral("peering-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(text("Creates MongoDB Atlas network peering connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           text("Start the built-in fake Atlas on 127.0.0.1 and send requests to it."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), text("Use this profile."), text("name"));
    const QCommandLineOption groupOption(QStringLiteral("group-id"), text("Fill in this project (group) ID."),
                                         text("id"));
    const QCommandLineOption providerOption(QStringLiteral("provider"), text("Start on this cloud: AWS, AZURE or GCP."),
                                            text("provider"));
    const QCommandLineOption submitOption(QStringLiteral("submit"),
                                          text("Send every request of this saved form without a window, print one "
                                               "JSON result per request, and exit (0 created, 1 invalid, 2 API "
                                               "error, 3 network, authentication or keychain failure)."),
                                          text("file"));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        text("With --submit: follow each new peering until it is available, failed or "
                                             "waiting for you."));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"), text("Keep preferences (never secrets) in this INI file instead of the default."),
        text("file"));
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
                                             text("Quit after this many milliseconds (smoke tests)."), text("ms"));
    parser.addOptions({sandboxOption, profileOption, groupOption, providerOption, submitOption, waitOption,
                       settingsOption, quitAfterOption});
    parser.addPositionalArgument(QStringLiteral("file"), text("A saved form to open."), QStringLiteral("[file]"));
    parser.process(*app);

    QTextStream err(stderr);
    const auto provider = parser.isSet(providerOption)
                              ? PeeringDesk::providerFromWireName(parser.value(providerOption))
                              : std::optional<PeeringDesk::Provider>(PeeringDesk::Provider::Aws);
    if (!provider) {
        err << text("peering-desk: --provider must be AWS, AZURE or GCP.") << '\n';
        return 2;
    }

    auto settings = parser.isSet(settingsOption)
                        ? std::make_unique<PeeringDesk::AppSettings>(parser.value(settingsOption))
                        : std::make_unique<PeeringDesk::AppSettings>();
    PeeringDesk::AtlasClient client;
    client.setTransferTimeout(settings->timeoutSeconds() * 1000);
    PeeringDesk::CredentialStore store;
    PeeringDesk::ProfileStore profiles(settings.get(), &store);
    if (parser.isSet(profileOption) && !profiles.contains(parser.value(profileOption))) {
        QStringList known;
        for (const PeeringDesk::Profile &profile : profiles.profiles()) {
            known.append(profile.name);
        }
        err << text("peering-desk: there is no profile named \"%1\" (profiles: %2).")
                   .arg(parser.value(profileOption),
                        known.isEmpty() ? text("none yet") : known.join(QStringLiteral(", ")))
            << '\n';
        return headless ? PeeringDesk::HeadlessSubmitter::TransportFailure : 2;
    }

    if (headless) {
        QTextStream out(stdout);
        PeeringDesk::HeadlessSubmitter submitter(&client, &profiles, &out, &err);
        submitter.setWait(parser.isSet(waitOption));
        PeeringDesk::SandboxServer sandbox;
        if (parser.isSet(sandboxOption)) {
            if (!sandbox.listen()) {
                err << text("peering-desk: the sandbox could not listen on 127.0.0.1.") << '\n';
                return PeeringDesk::HeadlessSubmitter::TransportFailure;
            }
            submitter.setFixedConnection(sandbox.baseUrl(),
                                         PeeringDesk::Credentials::apiKey(sandbox.publicKey(), sandbox.privateKey()));
        } else if (parser.isSet(profileOption)) {
            submitter.setProfile(parser.value(profileOption));
        }
        QObject::connect(&submitter, &PeeringDesk::HeadlessSubmitter::finished, app.get(),
                         [&app](int code) { app->exit(code); });
        submitter.run(parser.value(submitOption));
        return QCoreApplication::exec();
    }

    if (parser.isSet(profileOption)) {
        profiles.setActiveProfileName(parser.value(profileOption));
    }
    PeeringDesk::MainWindow window(&client, &profiles, settings.get());
    window.show();
    PeeringDesk::StartupProbe::attachIfRequested(&window); // bench/: inert unless PEERING_DESK_BENCH_STARTUP=1
    if (!parser.positionalArguments().isEmpty()) {
        window.openFile(parser.positionalArguments().constFirst());
    }
    if (parser.isSet(providerOption)) {
        window.setProvider(*provider);
    }
    if (parser.isSet(groupOption)) {
        window.setGroupId(parser.value(groupOption));
    }
    if (parser.isSet(sandboxOption)) {
        window.setSandboxEnabled(true);
    }
    if (parser.isSet(quitAfterOption)) {
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &window, &QWidget::close);
    }
    return QCoreApplication::exec();
}
