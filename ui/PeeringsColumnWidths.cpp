// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringsColumnWidths.h"

#include "PeeringsModel.h"

#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace PeeringDesk {

namespace {

// Six characters either side of the ellipsis: enough to tell two ids apart and to find one in the Atlas UI.
constexpr int idCharacters = 13;
constexpr int peerNetworkCharacters = 40;

/// The row whose text in `column` is the widest, or -1 without rows.
int widestRow(const QAbstractItemModel &model, int column, const QFontMetrics &metrics)
{
    QHash<QString, int> widths;
    int widest = -1;
    int widestWidth = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, column).data().toString();
        if (widths.contains(text)) {
            continue;
        }
        const int width = metrics.horizontalAdvance(text);
        widths.insert(text, width);
        if (width > widestWidth) {
            widest = row;
            widestWidth = width;
        }
    }
    return widest;
}

} // namespace

void PeeringsColumnWidths::apply(QTableView *table)
{
    const QAbstractItemModel &model = *table->model();
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    // A cell's rectangle leaves out the grid line its section includes.
    const int grid = table->showGrid() ? 1 : 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        int width = header->sectionSizeHint(column);
        const int row = widestRow(model, column, metrics);
        if (row >= 0) {
            const QModelIndex index = model.index(row, column);
            const int whole = table->sizeHintForIndex(index).width() + grid;
            const int margins = whole - metrics.horizontalAdvance(index.data().toString());
            int cap = whole;
            if (column == PeeringsModel::IdColumn || column == PeeringsModel::ContainerColumn) {
                cap = metrics.horizontalAdvance(QString(idCharacters, QLatin1Char('0'))) + margins;
            } else if (column == PeeringsModel::PeerNetworkColumn) {
                cap = metrics.averageCharWidth() * peerNetworkCharacters + margins;
            }
            width = std::max(width, std::min(whole, cap));
        }
        header->resizeSection(column, width);
    }
}

} // namespace PeeringDesk
