// SPDX-License-Identifier: GPL-3.0-or-later
// The form fields' helper lines, one-click fixes, "e.g." placeholders, the summary of fields that need something,
// and the AWS region suggested from the container: first on the real provider pages, offscreen, validated as the
// window validates them; then in the real main window against the sandbox (keychain: scripts/with-keyring.sh).

#include "AwsPage.h"
#include "AzurePage.h"
#include "FieldFeedback.h"
#include "GcpPage.h"
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "ProblemSummary.h"
#include "SandboxSession.h"
#include "model/PeeringRequest.h"
#include "transport/AtlasClient.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

const QString group = QStringLiteral("5f3e2d1c0b9a887766554433");
const QString container = QStringLiteral("65a1b2c3d4e5f60718293a4b");
const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.fieldfixtests");

/// A provider page in a scroll area with a summary line under it, validated on every edit the way the window
/// does it: each field gets the problem the request's validate() reports for its wire name.
class PageForm
{
public:
    explicit PageForm(ProviderPage *page)
        : m_page(page)
    {
        auto *layout = new QVBoxLayout(&m_window);
        m_scroll = new QScrollArea;
        m_scroll->setWidgetResizable(true);
        auto *contents = new QWidget;
        auto *contentsLayout = new QVBoxLayout(contents);
        // Room above the page, so that a field is out of view until the scroll area scrolls to it.
        m_spacer = new QWidget;
        m_spacer->setMinimumHeight(600);
        contentsLayout->addWidget(m_spacer);
        contentsLayout->addWidget(page);
        m_scroll->setWidget(contents);
        layout->addWidget(m_scroll);
        m_summaryLabel = new QLabel;
        m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
        layout->addWidget(m_summaryLabel);
        m_summary = new ProblemSummary(m_summaryLabel, &m_window);
        QObject::connect(page, &ProviderPage::edited, &m_window, [this] { validate(); });
        m_window.resize(700, 400);
        validate();
    }

    void validate()
    {
        const FieldProblems problems = PeeringRequest(group, m_page->body(container)).validate();
        for (FieldFeedback *field : m_page->fields()) {
            QString message;
            for (const FieldProblem &problem : problems) {
                if (problem.field == field->wireName()) {
                    message = problem.message;
                }
            }
            field->setLocalProblem(message);
        }
        if (m_summary->showProblems(m_page->fields()) == 0) {
            m_summary->showMessage(QStringLiteral("ready"));
        }
    }

    bool showAndActivate()
    {
        m_window.show();
        m_window.activateWindow();
        return QTest::qWaitForWindowActive(&m_window);
    }

    FieldFeedback *field(const char *wire) const { return m_page->field(QLatin1String(wire)); }
    QWidget &window() { return m_window; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    ProblemSummary *summary() const { return m_summary; }

    /// Types as a person does: focus, select all, erase, one key click per character.
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private:
    QWidget m_window;
    ProviderPage *m_page;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_spacer = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ProblemSummary *m_summary = nullptr;
};

ProviderPage *makePage(const QString &kind)
{
    if (kind == QLatin1String("aws")) {
        return new AwsPage;
    }
    if (kind == QLatin1String("azure")) {
        return new AzurePage;
    }
    return new GcpPage;
}

} // namespace

class TestFieldFixes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void helperLine_showsTheExampleOrTheProblem_andNothingMoves()
    {
        PageForm form(new AwsPage);
        QVERIFY(form.showAndActivate());
        QList<int> tops;
        QList<QLineEdit *> edits;
        for (FieldFeedback *field : {form.field("accepterRegionName"), form.field("awsAccountId"), form.field("vpcId"),
                                     form.field("routeTableCidrBlock")}) {
            edits.append(field->edit());
            tops.append(field->edit()->mapTo(&form.window(), QPoint()).y());
            // Before anything is typed the line is there already, with the example.
            QVERIFY(field->problemLabel()->isVisible());
            QVERIFY2(field->problemLabel()->text().startsWith(QLatin1String("e.g. ")),
                     qPrintable(field->problemLabel()->text()));
        }
        FieldFeedback *region = form.field("accepterRegionName");
        PageForm::type(region->edit(), QStringLiteral("US_EAST_1"));
        QVERIFY2(region->problemLabel()->text().contains(QLatin1String("us-east-1")),
                 qPrintable(region->problemLabel()->text()));
        QCOMPARE(region->visibleMessage(), region->problemLabel()->text());
        QCOMPARE(region->edit()->accessibleDescription(), region->visibleMessage());
        QVERIFY(region->fixButton()->isVisible());
        QApplication::processEvents(); // let the layouts settle before measuring
        for (int i = 0; i < edits.size(); ++i) {
            QCOMPARE(edits.at(i)->mapTo(&form.window(), QPoint()).y(), tops.at(i));
        }
        // Fixed again, the line goes back to the example and the field's own description.
        PageForm::type(region->edit(), QStringLiteral("us-east-1"));
        QCOMPARE(region->problemLabel()->text(), region->edit()->placeholderText());
        QVERIFY(region->visibleMessage().isEmpty());
        QVERIFY(!region->fixButton()->isVisible());
        QVERIFY(region->edit()->accessibleDescription().contains(QLatin1String("AWS region")));
    }

    void helperLine_neverTakesTheFocus_ctrlAAndTypingStayInTheField()
    {
        PageForm form(new AwsPage);
        QVERIFY(form.showAndActivate());
        FieldFeedback *vpc = form.field("vpcId");
        PageForm::type(vpc->edit(), QStringLiteral("vpc-123"));
        QVERIFY(!vpc->visibleMessage().isEmpty());
        QCOMPARE(vpc->problemLabel()->focusPolicy(), Qt::NoFocus);
        QCOMPARE(vpc->problemLabel()->textInteractionFlags(), Qt::NoTextInteraction);

        form.field("awsAccountId")->edit()->setFocus(); // the focus is elsewhere when the message is clicked
        QTest::mouseClick(vpc->problemLabel(), Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(QApplication::focusWidget(), vpc->edit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("vpc-0123456789abcdef0"));
        QCOMPARE(vpc->edit()->text(), QStringLiteral("vpc-0123456789abcdef0"));
        QVERIFY(vpc->visibleMessage().isEmpty());
    }

    void placeholders_sayTheyAreExamples_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("AWS") << "aws";
        QTest::newRow("Azure") << "azure";
        QTest::newRow("Google Cloud") << "gcp";
    }
    void placeholders_sayTheyAreExamples()
    {
        QFETCH(QString, kind);
        std::unique_ptr<ProviderPage> page(makePage(kind));
        QVERIFY(!page->fields().isEmpty());
        for (FieldFeedback *field : page->fields()) {
            // "123456789012" or "default" in grey looked like values already filled in.
            QVERIFY2(field->edit()->placeholderText().startsWith(QLatin1String("e.g. ")),
                     qPrintable(field->edit()->placeholderText()));
            QCOMPARE(field->hint(), field->edit()->placeholderText());
        }
    }

    void fixButton_offersTheCorrection_appliesItOnlyOnClick_andUndoBringsBackTheTypedText_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("Google Cloud self-link")
            << "gcp" << QByteArray("networkName") << "projects/p/global/networks/prod"
            << "prod";
        QTest::newRow("CIDR with host bits") << "aws" << QByteArray("routeTableCidrBlock") << "10.20.1.0/16"
                                             << "10.20.0.0/16";
        QTest::newRow("Atlas region name") << "aws" << QByteArray("accepterRegionName") << "US_EAST_1"
                                           << "us-east-1";
        QTest::newRow("account id with dashes") << "aws" << QByteArray("awsAccountId") << "0123-4567-8901"
                                                << "012345678901";
        QTest::newRow("Azure id in braces")
            << "azure" << QByteArray("azureDirectoryId") << "{8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d}"
            << "8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d";
    }
    void fixButton_offersTheCorrection_appliesItOnlyOnClick_andUndoBringsBackTheTypedText()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, wire);
        QFETCH(QString, typed);
        QFETCH(QString, fixed);
        PageForm form(makePage(kind));
        QVERIFY(form.showAndActivate());
        FieldFeedback *field = form.field(wire.constData());
        QVERIFY(field);
        QToolButton *fix = field->fixButton();
        QCOMPARE(fix->objectName(), QString::fromLatin1(wire + "FixButton"));
        QVERIFY(!fix->isVisible());

        PageForm::type(field->edit(), typed);
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), QStringLiteral("Use %1").arg(fixed));
        QCOMPARE(fix->accessibleName(), fix->text());
        QCOMPARE(field->edit()->text(), typed); // offered, not applied

        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(field->edit()->text(), fixed);
        QVERIFY(field->visibleMessage().isEmpty());
        QVERIFY(!fix->isVisible());
        QCOMPARE(QApplication::focusWidget(), field->edit());

        QTest::keyClick(field->edit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field->edit()->text(), typed);
        QVERIFY(!field->visibleMessage().isEmpty());
        QVERIFY(fix->isVisible());
    }

    void fixButton_isReachedWithTabAndPressedWithSpace()
    {
        PageForm form(new AwsPage);
        QVERIFY(form.showAndActivate());
        FieldFeedback *cidr = form.field("routeTableCidrBlock");
        PageForm::type(cidr->edit(), QStringLiteral("10.20.1.0/16"));
        QCOMPARE(QApplication::focusWidget(), cidr->edit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), cidr->fixButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(cidr->edit()->text(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(QApplication::focusWidget(), cidr->edit());
    }

    void fixButton_isNotOfferedWithoutOneRightValue_norForAtlasProblems()
    {
        PageForm form(new AwsPage);
        QVERIFY(form.showAndActivate());
        FieldFeedback *cidr = form.field("routeTableCidrBlock");
        PageForm::type(cidr->edit(), QStringLiteral("8.8.8.1/24")); // public either way
        QVERIFY(!cidr->visibleMessage().isEmpty());
        QVERIFY(!cidr->fixButton()->isVisible());
        PageForm::type(cidr->edit(), QStringLiteral("10.20.1.0/16"));
        QVERIFY(cidr->fixButton()->isVisible());
        cidr->setServerProblem(QStringLiteral("Atlas: the block overlaps"));
        QVERIFY(!cidr->fixButton()->isVisible());
    }

    void summary_namesTheFieldsAsLinks_andALinkGoesToItsField()
    {
        PageForm form(new AwsPage);
        QVERIFY(form.showAndActivate());
        PageForm::type(form.field("accepterRegionName")->edit(), QStringLiteral("us-east-1"));
        PageForm::type(form.field("awsAccountId")->edit(), QStringLiteral("012345678901"));
        // Two left: VPC ID and VPC CIDR block, named with the fields' own (accessible) names.
        const QString text = form.summaryLabel()->text();
        QVERIFY2(text.contains(QLatin1String(">VPC ID</a>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(">VPC CIDR block</a>")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("account")), qPrintable(text));
        QVERIFY(form.summaryLabel()->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));

        FieldFeedback *cidr = form.field("routeTableCidrBlock");
        QVERIFY(cidr->visibleMessage().isEmpty()); // untouched and empty: not shouted at
        form.scrollArea()->verticalScrollBar()->setValue(0);
        QVERIFY(!form.scrollArea()->viewport()->rect().contains(
            cidr->edit()->mapTo(form.scrollArea()->viewport(), QPoint())));
        QSignalSpy focused(form.summary(), &ProblemSummary::fieldFocused);
        Q_EMIT form.summaryLabel()->linkActivated(QStringLiteral("field:routeTableCidrBlock"));
        QCOMPARE(focused.size(), 1);
        QCOMPARE(QApplication::focusWidget(), cidr->edit());
        QVERIFY(!cidr->visibleMessage().isEmpty()); // now it says what it needs
        QVERIFY(form.scrollArea()->viewport()->rect().contains(
            cidr->edit()->mapTo(form.scrollArea()->viewport(), QPoint())));

        // All fixed: the caller's sentence, plain.
        PageForm::type(form.field("vpcId")->edit(), QStringLiteral("vpc-0123456789abcdef0"));
        PageForm::type(cidr->edit(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(form.summaryLabel()->text(), QStringLiteral("ready"));
        QCOMPARE(form.summaryLabel()->textFormat(), Qt::PlainText);
    }

    void summary_namesAtMostThreeFields_andCountsTheRest()
    {
        AwsPage page;
        QList<FieldFeedback *> fields = page.fields();
        for (FieldFeedback *field : fields) {
            field->setLocalProblem(QStringLiteral("needs a value"));
        }
        const QString text = ProblemSummary::text(fields);
        QCOMPARE(text.count(QLatin1String("<a href=")), ProblemSummary::maxNamed);
        QVERIFY2(text.contains(QLatin1String("1 more")), qPrintable(text));
        // Names are text, not markup.
        QLabel label;
        ProblemSummary summary(&label);
        fields.first()->edit()->setAccessibleName(QStringLiteral("<b>Region</b>"));
        QCOMPARE(summary.showProblems(fields), 4);
        QVERIFY2(label.text().contains(QLatin1String("&lt;b&gt;Region")), qPrintable(label.text()));
    }

    void suggestRegion_fillsAnEmptyRegionFromTheContainer_butNeverWhatTheUserTyped()
    {
        AwsPage page;
        FieldFeedback *region = page.field(QStringLiteral("accepterRegionName"));
        page.suggestRegion(QStringLiteral("US_WEST_2"));
        QCOMPARE(region->edit()->text(), QStringLiteral("us-west-2"));
        region->setLocalProblem(QStringLiteral("would be shouted if touched"));
        QVERIFY(region->visibleMessage().isEmpty()); // a suggestion does not count as touched

        // Another container: the suggestion follows, since the user has not made the value theirs.
        page.suggestRegion(QStringLiteral("EU_CENTRAL_1"));
        QCOMPARE(region->edit()->text(), QStringLiteral("eu-central-1"));
        page.suggestRegion(QStringLiteral("GLOBAL"));
        QCOMPARE(region->edit()->text(), QStringLiteral("eu-central-1"));

        QTest::keyClicks(region->edit(), QStringLiteral("x"));
        QTest::keyClick(region->edit(), Qt::Key_Backspace);
        page.suggestRegion(QStringLiteral("AP_SOUTH_1"));
        QCOMPARE(region->edit()->text(), QStringLiteral("eu-central-1")); // typed in: theirs now

        page.clear();
        page.suggestRegion(QStringLiteral("AP_SOUTH_1"));
        QCOMPARE(region->edit()->text(), QStringLiteral("ap-south-1"));
    }

    // The same in the real window: its own validation feeds the helper lines of the project and container too.
    void mainWindow_offersFixesForItsOwnFields_andPlaceholdersAreExamples()
    {
        IsolatedStores stores(testService);
        QVERIFY(stores.isValid());
        AtlasClient client;
        SandboxSession sandbox(&stores.credentials());
        {
            MainWindow window(&client, &stores.profiles(), &stores.settings(), &sandbox);
            MainWindowDriver ui(window);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(ui.startSandbox());
            ui.fillAws();
            QVERIFY(ui.waitForCreateEnabled());
            QVERIFY(ui.field("containerId")->placeholderText().startsWith(QLatin1String("e.g. ")));

            const QString containerId = ui.field("containerId")->text();
            ui.type("containerId", containerId.toUpper());
            auto *containerFix = ui.find<QToolButton>("containerIdFixButton");
            QVERIFY(containerFix->isVisible());
            QVERIFY(!ui.find<QPushButton>("createButton")->isEnabled());
            QTest::mouseClick(containerFix, Qt::LeftButton);
            QCOMPARE(ui.field("containerId")->text(), containerId);

            ui.type("routeTableCidrBlock", QStringLiteral("10.20.1.0/16"));
            QVERIFY(ui.problem("routeTableCidrBlock").contains(QLatin1String("10.20.0.0/16")));
            QTest::mouseClick(ui.find<QToolButton>("routeTableCidrBlockFixButton"), Qt::LeftButton);
            QCOMPARE(ui.field("routeTableCidrBlock")->text(), QStringLiteral("10.20.0.0/16"));
            QVERIFY(ui.problem("routeTableCidrBlock").isEmpty());
            QVERIFY(ui.waitForCreateEnabled());
            window.close();
        }
        QVERIFY(stores.drainKeychain());
    }
};

QTEST_MAIN(TestFieldFixes)
#include "TestFieldFixes.moc"
