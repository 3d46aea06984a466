// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

namespace PeeringDesk {

class AppSettings;

/// The languages Peering Desk ships a catalogue for (the compiled peering-desk_<code>.qm files under :/i18n), the
/// user's choice among them (AppSettings, so that --settings is honoured), and the translators that put one into
/// effect. QtCore only: the window and a headless --submit use the same one.
///
/// At start-up, before any translated text is built:
///     LanguageCatalog languages;                      // lives as long as the application
///     languages.install(LanguageCatalog::chosen(settings));
class LanguageCatalog final
{
    Q_DISABLE_COPY_MOVE(LanguageCatalog)

public:
    struct Language
    {
        /// As in the catalogue's file name and the Language setting: "de", "ja".
        QString code;
        /// The language named in itself, as a menu shows it: "Deutsch", "Français", "日本語".
        QString nativeName;

        friend bool operator==(const Language &, const Language &) = default;
    };

    /// Every language with a shipped catalogue, in code order. Empty if the catalogues are not linked in.
    static QList<Language> available();
    /// The code chosen in the settings, or an empty string for the system's language; also empty when the choice
    /// names no shipped catalogue (an older version's, or a hand edit).
    static QString chosen(const AppSettings &settings);
    /// Stores `code` ("" for the system's language). It takes effect at the next install(), usually a restart.
    static void choose(AppSettings &settings, const QString &code);

    LanguageCatalog();
    /// Uninstalls the translators: destroy it after the last translated text is shown.
    ~LanguageCatalog();

    /// Installs Qt's own catalogue, the English one (plural forms) and the one for `code`, or for the system's
    /// language when `code` is empty, into the application, replacing whatever an earlier call installed. Also makes
    /// `code` the default QLocale, so that numbers and dates match the text.
    void install(const QString &code);

private:
    QTranslator m_qtBase;
    QTranslator m_english;
    QTranslator m_app;
};

} // namespace PeeringDesk
