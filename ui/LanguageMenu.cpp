// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "store/AppSettings.h"
#include "store/LanguageCatalog.h"

#include <QActionGroup>
#include <QMenu>

namespace PeeringDesk {

LanguageMenu::LanguageMenu(QMenu *menu, AppSettings *settings, QObject *parent)
    : QObject(parent)
{
    // Each language is named in itself, so it can be found whatever the current language is.
    QList<LanguageCatalog::Language> languages{{QString(), tr("System Default")}};
    languages += LanguageCatalog::available();
    auto *group = new QActionGroup(menu);
    const QString current = LanguageCatalog::chosen(*settings);
    for (const LanguageCatalog::Language &language : std::as_const(languages)) {
        QAction *action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, settings, language] {
            LanguageCatalog::choose(*settings, language.code);
            Q_EMIT statusMessage(tr("Peering Desk will use %1 after a restart.").arg(language.nativeName));
        });
    }
}

} // namespace PeeringDesk
