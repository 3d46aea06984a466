// SPDX-License-Identifier: GPL-3.0-or-later
// The window tells one story (issue 16): Create is always in view and the window never changes its own size, at
// the three sizes people use; each request keeps its own outcome; a create brings its result forward and leaves
// the request done, not "already peered". The real window, offscreen, against the sandbox.
#include "AccessListPanel.h"
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "transport/AtlasClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

class TestWindowStory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;

    /// Create is on screen: inside the window and not clipped away by any scroll area.
    bool createIsInView() const
    {
        auto *create = m_ui->find<QPushButton>("createButton");
        const QRect inWindow(create->mapTo(m_window.get(), QPoint(0, 0)), create->size());
        return create->isVisible() && m_window->rect().contains(inWindow) &&
               create->visibleRegion().boundingRect().size() == create->size();
    }

    /// The window at `size`, on screen, with the sandbox started and its suggestions filled in.
    bool showInSandbox(QSize size)
    {
        m_window->resize(size);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) && m_ui->startSandbox() && m_ui->waitUntilFormSettled();
    }

    QWidget *currentOutcome() const { return m_ui->find<QStackedWidget>("outcomeStack")->currentWidget(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.storytests"));
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
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

    void createStaysInView_andTheWindowKeepsItsSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1100x720 (default)") << QSize(1100, 720);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }
    void createStaysInView_andTheWindowKeepsItsSize()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_ui->startSandbox());
        QVERIFY(m_ui->waitUntilFormSettled());
        QVERIFY(createIsInView());
        m_ui->fillAws();
        QVERIFY(m_ui->waitForCreateEnabled());
        QVERIFY(createIsInView());
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));
        QTest::qWait(100);
        QCOMPARE(m_window->size(), size);
        QVERIFY(createIsInView());
        // Nothing on show asks for more room than the window has.
        QVERIFY2(m_window->minimumSizeHint().height() <= size.height(),
                 qPrintable(QString::number(m_window->minimumSizeHint().height())));
        // An error in another request: still the same size, Create still in view.
        m_window->findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
        m_ui->fillAws(QStringLiteral("vpc-0fedcba9876543210"));
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.30.0.0/16")); // no overlap with the first
        m_ui->sandboxServer()->injectFault(SandboxFault::PeerCreatedElsewhere, "POST");
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("409")), qPrintable(m_ui->title()));
        QCOMPARE(m_window->size(), size);
        QVERIFY(createIsInView());
    }

    void create_bringsTheResultForward_andLeavesTheRequestDone()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        m_ui->fillAws();
        QVERIFY(m_ui->waitForCreateEnabled());
        auto *tabs = m_ui->find<QTabWidget>("rightTabs");
        tabs->setCurrentIndex(2); // the request preview, as a careful user would have it
        // Ctrl+Return is the Peering menu's Create.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("resultTab"));
        // Done: not "already peered" about itself, and the way on is New Peering.
        QVERIFY(QTest::qWaitFor([this] {
            return !m_ui->find<QWidget>("preflightHolder")->isVisible() ||
                   m_ui->find<QLabel>("formStatusLabel")->text().contains("Done");
        }));
        QTest::qWait(300); // the peerings list is read again after the create
        QVERIFY2(m_ui->find<QLabel>("formStatusLabel")->text().contains(QLatin1String("Done")),
                 qPrintable(m_ui->find<QLabel>("formStatusLabel")->text()));
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        QVERIFY(m_ui->find<QPushButton>("newPeeringButton")->isVisible());
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("preflightPanel")) ||
                !m_window->findChild<QWidget *>(QStringLiteral("preflightPanel"))->isVisible());
        // Editing the request makes it another request: Create is offered again.
        m_ui->type("vpcId", QStringLiteral("vpc-0fedcba9876543210"));
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.30.0.0/16"));
        QVERIFY2(m_ui->waitForCreateEnabled(), qPrintable(m_ui->find<QLabel>("formStatusLabel")->text()));
        QVERIFY(!m_ui->find<QPushButton>("newPeeringButton")->isVisible());
    }

    void eachRequest_keepsItsOwnOutcome()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        m_ui->fillAws();
        QVERIFY(m_ui->submitAndWait());
        QWidget *first = currentOutcome();
        QVERIFY(m_ui->title().contains(QLatin1String("Peering created")));

        QTest::mouseClick(m_ui->find<QPushButton>("newPeeringButton"), Qt::LeftButton);
        QVERIFY(currentOutcome() != first);
        QVERIFY2(!m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));
        // The new request's failure does not sit under the first request's tracker.
        m_ui->fillAws(QStringLiteral("vpc-0fedcba9876543210"));
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.30.0.0/16")); // no overlap with the first
        m_ui->sandboxServer()->injectFault(SandboxFault::PeerCreatedElsewhere, "POST");
        QVERIFY(m_ui->submitAndWait());
        QVERIFY(m_ui->title().contains(QLatin1String("409")));
        QVERIFY(!m_ui->inOutcome<QWidget>("peeringTracker")->isVisible());

        // Back to request 1: its own result and tracker.
        auto *requests = m_ui->find<QComboBox>("requestComboBox");
        requests->setCurrentIndex(0);
        Q_EMIT requests->activated(0);
        QCOMPARE(currentOutcome(), first);
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering")) && !m_ui->title().contains(QLatin1String("409")),
                 qPrintable(m_ui->title()));
        QVERIFY(m_ui->inOutcome<QWidget>("peeringTracker")->isVisible());
    }
    void whatIsNotReachedYet_takesNoRoom()
    {
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // First start, no project: no empty container table, one line saying what comes there.
        auto *table = m_ui->find<QTableWidget>("containerTable");
        QVERIFY(!table->isVisible());
        QVERIFY(!m_ui->find<QPushButton>("newButton")->isVisible());
        const QList<QLabel *> labels = m_ui->find<QWidget>("containerGroupBox")->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QLatin1String("Choose a project first"));
        }));
        // The banner is as tall as its text at the window's width, not as a narrow label would guess.
        auto *banner = m_ui->find<QWidget>("connectionBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->height(), banner->heightForWidth(banner->width()));
        QVERIFY2(banner->height() < 3 * banner->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(banner->height())));

        QVERIFY(m_ui->startSandbox());
        QVERIFY(m_ui->waitUntilFormSettled());
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        // As tall as its one row: the VPC's first field is in view without scrolling.
        QCOMPARE(table->height(), table->horizontalHeader()->height() + table->rowHeight(0) + 2 * table->frameWidth());
        QCOMPARE(banner->height(), banner->heightForWidth(banner->width()));
        auto *scroll = m_ui->find<QScrollArea>("formScrollArea");
        QLineEdit *region = m_ui->field("accepterRegionName");
        const QRect inViewport(region->mapTo(scroll->viewport(), QPoint(0, 0)), region->size());
        QVERIFY2(scroll->viewport()->rect().contains(inViewport), "the VPC region field is below the fold");
    }

    void theProjectName_showsFromItsStart()
    {
        QVERIFY(showInSandbox(QSize(1024, 700)));
        auto *project = m_ui->find<QComboBox>("projectCombo");
        QTRY_VERIFY(project->currentText().startsWith(QLatin1String("Sandbox Demo")));
        // A field narrower than "Name (id)" shows the name and cuts the id, never the other way round.
        project->setFixedWidth(project->fontMetrics().horizontalAdvance(project->currentText()) / 2);
        project->setCurrentIndex(1);
        project->setCurrentIndex(0);
        QCOMPARE(project->lineEdit()->cursorPosition(), 0);
        QCOMPARE(project->toolTip(), project->currentText());
    }

    void changingTheProvider_saysWhatBecomesOfTheRequest()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        auto *notice = m_ui->find<QWidget>("providerSwitchNotice");
        auto *requests = m_ui->find<QComboBox>("requestComboBox");
        // Nothing typed: nothing is lost, nothing to say (the region suggested from the container is not input).
        m_ui->selectProvider(Provider::Gcp);
        QVERIFY(!notice->isVisible());
        m_ui->selectProvider(Provider::Aws);
        QVERIFY(!notice->isVisible());

        m_ui->type("vpcId", QStringLiteral("vpc-0123456789abcdef0"));
        m_ui->selectProvider(Provider::Gcp);
        QVERIFY(notice->isVisible());
        auto *message = notice->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QLatin1String("Request 1 is now a Google Cloud request")) &&
                     message->text().contains(QLatin1String("AWS")),
                 qPrintable(message->text()));
        m_ui->selectProvider(Provider::Azure); // still about what the request was: AWS
        QVERIFY(message->text().contains(QLatin1String("Your AWS values")));
        // Undo: back to AWS, with what was typed.
        QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("undoButton")), Qt::LeftButton);
        QCOMPARE(m_ui->find<QComboBox>("providerComboBox")->currentIndex(), static_cast<int>(Provider::Aws));
        QCOMPARE(m_ui->field("vpcId")->text(), QStringLiteral("vpc-0123456789abcdef0"));
        QVERIFY(!notice->isVisible());
        QCOMPARE(requests->count(), 1);

        // Keep AWS, add Google Cloud as request 2.
        m_ui->selectProvider(Provider::Gcp);
        QVERIFY(notice->isVisible());
        auto *addAsNew = notice->findChild<QPushButton *>(QStringLiteral("addAsNewButton"));
        QCOMPARE(addAsNew->text(), QStringLiteral("Keep AWS, Add Google Cloud as a New Request"));
        QTest::mouseClick(addAsNew, Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QCOMPARE(requests->count(), 2);
        QCOMPARE(requests->currentIndex(), 1);
        QCOMPARE(m_ui->find<QComboBox>("providerComboBox")->currentIndex(), static_cast<int>(Provider::Gcp));
        QVERIFY2(requests->itemText(0).contains(QLatin1String("AWS")) &&
                     requests->itemText(0).contains(QLatin1String("vpc-0123456789abcdef0")),
                 qPrintable(requests->itemText(0)));
        requests->setCurrentIndex(0);
        Q_EMIT requests->activated(0);
        QCOMPARE(m_ui->find<QComboBox>("providerComboBox")->currentIndex(), static_cast<int>(Provider::Aws));
        QCOMPARE(m_ui->field("vpcId")->text(), QStringLiteral("vpc-0123456789abcdef0"));
        QVERIFY(!notice->isVisible());
    }

    void aCreatedRequest_isNotSilentlyTurnedIntoAnotherCloud()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        m_ui->fillAws();
        QVERIFY(m_ui->submitAndWait());
        QVERIFY(m_ui->title().contains(QLatin1String("Peering created")));
        m_ui->selectProvider(Provider::Azure);
        auto *notice = m_ui->find<QWidget>("providerSwitchNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->findChild<QLabel *>(QStringLiteral("messageLabel"))
                     ->text()
                     .contains(QLatin1String("Request 1 created its AWS peering")),
                 qPrintable(notice->findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
        QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("undoButton")), Qt::LeftButton);
        // Back to the request that is done, with its outcome.
        QVERIFY(m_ui->find<QLabel>("formStatusLabel")->text().contains(QLatin1String("Done")));
        QVERIFY(m_ui->title().contains(QLatin1String("Peering created")));
    }

    void theFormsAccessListOption_followsTheVpc_refusesAPublicRange_andIsAddedAfterTheCreate()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        m_ui->sandboxServer()->setStatusStepMs(100);
        m_ui->fillAws();
        auto *option = m_ui->find<QCheckBox>("accessListCheckBox");
        auto *ranges = m_ui->find<QLineEdit>("accessListRangesEdit");
        QVERIFY(!ranges->isVisible()); // folded until chosen
        QVERIFY(!m_window->form().requests.first().accessList);
        QVERIFY(option->isVisible());
        option->setFocus();
        QTest::keyClick(option, Qt::Key_Space);
        QVERIFY2(option->isChecked(), "the option is chosen");
        QVERIFY(ranges->isVisible());
        QCOMPARE(ranges->text(), QStringLiteral("10.20.0.0/16")); // the VPC's block, followed until typed over
        m_ui->type("routeTableCidrBlock", QStringLiteral("10.21.0.0/16"));
        QCOMPARE(ranges->text(), QStringLiteral("10.21.0.0/16"));

        // A public range keeps Create off and says why under the field; nothing typed is lost.
        ranges->setFocus();
        ranges->selectAll();
        QTest::keyClicks(ranges, QStringLiteral("52.0.0.0/16"));
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        auto *help = m_ui->find<QLabel>("accessListRangesHelpLabel");
        QVERIFY2(help->text().contains(QLatin1String("public")), qPrintable(help->text()));
        QCOMPARE(ranges->text(), QStringLiteral("52.0.0.0/16"));

        ranges->selectAll();
        QTest::keyClicks(ranges, QStringLiteral("10.21.0.0/16, 10.99.0.0/24"));
        const auto saved = m_window->form().requests.first().accessList;
        QVERIFY(saved);
        QCOMPARE(saved->ranges(), (QStringList{QStringLiteral("10.21.0.0/16"), QStringLiteral("10.99.0.0/24")}));

        // The preview shows both requests Create leads to: the peering, then the entry.
        m_ui->find<QTabWidget>("rightTabs")->setCurrentWidget(m_ui->find<QWidget>("previewTab"));
        auto *preview = m_ui->find<QPlainTextEdit>("previewTextEdit");
        const QString http = preview->toPlainText();
        const qsizetype peers = http.indexOf(QStringLiteral("/groups/%1/peers").arg(SandboxSeed::demoGroupId));
        const qsizetype entry =
            http.indexOf(QStringLiteral("POST %1/api/atlas/v2/groups/%2/accessList")
                             .arg(m_ui->sandboxServer()->baseUrl().toString(), SandboxSeed::demoGroupId));
        QVERIFY2(peers >= 0 && entry > peers, qPrintable(http));
        QVERIFY2(http.indexOf(QLatin1String("\"cidrBlock\": \"10.99.0.0/24\""), entry) > entry, qPrintable(http));
        m_ui->find<QComboBox>("formatComboBox")->setCurrentIndex(2); // Atlas CLI
        QVERIFY2(
            preview->toPlainText().contains(QStringLiteral("atlas accessLists create 10.99.0.0/24 --type cidrBlock")),
            qPrintable(preview->toPlainText()));
        m_ui->find<QComboBox>("formatComboBox")->setCurrentIndex(0);
        m_ui->find<QTabWidget>("rightTabs")->setCurrentWidget(m_ui->find<QWidget>("resultTab"));
        QVERIFY(m_ui->waitForCreateEnabled());
        QVERIFY(m_ui->submitAndWait());
        auto *panel = currentOutcome()->findChild<AccessListPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 15000);
        QCOMPARE(panel->ranges(), saved->ranges());
    }

    void theStatusBar_followsThePeering()
    {
        QVERIFY(showInSandbox(QSize(1100, 720)));
        m_ui->sandboxServer()->setStatusStepMs(200);
        m_ui->fillAws();
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("INITIATING")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->title().endsWith(QLatin1String("PENDING_ACCEPTANCE")), 15000);
        QVERIFY2(m_window->statusBar()->currentMessage().endsWith(QLatin1String("is PENDING_ACCEPTANCE.")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestWindowStory)
#include "TestWindowStory.moc"
