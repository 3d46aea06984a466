// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageCatalog.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace PeeringDesk {

namespace {

const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("peering-desk_");
const QString catalogueSuffix = QStringLiteral(".qm");

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!code.contains(u'_') && !code.contains(u'-')) {
        // A catalogue without a territory serves every territory, but QLocale("en") is en_US and names itself
        // "American English" ("español de España" for es). The name most of the language's locales give themselves
        // is the plain one; on a tie, the default locale's own name stays.
        QMap<QString, int> names;
        for (const QLocale &each :
             QLocale::matchingLocales(locale.language(), QLocale::AnyScript, QLocale::AnyTerritory)) {
            ++names[each.nativeLanguageName()];
        }
        names.remove(QString());
        int best = names.value(name);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                name = it.key();
            }
        }
    }
    // Languages such as French and Spanish write their names in lower case within a sentence; a menu item stands
    // alone, so it starts with a capital.
    if (!name.isEmpty() && !name.at(0).isSurrogate()) {
        name.replace(0, 1, locale.toUpper(name.left(1)));
    }
    return name;
}

} // namespace

QList<LanguageCatalog::Language> LanguageCatalog::available()
{
    QList<Language> languages;
    const QStringList files =
        QDir(catalogueDir).entryList({cataloguePrefix + u'*' + catalogueSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code =
            file.mid(cataloguePrefix.size(), file.size() - cataloguePrefix.size() - catalogueSuffix.size());
        if (!code.isEmpty()) {
            languages.append({code, nativeName(code)});
        }
    }
    return languages;
}

QString LanguageCatalog::chosen(const AppSettings &settings)
{
    const QString code = settings.value(AppSettings::Key::Language).toString();
    const QList<Language> languages = available();
    const bool shipped = std::any_of(languages.cbegin(), languages.cend(),
                                     [&](const Language &language) { return language.code == code; });
    return shipped ? code : QString();
}

void LanguageCatalog::choose(AppSettings &settings, const QString &code)
{
    settings.setValue(AppSettings::Key::Language, code);
}

LanguageCatalog::LanguageCatalog() = default;

// Each QTranslator removes itself from the application when destroyed.
LanguageCatalog::~LanguageCatalog() = default;

void LanguageCatalog::install(const QString &code)
{
    for (QTranslator *translator : {&m_app, &m_english, &m_qtBase}) {
        QCoreApplication::removeTranslator(translator);
    }
    // Setting the system's locale back matters only when an earlier install() chose another one.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    const QLocale locale;
    // Qt's own texts (standard buttons, shortcuts); a missing catalogue only leaves them in English.
    if (m_qtBase.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtBase);
    }
    // English first, for its plural forms under any locale: the source texts have none. Translators installed
    // later are asked first, so the chosen language wins.
    if (m_english.load(catalogueDir + u'/' + cataloguePrefix + QStringLiteral("en") + catalogueSuffix)) {
        QCoreApplication::installTranslator(&m_english);
    }
    if (locale.language() != QLocale::English &&
        m_app.load(locale, QStringLiteral("peering-desk"), QStringLiteral("_"), catalogueDir)) {
        QCoreApplication::installTranslator(&m_app);
    }
}

} // namespace PeeringDesk
