// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionBanner.h"

#include "ui_ConnectionBanner.h"

#include <QResizeEvent>
#include <QTextDocumentFragment>

namespace PeeringDesk {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ConnectionBanner>())
{
    m_ui->setupUi(this);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &ConnectionBanner::addProfileRequested);
    connect(m_ui->trySandboxButton, &QPushButton::clicked, this, &ConnectionBanner::sandboxRequested);
    setState(State::Profile);
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setState(State state, const QString &sandboxUrl)
{
    m_state = state;
    const bool noProfile = state == State::NoProfile;
    m_ui->addProfileButton->setVisible(noProfile);
    m_ui->trySandboxButton->setVisible(noProfile);
    switch (state) {
    case State::Profile:
        m_ui->bannerTextLabel->clear();
        m_ui->bannerTextLabel->setToolTip({});
        break;
    case State::NoProfile:
        m_ui->bannerTextLabel->setText(tr("<b>No profile yet.</b> Nothing is sent until Peering Desk knows which "
                                          "Atlas to talk to and how to sign in."));
        m_ui->bannerTextLabel->setToolTip(
            tr("A profile keeps where Atlas is and the key that signs in (the secret in the system keychain). The "
               "sandbox answers like Atlas, on this computer, without a key."));
        break;
    case State::Sandbox:
        m_ui->bannerTextLabel->setText(tr("<b>Sandbox:</b> requests go to a fake Atlas at %1 on this computer; "
                                          "nothing is created in a real cloud.")
                                           .arg(sandboxUrl.toHtmlEscaped()));
        m_ui->bannerTextLabel->setToolTip(tr("The project and the container are filled in for you. The README "
                                             "lists the values that make the sandbox answer with each error."));
        break;
    }
    m_ui->bannerTextLabel->setAccessibleName(
        m_ui->bannerTextLabel->text().isEmpty()
            ? QString()
            : QTextDocumentFragment::fromHtml(m_ui->bannerTextLabel->text()).toPlainText());
    setVisible(state != State::Profile);
}

QSize ConnectionBanner::sizeHint() const
{
    // A word-wrapped label guesses a narrow width and so a tall height, and the window's layout let the banner grow
    // to that guess. The banner spans the window: it needs the height of its text at its real width.
    QSize hint = QFrame::sizeHint();
    if (width() > 0 && hasHeightForWidth()) {
        hint.setHeight(heightForWidth(width()));
    }
    return hint;
}

void ConnectionBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // the height that fits depends on the width
    }
}

} // namespace PeeringDesk
