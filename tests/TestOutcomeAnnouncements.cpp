// SPDX-License-Identifier: GPL-3.0-or-later
// A screen reader hears each outcome: when a create's result arrives, and again each time the peering's status
// changes its headline, an Alert reaches Qt's accessibility layer on the headline, and the headline's interface reads
// the new text. Heard where a screen reader would hear it (an accessibility bridge), from the real window, offscreen,
// against the sandbox.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "PeeringTracker.h"
#include "RecordingAccessibleBridge.h"
#include "ResultsPanel.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "transport/AtlasClient.h"

#include <QAccessible>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QtPlugin>

#include <memory>

Q_IMPORT_PLUGIN(RecordingAccessibleBridgePlugin)

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

QStringList alertTexts()
{
    QStringList texts;
    for (const RecordingAccessibleBridge::Event &event : RecordingAccessibleBridge::recorded()) {
        texts.append(event.description);
    }
    return texts;
}

} // namespace

class TestOutcomeAnnouncements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;

    QWidget *headline() const { return qobject_cast<ResultsPanel *>(m_ui->results())->headlineLabel(); }

    /// Every Alert since the create was about the headline on show, which read the text it shows now or showed then.
    void verifyAlertsAreOnTheHeadline()
    {
        const QList<RecordingAccessibleBridge::Event> alerts = RecordingAccessibleBridge::recorded();
        QVERIFY(!alerts.isEmpty());
        for (const RecordingAccessibleBridge::Event &alert : alerts) {
            QCOMPARE(alert.type, QAccessible::Alert);
            QVERIFY2(alert.object == headline(),
                     qPrintable(QStringLiteral("an alert on %1")
                                    .arg(alert.object ? alert.object->objectName() : QStringLiteral("nothing"))));
            QCOMPARE(alert.role, QAccessible::StaticText);
            QCOMPARE(alert.name, QStringLiteral("Result headline"));
            QVERIFY(!alert.description.isEmpty());
        }
    }

    /// Starts the sandbox, with a peering that moves on every 60 ms, waits for the user at PENDING_ACCEPTANCE
    /// and is read again at once, so the tracker sees each status without real waiting.
    bool startFastSandbox()
    {
        if (!m_ui->startSandbox() || !m_ui->waitUntilFormSettled()) {
            return false;
        }
        m_ui->sandboxServer()->setStatusStepMs(60);
        m_ui->sandboxServer()->setRequireAcceptance(true);
        m_ui->inOutcome<PeeringTracker>("peeringTracker")
            ->watcher()
            ->setBackoff(PeeringWatcher::Backoff{20, 1.5, 80, 5});
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.announcetests"));
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        RecordingAccessibleBridge::record({});
        m_window->close();
        m_ui.reset();
        m_window.reset();
        QVERIFY(m_stores->drainKeychain());
        m_stores.reset();
        m_client.reset();
    }

    void createdPeering_isAnnounced_andEachNewStatusAgain()
    {
        QVERIFY(startFastSandbox());
        m_ui->fillAws();
        QVERIFY(m_ui->waitForCreateEnabled());
        RecordingAccessibleBridge::record({QAccessible::Alert});
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QVERIFY(m_ui->waitForResult());
        QVERIFY(RecordingAccessibleBridge::isInstalled());

        // The busy line first (the user is still at Create), then the result the moment it is shown.
        QTRY_VERIFY2(alertTexts().contains(QStringLiteral("Peering created: INITIATING")),
                     qPrintable(alertTexts().join(QStringLiteral(" | "))));
        QVERIFY2(alertTexts().constFirst().endsWith(QChar(0x2026)), qPrintable(alertTexts().constFirst()));
        // The tracker moves on: the new headline is announced as well, after the first.
        QTRY_VERIFY2_WITH_TIMEOUT(alertTexts().contains(QStringLiteral("Peering created: PENDING_ACCEPTANCE")),
                                  qPrintable(alertTexts().join(QStringLiteral(" | "))), 10000);
        QVERIFY(alertTexts().indexOf(QStringLiteral("Peering created: INITIATING")) <
                alertTexts().indexOf(QStringLiteral("Peering created: PENDING_ACCEPTANCE")));
        QCOMPARE(m_ui->title(), QStringLiteral("Peering created: PENDING_ACCEPTANCE"));
        verifyAlertsAreOnTheHeadline();

        // Reading the same status again says nothing new: no alert until the headline changes.
        const qsizetype heard = alertTexts().size();
        auto *done = m_ui->inOutcome<QPushButton>("doneButton");
        QTRY_VERIFY(done->isVisible());
        QTest::qWait(300); // several reads of the peering at 20-80 ms
        QCOMPARE(alertTexts().size(), heard);
        QStringList distinct = alertTexts();
        distinct.removeDuplicates();
        QCOMPARE(distinct, alertTexts());
    }

    void failedCreate_isAnnouncedOnTheHeadline()
    {
        QVERIFY(startFastSandbox());
        m_ui->fillAws();
        // The sandbox answers this account with Atlas's 409: a peering made elsewhere meanwhile.
        m_ui->type("awsAccountId", QStringLiteral("409409409409"));
        QVERIFY(m_ui->waitForCreateEnabled());
        RecordingAccessibleBridge::record({QAccessible::Alert});
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains(QLatin1String("409")), qPrintable(m_ui->title()));

        QTRY_VERIFY2(alertTexts().contains(m_ui->title()), qPrintable(alertTexts().join(QStringLiteral(" | "))));
        QCOMPARE(alertTexts().constLast(), m_ui->title());
        verifyAlertsAreOnTheHeadline();
        // The headline's own interface reads it too, not only the event's copy.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(headline());
        QCOMPARE(iface->text(QAccessible::Description), m_ui->title());
    }
};

QTEST_MAIN(TestOutcomeAnnouncements)
#include "TestOutcomeAnnouncements.moc"
