// SPDX-License-Identifier: GPL-3.0-or-later
// One request's outcome, offscreen against the sandbox, in windows of the sizes users have: it scrolls instead of
// growing the window, its command blocks are readable, its headline follows the peering, a screen reader can reach
// every value by a name of its own, and nothing of an earlier outcome stays on show.
#include "OutcomeView.h"
#include "PeeringTracker.h"
#include "ResultsPanel.h"
#include "SandboxApiSetup.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "ValidPeeringRequests.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QtMath>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

/// The right side of the window at its real width: the form takes the rest, as the main window's splitter does.
struct OutcomeWindow
{
    QWidget window;
    OutcomeView *view = nullptr;

    OutcomeWindow(AtlasApi *api, const QSize &size)
    {
        auto *layout = new QHBoxLayout(&window);
        auto *form = new QWidget(&window);
        form->setFixedWidth(size.width() - 440);
        layout->addWidget(form);
        view = new OutcomeView(api, &window);
        layout->addWidget(view, 1);
        window.resize(size);
    }
};

/// Lets every posted layout request and resize run, as the event loop would between two user actions.
void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    // A top-level layout applies its minimum size to the window when it activates: that is how a window grows.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->layout()) {
            window->layout()->activate();
        }
    }
}

Container awsContainer()
{
    Container container;
    container.id = SandboxSeed::awsContainerId;
    container.provider = Provider::Aws;
    container.regionName = SandboxSeed::awsRegionName;
    container.atlasCidrBlock = SandboxSeed::awsAtlasCidrBlock;
    return container;
}

QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which) : QString();
}

/// What a screen reader reaches of a value: the text interface where there is one, else value or description.
QString reachableValue(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface) {
        return {};
    }
    if (QAccessibleTextInterface *text = iface->textInterface()) {
        return text->text(0, text->characterCount());
    }
    const QString value = iface->text(QAccessible::Value);
    return value.isEmpty() ? iface->text(QAccessible::Description) : value;
}

} // namespace

class TestOutcomeView : public QObject
{
    Q_OBJECT

private:
    SandboxApiSetup m_setup;

    SubmitOutcome send(const PeeringRequest &request)
    {
        AtlasReply *reply = m_setup.client->createPeering(request);
        QSignalSpy finished(reply, &AtlasReply::finished);
        if (!reply->isFinished()) {
            finished.wait(5000);
        }
        reply->deleteLater();
        SubmitOutcome outcome;
        outcome.sent = true;
        outcome.httpStatus = reply->httpStatus();
        outcome.rawBody = reply->rawBody();
        outcome.url = reply->url();
        if (reply->isOk()) {
            outcome.kind = SubmitOutcome::Kind::Created;
            outcome.peering = Peering::fromJson(reply->json().toObject());
        } else {
            outcome.kind = SubmitOutcome::Kind::RequestFailed;
            outcome.failure = reply->failure();
        }
        return outcome;
    }

    static void fastFollowing(OutcomeView *view)
    {
        PeeringWatcher::Backoff fast;
        fast.initialMs = 40;
        fast.maxMs = 120;
        view->tracker()->watcher()->setBackoff(fast);
    }

    /// An AWS peering followed until it waits for the user, with its three commands on show.
    Peering createWaitingAwsPeering(OutcomeView *view)
    {
        m_setup.sandbox->setStatusStepMs(40);
        m_setup.sandbox->setRequireAcceptance(true);
        const SubmitOutcome created = send(ValidPeeringRequests::aws());
        if (created.kind != SubmitOutcome::Kind::Created) {
            return {};
        }
        fastFollowing(view);
        view->showOutcome(created);
        view->track(SandboxSeed::demoGroupId, *created.peering, awsContainer());
        return *created.peering;
    }

    static void sizes()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1100x720") << QSize(1100, 720);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    /// No row of a page lies on another, and no wrapped text is cut: what "the error rows overlap" was.
    static void verifyReadable(QWidget *page)
    {
        QList<QWidget *> shown;
        for (QWidget *child : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible()) {
                shown.append(child);
            }
        }
        for (QWidget *field : page->findChildren<QWidget *>()) {
            auto *label = qobject_cast<QLabel *>(field);
            if (label && label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->objectName() + QStringLiteral(" is cut off")));
            }
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                QVERIFY2(!shown[i]->geometry().intersects(shown[j]->geometry()),
                         qPrintable(shown[i]->objectName() + QStringLiteral(" overlaps ") + shown[j]->objectName()));
            }
        }
    }

    static void verifyNamesUnique(OutcomeView *view)
    {
        QHash<QString, QString> owners;
        for (QWidget *widget : view->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(view) || widget->accessibleName().isEmpty()) {
                continue;
            }
            const QString name = widget->accessibleName();
            QVERIFY2(
                !owners.contains(name),
                qPrintable(
                    QStringLiteral("\"%1\" names both %2 and %3").arg(name, owners.value(name), widget->objectName())));
            owners.insert(name, widget->objectName());
        }
    }

private slots:
    void init() { QVERIFY(m_setup.start()); }

    void cleanup() { m_setup.stop(); }

    void sizeHints_areSmall_andTheWindowKeepsItsSize_data() { sizes(); }
    void sizeHints_areSmall_andTheWindowKeepsItsSize()
    {
        QFETCH(QSize, size);
        OutcomeWindow outcome(m_setup.api.get(), size);
        outcome.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outcome.window));
        QCOMPARE(outcome.window.size(), size);

        createWaitingAwsPeering(outcome.view);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->tracker()->commands().size(), 3, 5000);
        settle();
        QCOMPARE(outcome.window.size(), size);
        QVERIFY2(outcome.view->minimumSizeHint().height() < 200,
                 qPrintable(QString::number(outcome.view->minimumSizeHint().height())));
        QVERIFY2(outcome.view->sizeHint().height() < size.height() / 2,
                 qPrintable(QString::number(outcome.view->sizeHint().height())));

        auto *scroll = outcome.view->findChild<QScrollArea *>(QStringLiteral("outcomeScrollArea"));
        QVERIFY(scroll->widgetResizable());
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), "the results side needs horizontal scrolling");

        // A long failure after it changes nothing either.
        send(ValidPeeringRequests::aws(QStringLiteral("vpc-0fedcba9876543210")));
        outcome.view->showOutcome(send(ValidPeeringRequests::aws(QStringLiteral("vpc-0fedcba9876543210"))));
        settle();
        QCOMPARE(outcome.window.size(), size);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    void commandBlocks_areFullHeightMonospacedAndCopiedByNamedButtons_data() { sizes(); }
    void commandBlocks_areFullHeightMonospacedAndCopiedByNamedButtons()
    {
        QFETCH(QSize, size);
        OutcomeWindow outcome(m_setup.api.get(), size);
        outcome.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outcome.window));
        createWaitingAwsPeering(outcome.view);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->tracker()->commands().size(), 3, 5000);
        settle();

        const QStringList commands = outcome.view->tracker()->commands();
        QStringList buttonNames;
        for (int number = 1; number <= 3; ++number) {
            auto *block = outcome.view->findChild<QTextEdit *>(QStringLiteral("commandBlock%1").arg(number));
            QVERIFY(block && block->isVisible());
            QCOMPARE(block->toPlainText(), commands.at(number - 1));
            QVERIFY(QFontInfo(block->font()).fixedPitch());
            // Every line of the command in view: no scrolling inside the block, no sliver.
            QCOMPARE(block->verticalScrollBar()->maximum(), 0);
            QVERIFY2(block->viewport()->height() >= qCeil(block->document()->size().height()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(block->viewport()->height())
                                    .arg(block->document()->size().height())));
            QVERIFY(block->height() >= block->fontMetrics().lineSpacing() * 2);
            QVERIFY(block->width() <= outcome.view->width());

            auto *copy = outcome.view->findChild<QPushButton *>(QStringLiteral("copyCommandButton%1").arg(number));
            QVERIFY(copy && copy->isVisible());
            QVERIFY(copy->text() != QStringLiteral("Copy"));
            QVERIFY(
                accessibleText(copy, QAccessible::Name).startsWith(QStringLiteral("Copy command %1: ").arg(number)));
            buttonNames.append(accessibleText(copy, QAccessible::Name));
            QTest::mouseClick(copy, Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), commands.at(number - 1));
        }
        buttonNames.removeDuplicates();
        QCOMPARE(buttonNames.size(), 3);
    }

    void errorRows_areReadable_data() { sizes(); }
    void errorRows_areReadable()
    {
        QFETCH(QSize, size);
        OutcomeWindow outcome(m_setup.api.get(), size);
        outcome.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outcome.window));
        QCOMPARE(send(ValidPeeringRequests::aws()).kind, SubmitOutcome::Kind::Created);
        const SubmitOutcome conflict = send(ValidPeeringRequests::aws());
        QCOMPARE(conflict.httpStatus, 409);
        outcome.view->showOutcome(conflict);
        settle();
        QCOMPARE(outcome.window.size(), size);
        auto *detail = outcome.view->findChild<QLabel *>(QStringLiteral("detailValue"));
        QVERIFY(detail->isVisible() && !detail->text().isEmpty());
        verifyReadable(outcome.view->findChild<QWidget *>(QStringLiteral("failurePage")));
        verifyReadable(outcome.view->results());
    }

    void headlineAndStatus_followTheTracker()
    {
        OutcomeWindow outcome(m_setup.api.get(), QSize(1100, 720));
        outcome.window.show();
        QSignalSpy announced(outcome.view, &OutcomeView::announced);
        QSignalSpy settled(outcome.view, &OutcomeView::settled);
        const Peering peering = createWaitingAwsPeering(outcome.view);
        QVERIFY(!peering.id().isEmpty());
        QVERIFY(outcome.view->hasOutcome());
        auto *status = outcome.view->findChild<QLineEdit *>(QStringLiteral("statusValue"));
        QCOMPARE(outcome.view->results()->headline(), QStringLiteral("Peering created: INITIATING"));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().first().toString(), QStringLiteral("Peering created: INITIATING"));

        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->results()->headline(),
                                  QStringLiteral("Peering created: PENDING_ACCEPTANCE"), 5000);
        QCOMPARE(status->text(), QStringLiteral("PENDING_ACCEPTANCE"));
        // The connection id comes with PENDING_ACCEPTANCE: the result shows it, not the dash of the first answer.
        auto *connection = outcome.view->findChild<QLineEdit *>(QStringLiteral("connectionIdValue"));
        QVERIFY(connection->text().startsWith(QStringLiteral("pcx-")));
        QVERIFY(announced.last().first().toString().endsWith(QStringLiteral("PENDING_ACCEPTANCE")));

        QVERIFY(m_setup.sandbox->acceptPeer(SandboxSeed::demoGroupId, peering.id()));
        QTest::mouseClick(outcome.view->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->results()->headline(), QStringLiteral("Peering created: AVAILABLE"),
                                  5000);
        QCOMPARE(status->text(), QStringLiteral("AVAILABLE"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 5000);
        QCOMPARE(accessibleText(outcome.view->results()->headlineLabel(), QAccessible::Description),
                 QStringLiteral("Peering created: AVAILABLE"));
    }

    void existingPeering_showsTheSameViewAndFollowsIt()
    {
        m_setup.sandbox->setStatusStepMs(40);
        m_setup.sandbox->setRequireAcceptance(true);
        const SubmitOutcome created = send(ValidPeeringRequests::aws());
        QCOMPARE(created.kind, SubmitOutcome::Kind::Created);
        OutcomeWindow outcome(m_setup.api.get(), QSize(1366, 768));
        outcome.window.show();
        fastFollowing(outcome.view);
        QSignalSpy settled(outcome.view, &OutcomeView::settled);
        outcome.view->showPeering(SandboxSeed::demoGroupId, *created.peering, awsContainer());
        const QString id = created.peering->id();
        QVERIFY(outcome.view->hasOutcome());
        QCOMPARE(outcome.view->results()->peeringId(), id);
        QVERIFY(!outcome.view->results()->rawResponse().isEmpty());
        QVERIFY(outcome.view->tracker()->isVisible());
        // Its status timeline and next steps, as after a create.
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->results()->headline(),
                                  QStringLiteral("Peering %1: PENDING_ACCEPTANCE").arg(id), 5000);
        QCOMPARE(outcome.view->tracker()->commands().size(), 3);
        QVERIFY(m_setup.sandbox->acceptPeer(SandboxSeed::demoGroupId, id));
        QTest::mouseClick(outcome.view->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->results()->headline(), QStringLiteral("Peering %1: AVAILABLE").arg(id),
                                  5000);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 5000);
        QVERIFY(outcome.view->tracker()->timeline().last().endsWith(QStringLiteral("AVAILABLE")));
    }

    void accessibility_namesAreUniqueAndValuesReachable()
    {
        OutcomeWindow outcome(m_setup.api.get(), QSize(1024, 700));
        outcome.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outcome.window));

        // A created peering with its steps.
        const Peering peering = createWaitingAwsPeering(outcome.view);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.view->tracker()->commands().size(), 3, 5000);
        verifyNamesUnique(outcome.view);
        auto *headline = outcome.view->results()->headlineLabel();
        QCOMPARE(accessibleText(headline, QAccessible::Name), QStringLiteral("Result headline"));
        QCOMPARE(reachableValue(headline), outcome.view->results()->headline());
        const struct
        {
            const char *objectName;
            const char *name;
        } values[] = {{"peeringIdValue", "Result: peering ID"},
                      {"statusValue", "Result: status"},
                      {"containerIdValue", "Result: container ID"},
                      {"connectionIdValue", "Result: connection ID"}};
        for (const auto &value : values) {
            auto *edit = outcome.view->findChild<QLineEdit *>(QLatin1String(value.objectName));
            QCOMPARE(accessibleText(edit, QAccessible::Name), QLatin1String(value.name));
            QCOMPARE(reachableValue(edit), edit->text());
        }
        QCOMPARE(reachableValue(outcome.view->findChild<QLineEdit *>(QStringLiteral("peeringIdValue"))), peering.id());
        auto *command = outcome.view->findChild<QTextEdit *>(QStringLiteral("commandBlock1"));
        QVERIFY(accessibleText(command, QAccessible::Name).startsWith(QStringLiteral("Command 1: ")));
        QCOMPARE(reachableValue(command), outcome.view->tracker()->commands().first());

        // Atlas's error: detail and parameters by their own names, with their text.
        QSignalSpy announced(outcome.view, &OutcomeView::announced);
        const SubmitOutcome conflict = send(ValidPeeringRequests::aws());
        QCOMPARE(conflict.httpStatus, 409);
        outcome.view->showOutcome(conflict);
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().first().toString(), outcome.view->results()->headline());
        QCOMPARE(reachableValue(headline), outcome.view->results()->headline());
        verifyNamesUnique(outcome.view);
        auto *detail = outcome.view->findChild<QLabel *>(QStringLiteral("detailValue"));
        auto *parameters = outcome.view->findChild<QLabel *>(QStringLiteral("parametersValue"));
        QCOMPARE(accessibleText(detail, QAccessible::Name), QStringLiteral("Atlas error detail"));
        QCOMPARE(accessibleText(parameters, QAccessible::Name), QStringLiteral("Atlas error parameters"));
        QVERIFY(!detail->text().isEmpty() && detail->text() != QStringLiteral("—"));
        QCOMPARE(reachableValue(detail), detail->text());
        QCOMPARE(reachableValue(parameters), parameters->text());
        QCOMPARE(
            accessibleText(outcome.view->findChild<QLineEdit *>(QStringLiteral("errorCodeValue")), QAccessible::Name),
            QStringLiteral("Atlas error code"));
    }

    void newOutcome_leavesNothingOfTheEarlierOne()
    {
        OutcomeWindow outcome(m_setup.api.get(), QSize(1100, 720));
        outcome.window.show();
        createWaitingAwsPeering(outcome.view);
        auto *done = outcome.view->findChild<QPushButton *>(QStringLiteral("doneButton"));
        QTRY_VERIFY_WITH_TIMEOUT(done->isVisible(), 5000);

        // A failure of the same request afterwards: no tracker, no steps, no "I Have Done This" under it.
        m_setup.sandbox->setRequireAcceptance(false);
        const SubmitOutcome conflict = send(ValidPeeringRequests::aws());
        QCOMPARE(conflict.httpStatus, 409);
        outcome.view->showOutcome(conflict);
        QVERIFY(!outcome.view->tracker()->isVisible());
        QCOMPARE(outcome.view->tracker()->watcher()->state(), PeeringWatcher::State::Idle);
        QVERIFY(outcome.view->tracker()->commands().isEmpty());
        QVERIFY(outcome.view->tracker()->timeline().isEmpty());
        QVERIFY(!done->isVisibleTo(outcome.view));
        QVERIFY(outcome.view->results()->peeringId().isEmpty());

        // Not sent: nothing at all of either.
        outcome.view->showNotSent();
        QVERIFY(!outcome.view->hasOutcome());
        QCOMPARE(outcome.view->results()->headline(), QStringLiteral("Not sent yet"));
        QVERIFY(outcome.view->results()->rawResponse().isEmpty());
        QVERIFY(!outcome.view->findChild<QWidget *>(QStringLiteral("failurePage"))->isVisibleTo(outcome.view));
        QVERIFY(!outcome.view->findChild<QWidget *>(QStringLiteral("successPage"))->isVisibleTo(outcome.view));
        auto *explanation = outcome.view->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(explanation->isVisible() && explanation->text().contains(QStringLiteral("Create Peering")));
    }

    void azurePreparation_showsItsCommands_andNotSentClearsThem()
    {
        OutcomeWindow outcome(m_setup.api.get(), QSize(1024, 700));
        outcome.window.show();
        outcome.view->showAzurePreparation(ValidPeeringRequests::azureBody());
        QCOMPARE(outcome.view->tracker()->commands().size(), 3);
        QVERIFY(outcome.view->tracker()->isVisible());
        QVERIFY(!outcome.view->hasOutcome());
        verifyNamesUnique(outcome.view);
        outcome.view->showNotSent();
        QVERIFY(outcome.view->tracker()->commands().isEmpty());
        QVERIFY(!outcome.view->tracker()->isVisible());
    }
};

QTEST_MAIN(TestOutcomeView)
#include "TestOutcomeView.moc"
