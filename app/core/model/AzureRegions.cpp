// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzureRegions.h"

namespace PeeringDesk {

QStringList AzureRegions::atlasNames()
{
    // The Azure container region enum of the Atlas API (2026-08 spec), in its order.
    return {
        QStringLiteral("US_CENTRAL"),         QStringLiteral("US_EAST"),              QStringLiteral("US_EAST_2"),
        QStringLiteral("US_EAST_2_EUAP"),     QStringLiteral("US_NORTH_CENTRAL"),     QStringLiteral("US_WEST"),
        QStringLiteral("US_SOUTH_CENTRAL"),   QStringLiteral("EUROPE_NORTH"),         QStringLiteral("EUROPE_WEST"),
        QStringLiteral("US_WEST_CENTRAL"),    QStringLiteral("US_WEST_2"),            QStringLiteral("US_WEST_3"),
        QStringLiteral("CANADA_EAST"),        QStringLiteral("CANADA_CENTRAL"),       QStringLiteral("BRAZIL_SOUTH"),
        QStringLiteral("BRAZIL_SOUTHEAST"),   QStringLiteral("AUSTRALIA_EAST"),       QStringLiteral("AUSTRALIA_SOUTH_EAST"),
        QStringLiteral("AUSTRALIA_CENTRAL"),  QStringLiteral("AUSTRALIA_CENTRAL_2"),  QStringLiteral("UAE_NORTH"),
        QStringLiteral("GERMANY_WEST_CENTRAL"), QStringLiteral("GERMANY_NORTH"),      QStringLiteral("SWITZERLAND_NORTH"),
        QStringLiteral("SWITZERLAND_WEST"),   QStringLiteral("SWEDEN_CENTRAL"),       QStringLiteral("SWEDEN_SOUTH"),
        QStringLiteral("UK_SOUTH"),           QStringLiteral("UK_WEST"),              QStringLiteral("INDIA_CENTRAL"),
        QStringLiteral("INDIA_WEST"),         QStringLiteral("INDIA_SOUTH"),          QStringLiteral("CHINA_EAST"),
        QStringLiteral("CHINA_NORTH"),        QStringLiteral("ASIA_EAST"),            QStringLiteral("JAPAN_EAST"),
        QStringLiteral("JAPAN_WEST"),         QStringLiteral("ASIA_SOUTH_EAST"),      QStringLiteral("KOREA_CENTRAL"),
        QStringLiteral("KOREA_SOUTH"),        QStringLiteral("FRANCE_CENTRAL"),       QStringLiteral("FRANCE_SOUTH"),
        QStringLiteral("SOUTH_AFRICA_NORTH"), QStringLiteral("SOUTH_AFRICA_WEST"),    QStringLiteral("NORWAY_EAST"),
        QStringLiteral("NORWAY_WEST"),        QStringLiteral("UAE_CENTRAL"),          QStringLiteral("QATAR_CENTRAL"),
        QStringLiteral("POLAND_CENTRAL"),     QStringLiteral("ISRAEL_CENTRAL"),       QStringLiteral("ITALY_NORTH"),
        QStringLiteral("SPAIN_CENTRAL"),      QStringLiteral("MEXICO_CENTRAL"),       QStringLiteral("NEW_ZEALAND_NORTH"),
        QStringLiteral("INDONESIA_CENTRAL"),  QStringLiteral("MALAYSIA_WEST"),        QStringLiteral("CHILE_CENTRAL"),
        QStringLiteral("US_GOV_VIRGINIA"),    QStringLiteral("US_GOV_ARIZONA"),       QStringLiteral("US_GOV_TEXAS"),
    };
}

} // namespace PeeringDesk
