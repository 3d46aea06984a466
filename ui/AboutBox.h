// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace PeeringDesk {

/// Help > About: the version, the licence and the Qt it runs on.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    /// Opens the box, window-modal and deleted on close.
    static void open(QWidget *parent);
};

} // namespace PeeringDesk
