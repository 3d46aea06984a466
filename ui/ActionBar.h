// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FieldProblem.h"

#include <QObject>

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

/// The bar under the form that never scrolls away (MainWindow.ui's actionBar) and the Peering menu: Create, Cancel
/// while a request is in flight, New Peering once the request is done, and beside them why Create is unavailable.
class ActionBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionBar)

public:
    enum class State {
        NeedsFixes, ///< fields need a value or a fix
        Blocked,    ///< the pre-flight check or the connection rules would have Atlas refuse it
        Ready,
        Busy,
        Done, ///< this very request created a peering
    };

    ActionBar(Ui::MainWindow *ui, QWidget *window, QObject *parent = nullptr);

    /// `text` says why (rich text: links name the fields to fix).
    void show(State state, const QString &text);
    State state() const { return m_state; }
    /// The state of a form that is not being sent, from what stands in the way of Create (in that order).
    void showReadiness(const QString &createdPeeringId, const FieldProblems &problems, bool noProfile,
                       bool preflightBlocks);

Q_SIGNALS:
    void createRequested();
    void cancelRequested();
    void newPeeringRequested();

private:
    Ui::MainWindow *m_ui;
    State m_state = State::NeedsFixes;
};

} // namespace PeeringDesk
