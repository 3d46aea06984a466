// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutBox.h"

#include <QMessageBox>

namespace PeeringDesk {

void AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Peering Desk"),
        tr("<h3>Peering Desk %1</h3>"
           "<p>Creates MongoDB Atlas network peering connections for AWS, Azure and Google "
           "Cloud, with credentials kept in the system keychain.</p>"
           "<p>License: GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>MongoDB and Atlas are trademarks of MongoDB, Inc. Peering Desk is not "
           "affiliated with MongoDB, Inc.</p>")
            .arg(QStringLiteral(PEERING_DESK_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        QMessageBox::Close, parent);
    box->setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace PeeringDesk
