// SPDX-License-Identifier: GPL-3.0-or-later
// Peering Desk: application object, command line and wiring. Everything else lives in the libraries.
#include "MainWindow.h"
#include "atlas/AtlasClient.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PeeringDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("peeringdesk.github.io"));
    QApplication::setApplicationName(QStringLiteral("peering-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Peering Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PEERING_DESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.peeringdesk.PeeringDesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    // English first, for its plural forms under any locale; the user's language, installed later, wins.
    QTranslator englishTranslator;
    if (englishTranslator.load(QStringLiteral(":/i18n/peering-desk_en.qm"))) {
        QApplication::installTranslator(&englishTranslator);
    }
    QTranslator appTranslator;
    if (QLocale().language() != QLocale::English &&
        appTranslator.load(QLocale(), QStringLiteral("peering-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&appTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Creates MongoDB Atlas network peering connections."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the built-in fake Atlas on 127.0.0.1 and send requests to it."));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("main", "Keep preferences (never secrets) in this INI file instead of the default."),
        QApplication::translate("main", "file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Start with this profile active."),
                                           QApplication::translate("main", "name"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after this many milliseconds (smoke tests)."),
        QApplication::translate("main", "ms"));
    parser.addOptions({sandboxOption, profileOption, settingsOption, quitAfterOption});
    parser.process(app);

    auto settings = parser.isSet(settingsOption)
                        ? std::make_unique<PeeringDesk::AppSettings>(parser.value(settingsOption))
                        : std::make_unique<PeeringDesk::AppSettings>();
    PeeringDesk::AtlasClient client;
    PeeringDesk::CredentialStore store;
    PeeringDesk::ProfileStore profiles(settings.get(), &store);
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        if (!profiles.contains(name)) {
            QStringList known;
            for (const PeeringDesk::Profile &profile : profiles.profiles()) {
                known.append(profile.name);
            }
            fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate("main",
                                                       "peering-desk: there is no profile named \"%1\" (profiles: %2).")
                                   .arg(name, known.isEmpty() ? QApplication::translate("main", "none yet")
                                                              : known.join(QStringLiteral(", ")))));
            return 2;
        }
        profiles.setActiveProfileName(name);
    }
    PeeringDesk::MainWindow window(&client, &profiles, settings.get());
    window.show();
    if (parser.isSet(sandboxOption)) {
        window.setSandboxEnabled(true);
    }
    if (parser.isSet(quitAfterOption)) {
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &window, &QWidget::close);
    }
    return QApplication::exec();
}
