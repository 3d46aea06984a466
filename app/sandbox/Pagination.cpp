// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pagination.h"

#include <algorithm>

namespace PeeringDesk {

Pagination::Pagination(const QUrlQuery &query)
{
    bool ok = false;
    const int items = query.queryItemValue(QStringLiteral("itemsPerPage")).toInt(&ok);
    if (ok && items > 0)
        m_itemsPerPage = std::min(items, maxItemsPerPage);
    const int page = query.queryItemValue(QStringLiteral("pageNum")).toInt(&ok);
    if (ok && page > 0)
        m_pageNum = page;
    m_includeCount =
        query.queryItemValue(QStringLiteral("includeCount")).compare(QStringLiteral("false"), Qt::CaseInsensitive) != 0;
}

QJsonObject Pagination::link(const QUrl &self, int pageNum, const QString &rel) const
{
    QUrl url = self;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("pageNum"));
    query.removeAllQueryItems(QStringLiteral("itemsPerPage"));
    query.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(m_itemsPerPage));
    query.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    url.setQuery(query);
    return QJsonObject{{QStringLiteral("href"), url.toString()}, {QStringLiteral("rel"), rel}};
}

QJsonObject Pagination::page(const QJsonArray &all, const QUrl &self) const
{
    const qsizetype first = qsizetype(m_pageNum - 1) * m_itemsPerPage;
    QJsonArray results;
    for (qsizetype i = first; i < all.size() && i < first + m_itemsPerPage; ++i)
        results.append(all.at(i));
    QJsonArray links{link(self, m_pageNum, QStringLiteral("self"))};
    if (m_pageNum > 1)
        links.append(link(self, m_pageNum - 1, QStringLiteral("previous")));
    if (first + m_itemsPerPage < all.size())
        links.append(link(self, m_pageNum + 1, QStringLiteral("next")));
    QJsonObject out{{QStringLiteral("results"), results}, {QStringLiteral("links"), links}};
    if (m_includeCount)
        out.insert(QStringLiteral("totalCount"), all.size());
    return out;
}

} // namespace PeeringDesk
