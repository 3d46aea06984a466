// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageCatalog against the catalogues really embedded in peering_ui (:/i18n).
#include "store/AppSettings.h"
#include "store/LanguageCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace PeeringDesk;

namespace {

// A core string with a German translation in translations/peering-desk_de.ts.
const char *const context = "CredentialStore";
const char *const source = "The keychain denied access: %1";

QString translated()
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestLanguageCatalog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void available_listsTheShippedLanguages_inTheirOwnNames()
    {
        const QList<LanguageCatalog::Language> expected{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                        {QStringLiteral("en"), QStringLiteral("English")},
                                                        {QStringLiteral("es"), QStringLiteral("Español")},
                                                        {QStringLiteral("fr"), QStringLiteral("Français")},
                                                        {QStringLiteral("ja"), QStringLiteral("日本語")}};
        const QList<LanguageCatalog::Language> languages = LanguageCatalog::available();
        QStringList seen;
        for (const LanguageCatalog::Language &language : languages) {
            seen << language.code + u'=' + language.nativeName;
        }
        QVERIFY2(languages == expected, qPrintable(seen.join(u' ')));
    }

    void install_german_translates_andGoesWithTheCatalog()
    {
        QCOMPARE(translated(), QLatin1String(source));
        {
            LanguageCatalog catalog;
            catalog.install(QStringLiteral("de"));
            QCOMPARE(translated(), QStringLiteral("Der Schlüsselbund hat den Zugriff verweigert: %1"));
            QCOMPARE(QLocale().language(), QLocale::German);

            // Another choice replaces the first one: English, which leaves this text as written and has the
            // plural forms the source texts lack.
            catalog.install(QStringLiteral("en"));
            QCOMPARE(translated(), QLatin1String(source));
            QCOMPARE(QLocale().language(), QLocale::English);
            QCOMPARE(QCoreApplication::translate("PeeringDesk::ActionBar", "%n field(s) still need a value or a fix.",
                                                 nullptr, 1),
                     QStringLiteral("1 field still needs a value or a fix."));

            catalog.install(QStringLiteral("ja"));
            QVERIFY2(translated() != QLatin1String(source), qPrintable(translated()));
        }
        QCOMPARE(translated(), QLatin1String(source));
    }

    void chosen_readsBackWhatWasWritten_throughSettingsOnAnyPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portable.ini"));
        {
            AppSettings settings(path);
            QCOMPARE(LanguageCatalog::chosen(settings), QString()); // the system's, until chosen
            LanguageCatalog::choose(settings, QStringLiteral("ja"));
            settings.sync();
        }
        AppSettings reopened(path);
        QCOMPARE(LanguageCatalog::chosen(reopened), QStringLiteral("ja"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("language=ja")); // in the file given, not the user's settings

        LanguageCatalog::choose(reopened, QString());
        QCOMPARE(LanguageCatalog::chosen(reopened), QString());
    }

    void chosen_ofALanguageNotShipped_isTheSystems()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        LanguageCatalog::choose(settings, QStringLiteral("xx"));
        QCOMPARE(LanguageCatalog::chosen(settings), QString());
    }
};

QTEST_GUILESS_MAIN(TestLanguageCatalog)
#include "TestLanguageCatalog.moc"
