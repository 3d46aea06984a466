// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSyntax.h"

#include <QRegularExpression>

namespace PeeringDesk {

QString ExportSyntax::shellQuote(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (!value.isEmpty() && plain.match(value).hasMatch()) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("'"), QLatin1String("'\"'\"'"));
    return u'\'' + quoted + u'\'';
}

QString ExportSyntax::hclString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
    escaped.replace(QLatin1String("${"), QLatin1String("$${"));
    return u'"' + escaped + u'"';
}

QString ExportSyntax::hclName(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    QString name = text.toLower();
    name.replace(other, QStringLiteral("_"));
    return name;
}

} // namespace PeeringDesk
