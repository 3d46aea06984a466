// SPDX-License-Identifier: GPL-3.0-or-later
// A form of several requests in the window, compared with Atlas and applied: the request list says what each request
// is in Atlas, Create All Missing sends only the missing ones, and a request that exists opens its peering instead
// of being sent. The real window, offscreen, against the sandbox; its request log proves what was sent.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "PeeringDetailsDialog.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "transport/AtlasClient.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

class TestFormPlanWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;
    QStringList m_posts;

    QComboBox *requests() const { return m_ui->find<QComboBox>("requestComboBox"); }
    QString summary() const { return m_ui->find<QLabel>("planSummaryLabel")->text(); }

    /// Check Against Atlas, then wait for its summary.
    bool check()
    {
        m_window->findChild<QAction *>(QStringLiteral("checkFormAction"))->trigger();
        const bool done =
            QTest::qWaitFor([this] { return summary().startsWith(QLatin1String("Checked against Atlas")); }, 10000);
        if (!done) {
            qWarning() << "summary:" << summary();
        }
        return done;
    }

    /// Three AWS requests on distinct VPCs and route tables; the first is created with Create.
    bool threeRequestsTheFirstCreated()
    {
        m_window->resize(1100, 720);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_ui->startSandbox() || !m_ui->waitUntilFormSettled()) {
            return false;
        }
        connect(m_ui->sandboxServer(), &SandboxServer::requestHandled, this,
                [this](const QString &method, const QString &path, int status) {
                    if (method == QLatin1String("POST") && path.endsWith(QLatin1String("/peers"))) {
                        m_posts.append(QString::number(status));
                    }
                });
        m_ui->fillAws(QStringLiteral("vpc-0aaaaaaaaaaaaaaa1"));
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.21.0.0/16"));
        if (!m_ui->waitForCreateEnabled() || !m_ui->submitAndWait()) {
            return false;
        }
        const std::pair<const char *, const char *> others[] = {{"vpc-0aaaaaaaaaaaaaaa2", "10.22.0.0/16"},
                                                                {"vpc-0aaaaaaaaaaaaaaa3", "10.23.0.0/16"}};
        for (const auto &[vpc, cidr] : others) {
            m_window->findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
            m_ui->fillAws(QLatin1String(vpc));
            m_ui->type("routeTableCidrBlock", QLatin1String(cidr));
        }
        return m_posts.size() == 1 && requests()->count() == 3;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.plantests"));
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_posts.clear();
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<PeeringDetailsDialog *>(widget)) {
                widget->close();
            }
        }
        m_window->close();
        m_ui.reset();
        m_window.reset();
        QVERIFY(m_stores->drainKeychain());
        m_stores.reset();
        m_client.reset();
    }

    void check_marksEachRequest_andSendsNothing()
    {
        QVERIFY(threeRequestsTheFirstCreated());
        QVERIFY(m_ui->find<QWidget>("formPlanBar")->isVisible());
        QVERIFY(check());
        QVERIFY2(requests()->itemText(0).contains(QLatin1String("exists")), qPrintable(requests()->itemText(0)));
        QVERIFY2(requests()->itemText(1).endsWith(QLatin1String("to create")), qPrintable(requests()->itemText(1)));
        QVERIFY2(requests()->itemText(2).endsWith(QLatin1String("to create")), qPrintable(requests()->itemText(2)));
        QVERIFY2(summary().contains(QLatin1String("1 exist")) && summary().contains(QLatin1String("2 to create")),
                 qPrintable(summary()));
        QVERIFY(m_ui->find<QPushButton>("createAllMissingButton")->isEnabled());
        QCOMPARE(m_posts.size(), 1);
        // An edit makes the finding stale for that request only.
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.24.0.0/16"));
        m_window->findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger(); // stores the edit
        QVERIFY(!requests()->itemText(2).endsWith(QLatin1String("to create")));
    }

    void createAllMissing_sendsOnlyTheMissing_thenNothingIsLeft()
    {
        QVERIFY(threeRequestsTheFirstCreated());
        QVERIFY(check());
        auto *apply = m_ui->find<QPushButton>("createAllMissingButton");
        QTest::mouseClick(apply, Qt::LeftButton);
        // The form is locked while it runs: no request can be removed from under it.
        QVERIFY(!m_ui->find<QToolButton>("removeRequestButton")->isEnabled());
        QVERIFY(!requests()->isEnabled());
        // Each missing request is sent once, through the window's Create, and its result stays in the list.
        QVERIFY(
            QTest::qWaitFor([this] { return summary().startsWith(QLatin1String("Checked against Atlas")); }, 20000));
        QCOMPARE(m_posts, (QStringList{QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("200")}));
        QVERIFY2(requests()->itemText(1).endsWith(QLatin1String("created")), qPrintable(requests()->itemText(1)));
        QVERIFY2(requests()->itemText(2).endsWith(QLatin1String("created")), qPrintable(requests()->itemText(2)));
        QVERIFY2(summary().contains(QLatin1String("3 exist")), qPrintable(summary()));
        QVERIFY(!apply->isEnabled());
        QVERIFY(m_ui->find<QComboBox>("requestComboBox")->isEnabled()); // the form is the user's again
        QVERIFY(m_ui->find<QToolButton>("removeRequestButton")->isEnabled());
        // The request the apply ended on shows its own created peering.
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));
        // A second check finds everything and sends nothing.
        QVERIFY(check());
        QVERIFY2(requests()->itemText(1).contains(QLatin1String("exists")), qPrintable(requests()->itemText(1)));
        QCOMPARE(m_posts.size(), 3);
    }

    void createOnAnExistingRequest_opensItsPeering_insteadOfSending()
    {
        QVERIFY(threeRequestsTheFirstCreated());
        // The form opened again knows of the first peering only what Atlas says; an opened form is checked at once.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.peering.json"));
        QVERIFY(m_window->saveToFile(path));
        QVERIFY(m_window->openFile(path));
        QVERIFY(
            QTest::qWaitFor([this] { return summary().startsWith(QLatin1String("Checked against Atlas")); }, 10000));
        QCOMPARE(requests()->currentIndex(), 0);
        QVERIFY2(requests()->itemText(0).contains(QLatin1String("exists")), qPrintable(requests()->itemText(0)));
        QVERIFY2(m_ui->find<QLabel>("formStatusLabel")->text().contains(QLatin1String("exists in Atlas already")),
                 qPrintable(m_ui->find<QLabel>("formStatusLabel")->text()));
        m_window->createPeering();
        const auto detailsOpen = [] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            return std::any_of(windows.cbegin(), windows.cend(), [](QWidget *widget) {
                return qobject_cast<PeeringDetailsDialog *>(widget) && widget->isVisible();
            });
        };
        QTRY_VERIFY(detailsOpen());
        QTest::qWait(200);
        QCOMPARE(m_posts.size(), 1);
    }

    void switchingRequests_showsTheContainersOfEachRequestsCloud()
    {
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_ui->startSandbox());
        QVERIFY(m_ui->waitUntilFormSettled());
        m_ui->fillAws(QStringLiteral("vpc-0aaaaaaaaaaaaaaa1"));
        m_window->findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
        m_window->setProvider(Provider::Gcp);
        m_ui->fillGcp();
        auto *table = m_ui->find<QTableWidget>("containerTable");
        const auto listed = [table](const QString &containerId) {
            return table->rowCount() == 1 && !table->findItems(containerId, Qt::MatchExactly).isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(SandboxSeed::gcpContainerId), 10000);
        // Back to the AWS request, as the request list or an apply does: its own cloud's container, not the last one.
        requests()->setCurrentIndex(0);
        Q_EMIT requests()->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(listed(SandboxSeed::awsContainerId), 10000);
        requests()->setCurrentIndex(1);
        Q_EMIT requests()->activated(1);
        QTRY_VERIFY_WITH_TIMEOUT(listed(SandboxSeed::gcpContainerId), 10000);
    }
};

QTEST_MAIN(TestFormPlanWindow)
#include "TestFormPlanWindow.moc"
