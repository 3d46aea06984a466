// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace PeeringDesk {

/// itemsPerPage / pageNum / includeCount handling, lenient as MongoDB's IPA-110 asks: 0 or out-of-range values fall
/// back to defaults or are clamped instead of producing an error (the Atlas CLI itself sends pageNum=0).
class Pagination
{
public:
    static constexpr int defaultItemsPerPage = 100;
    static constexpr int maxItemsPerPage = 500;

    explicit Pagination(const QUrlQuery &query);

    /// The {results, totalCount, links} object for one page of `all`. `self` is the request URL without paging.
    QJsonObject page(const QJsonArray &all, const QUrl &self) const;

private:
    QJsonObject link(const QUrl &self, int pageNum, const QString &rel) const;

    int m_itemsPerPage = defaultItemsPerPage;
    int m_pageNum = 1;
    bool m_includeCount = true;
};

} // namespace PeeringDesk
