// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace PeeringDesk {

class AppSettings;

/// View > Language: the system's language or one of the catalogues, remembered for the next start.
class LanguageMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(QMenu *menu, AppSettings *settings, QObject *parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &message);
};

} // namespace PeeringDesk
