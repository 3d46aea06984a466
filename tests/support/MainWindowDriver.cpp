// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowDriver.h"

#include "FieldFeedback.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SandboxSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

namespace PeeringDesk::TestSupport {

MainWindowDriver::MainWindowDriver(MainWindow &window)
    : m_window(window)
{}

MainWindowDriver::~MainWindowDriver()
{
    QObject::disconnect(m_answers);
}

QWidget *MainWindowDriver::windowWidget() const
{
    return &m_window;
}

QLineEdit *MainWindowDriver::field(const char *wire) const
{
    return find<QLineEdit>(QByteArray(wire).append("LineEdit").constData());
}

QString MainWindowDriver::problem(const char *wire) const
{
    // The helper line under a field always shows something (the example while the value is fine), so ask the
    // field's feedback what problem is on screen rather than the label whether it is visible.
    for (const FieldFeedback *feedback : windowWidget()->findChildren<FieldFeedback *>()) {
        if (feedback->wireName() == QLatin1String(wire)) {
            return feedback->problemLabel()->isVisible() ? feedback->visibleMessage() : QString();
        }
    }
    qFatal("no field %s", wire);
}

void MainWindowDriver::type(const char *wire, const QString &text)
{
    QLineEdit *edit = field(wire);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QWidget *MainWindowDriver::outcome() const
{
    // Each request has its own outcome; the one on show is the selected request's.
    QWidget *current = find<QStackedWidget>("outcomeStack")->currentWidget();
    if (!current)
        qFatal("no outcome on show");
    return current;
}

QWidget *MainWindowDriver::results() const
{
    return inOutcome("resultsPanel");
}

QString MainWindowDriver::title() const
{
    return results()->findChild<QLabel *>(QStringLiteral("titleLabel"))->text();
}

QString MainWindowDriver::message() const
{
    return results()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}

void MainWindowDriver::selectProvider(Provider provider)
{
    auto *combo = find<QComboBox>("providerComboBox");
    combo->setFocus();
    combo->setCurrentIndex(static_cast<int>(provider));
}

void MainWindowDriver::fillAws(const QString &vpcId)
{
    selectProvider(Provider::Aws);
    type("accepterRegionName", QStringLiteral("us-west-2"));
    type("awsAccountId", QStringLiteral("012345678901"));
    type("vpcId", vpcId);
    type("routeTableCidrBlock", QStringLiteral("10.20.0.0/16"));
}

void MainWindowDriver::fillAzure()
{
    selectProvider(Provider::Azure);
    type("azureDirectoryId", QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"));
    type("azureSubscriptionId", QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"));
    type("resourceGroupName", QStringLiteral("prod-rg"));
    type("vnetName", QStringLiteral("prod-vnet"));
}

void MainWindowDriver::fillGcp()
{
    selectProvider(Provider::Gcp);
    type("gcpProjectId", QStringLiteral("my-gcp-project"));
    type("networkName", QStringLiteral("default"));
}

SandboxServer *MainWindowDriver::sandboxServer() const
{
    auto *session = dynamic_cast<SandboxSession *>(m_window.sandbox());
    if (!session)
        qFatal("the window was not given a SandboxSession");
    return session->server();
}

bool MainWindowDriver::startSandbox(int timeoutMs)
{
    m_window.setSandboxEnabled(true);
    // The sandbox is made as it is turned on; its answers from then on tell when the form has what it reads.
    if (SandboxServer *server = sandboxServer(); server && !m_answers) {
        m_answers = QObject::connect(server, &SandboxServer::requestHandled, server,
                                     [this](const QString &method, const QString &path, int status) {
                                         ++m_answered;
                                         if (method == QLatin1String("GET") &&
                                             path == QLatin1String("/api/atlas/v2/groups") && status == 200)
                                             m_projectsAnswered = true;
                                     });
    }
    return QTest::qWaitFor(
        [this] { return m_window.isSandboxEnabled() && !field("groupId")->text().isEmpty() && !m_window.isListing(); },
        timeoutMs);
}

bool MainWindowDriver::waitUntilFormSettled(int timeoutMs)
{
    const SandboxServer *server = sandboxServer();
    return server && QTest::qWaitFor(
                         [this, server] {
                             return m_projectsAnswered && !m_window.isListing() && server->requestCount() == m_answered;
                         },
                         timeoutMs);
}

bool MainWindowDriver::waitForCreateEnabled(int timeoutMs)
{
    return QTest::qWaitFor([this] { return find<QPushButton>("createButton")->isEnabled(); }, timeoutMs);
}

bool MainWindowDriver::waitForResult(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return !find<QPushButton>("cancelButton")->isEnabled() && !title().endsWith(QChar(0x2026)); },
        timeoutMs);
}

bool MainWindowDriver::submitAndWait(int timeoutMs)
{
    if (!waitForCreateEnabled())
        return false;
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    return waitForResult(timeoutMs);
}

} // namespace PeeringDesk::TestSupport
