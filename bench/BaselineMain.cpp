// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up and memory baseline: the smallest Qt Widgets window, one QLabel, measured like peering-desk.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.show();
    PeeringDesk::StartupProbe::attachIfRequested(&label);
    return QApplication::exec();
}
