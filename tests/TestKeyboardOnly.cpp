// SPDX-License-Identifier: GPL-3.0-or-later
// The whole way with the keyboard alone (issue: keyboard-only use): Tab into the AWS fields and type them, Tab to
// Create, Ctrl+Return, then reach the result and copy a next-step command with Space or Enter. Every key goes to
// whatever has the focus, as it would from a person; every stop on the way is something one can use, and no key
// leaves the focus where it was. The real window, offscreen, against the sandbox.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "PeeringTracker.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "transport/AtlasClient.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

QString describe(const QWidget *widget)
{
    return widget ? widget->objectName() + QLatin1Char('(') + QLatin1String(widget->metaObject()->className()) +
                        QLatin1Char(')')
                  : QStringLiteral("nothing");
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// What a key did to the focus on the way to somewhere.
struct FocusWalk
{
    bool reached = false;
    QStringList stops;
    QString problem;

    QString report() const
    {
        return (problem.isEmpty() ? QStringLiteral("not reached") : problem) + QStringLiteral(" after: ") +
               stops.join(QStringLiteral(" > "));
    }
};

/// Presses `key` on whatever has the focus until the focus is on a widget that `isTarget`, at most `presses`
/// times. Each press must move the focus, and each stop must be something to act on: a label is one only while it
/// holds a link to follow.
FocusWalk walkFocus(Qt::Key key, const std::function<bool(QWidget *)> &isTarget, int presses = 40)
{
    FocusWalk walk;
    const Qt::KeyboardModifiers modifiers = key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier;
    for (int i = 0; i < presses; ++i) {
        QWidget *before = QApplication::focusWidget();
        if (!before) {
            walk.problem = QStringLiteral("nothing has the focus");
            return walk;
        }
        if (isTarget(before)) {
            walk.reached = true;
            return walk;
        }
        QTest::keyClick(before, key, modifiers);
        // The event loop runs between two keys a person presses: layouts settle, scroll areas follow the focus.
        QCoreApplication::processEvents();
        QWidget *after = QApplication::focusWidget();
        walk.stops.append(describe(after));
        if (after == before) {
            walk.problem = QStringLiteral("the key stays in %1").arg(describe(after));
            return walk;
        }
        if (!after || !after->isVisible() || !after->isEnabled()) {
            walk.problem = QStringLiteral("the focus went to %1, which is not on show").arg(describe(after));
            return walk;
        }
        if (auto *label = qobject_cast<QLabel *>(after);
            label && !(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard &&
                       label->text().contains(QLatin1String("<a ")))) {
            walk.problem = QStringLiteral("the focus stopped on a label with nothing to do: %1").arg(describe(after));
            return walk;
        }
    }
    return walk;
}

std::function<bool(QWidget *)> named(const QString &objectName)
{
    return [objectName](QWidget *widget) { return widget->objectName() == objectName; };
}

} // namespace

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;

    /// The sandbox on, with peerings that reach PENDING_ACCEPTANCE (and its commands) in a fraction of a second and
    /// wait there for the user.
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

    /// Waits until the tracker shows the three AWS commands with their copy buttons (shown by the event loop).
    bool commandsOnShow() const
    {
        auto *tracker = m_ui->inOutcome<PeeringTracker>("peeringTracker");
        return QTest::qWaitFor(
            [tracker] {
                const auto *last = tracker->findChild<QPushButton *>(QStringLiteral("copyCommandButton3"));
                return tracker->commands().size() == 3 && last && last->isVisible();
            },
            10000);
    }

    /// The copy button of next-step command `number`, when the focus is on it.
    static std::function<bool(QWidget *)> copyCommandButton(int number)
    {
        return [number](QWidget *widget) {
            return qobject_cast<QPushButton *>(widget) &&
                   accessibleName(widget).startsWith(QStringLiteral("Copy command %1: ").arg(number));
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.keytests"));
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_ui.reset();
        m_window.reset();
        QVERIFY(m_stores->drainKeychain());
        m_stores.reset();
        m_client.reset();
    }

    void formToCreateToResultToCopy()
    {
        QVERIFY(startFastSandbox());
        QVERIFY2(QApplication::focusWidget(), "the window gives the focus to nothing");

        // The AWS page's fields, in the order Tab reaches them; Tab selects what a field holds, so typing replaces it.
        const QList<QPair<const char *, QString>> values{
            {"accepterRegionNameLineEdit", QStringLiteral("us-west-2")},
            {"awsAccountIdLineEdit", QStringLiteral("012345678901")},
            {"vpcIdLineEdit", QStringLiteral("vpc-0a1b2c3d4e5f60718")},
            {"routeTableCidrBlockLineEdit", QStringLiteral("10.42.0.0/16")}};
        for (const auto &[name, value] : values) {
            const FocusWalk walk = walkFocus(Qt::Key_Tab, named(QLatin1String(name)));
            QVERIFY2(walk.reached, qPrintable(walk.report()));
            QTest::keyClicks(QApplication::focusWidget(), value);
        }
        QCOMPARE(m_ui->field("routeTableCidrBlock")->text(), QStringLiteral("10.42.0.0/16"));
        QCOMPARE(m_ui->field("accepterRegionName")->text(), QStringLiteral("us-west-2"));

        // On to Create: it is where Tab goes next, past nothing that cannot be used.
        const FocusWalk toCreate = walkFocus(Qt::Key_Tab, named(QStringLiteral("createButton")));
        QVERIFY2(toCreate.reached, qPrintable(toCreate.report()));
        QVERIFY(QApplication::focusWidget()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().startsWith(QLatin1String("Peering created")), qPrintable(m_ui->title()));
        QVERIFY(commandsOnShow());
        const QStringList commands = m_ui->inOutcome<PeeringTracker>("peeringTracker")->commands();
        // The result side also reads the access list and the clusters; a person's next key comes after they land.
        auto *clusters = m_ui->inOutcome<QWidget>("privateConnectionPanel");
        QTRY_VERIFY(clusters->findChild<QPushButton *>(QStringLiteral("refreshButton"))->isEnabled());

        // To the result: Shift+Tab goes round from the top of the form to the result side, last in the window.
        const FocusWalk toCopy = walkFocus(Qt::Key_Backtab, copyCommandButton(1), 60);
        QVERIFY2(toCopy.reached, qPrintable(toCopy.report()));
        QWidget *copy = QApplication::focusWidget();
        QVERIFY2(!copy->visibleRegion().isEmpty(), "the focused button is scrolled out of view");
        QApplication::clipboard()->clear();
        QTest::keyClick(copy, Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), commands.at(0));

        // Enter does the same on the next one.
        const FocusWalk toSecond = walkFocus(Qt::Key_Tab, copyCommandButton(2), 4);
        QVERIFY2(toSecond.reached, qPrintable(toSecond.report()));
        QVERIFY2(!QApplication::focusWidget()->visibleRegion().isEmpty(), "the focused button is scrolled out of view");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::clipboard()->text(), commands.at(1));

        // And "I have done this", once the peering was accepted in the cloud (in the sandbox, that button is the
        // acceptance itself).
        const FocusWalk toDone = walkFocus(Qt::Key_Backtab, named(QStringLiteral("doneButton")));
        QVERIFY2(toDone.reached, qPrintable(toDone.report()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!m_ui->inOutcome<QPushButton>("doneButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_ui->title(), QStringLiteral("Peering created: AVAILABLE"), 10000);
    }

    void tabFromCreate_goesOnToTheResult()
    {
        QVERIFY(startFastSandbox());
        m_ui->fillAws();
        auto *create = m_ui->find<QPushButton>("createButton");
        QVERIFY(m_ui->waitForCreateEnabled());
        create->setFocus(Qt::TabFocusReason);
        QTest::keyClick(create, Qt::Key_Space);
        QVERIFY(m_ui->waitForResult());
        QVERIFY(commandsOnShow());

        // From the form, Tab goes on to the right side: its tabs, then the page on show, the result; the first
        // command is a few stops further. Nothing on the way may keep the key.
        m_ui->field("routeTableCidrBlock")->setFocus(Qt::TabFocusReason);
        const FocusWalk toTabs = walkFocus(Qt::Key_Tab, named(QStringLiteral("qt_tabwidget_tabbar")));
        QVERIFY2(toTabs.reached, qPrintable(toTabs.report()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY2(next && m_ui->find<QWidget>("resultTab")->isAncestorOf(next), qPrintable(describe(next)));

        const FocusWalk toCopy = walkFocus(Qt::Key_Tab, copyCommandButton(1), 60);
        QVERIFY2(toCopy.reached, qPrintable(toCopy.report()));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
