// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class ConnectionBanner;
}

namespace PeeringDesk {

/// The line above the form that says where requests go when it is not a profile's Atlas (ConnectionBanner.ui):
/// with no profile it says that nothing is sent yet and offers the two ways on; in the sandbox it says that
/// nothing reaches a real cloud. Hidden while a profile is in use.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    enum class State { Profile, NoProfile, Sandbox };

    explicit ConnectionBanner(QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    /// `sandboxUrl` is where the sandbox listens, shown in the Sandbox state.
    void setState(State state, const QString &sandboxUrl = {});
    State state() const { return m_state; }
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void addProfileRequested();
    void sandboxRequested();

private:
    const std::unique_ptr<Ui::ConnectionBanner> m_ui;
    State m_state = State::Profile;
};

} // namespace PeeringDesk
