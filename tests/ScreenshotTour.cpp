// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window through each provider page and each result state against the sandbox and
// captures the window after each step with ImageMagick's `import`, for docs/screenshots/.
// Run it under Xvfb with a keyring: scripts/screenshots.sh. Not a test: it asserts nothing.
#include "MainWindow.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "provisioning/SavedForm.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace PeeringDesk;

namespace {

class Tour
{
public:
    Tour(MainWindow *window, QString outDir)
        : m_window(window)
        , m_outDir(std::move(outDir))
    {}

    void type(const char *wire, const QString &text)
    {
        auto *edit = m_window->findChild<QLineEdit *>(QLatin1String(wire) + QLatin1String("LineEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        if (edit->completer()) {
            edit->completer()->popup()->hide(); // a person would have moved on; the popup would cover the form
        }
    }

    void provider(Provider p) { m_window->setProvider(p); }

    void create()
    {
        m_window->createPeering();
        (void)QTest::qWaitFor(
            [this] { return !m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled(); }, 10000);
        QTest::qWait(300);
    }

    void shoot(const QString &name, QWidget *window = nullptr)
    {
        QTest::qWait(400);
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        QProcess::execute(QStringLiteral("import"),
                          {QStringLiteral("-window"), QString::number((window ? window : m_window)->winId()), file});
        qInfo("captured %s", qPrintable(file));
    }

private:
    MainWindow *m_window;
    QString m_outDir;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/peering-desk_en.qm"))) {
        QApplication::installTranslator(&english);
    }
    // The same order as the app: English plural forms first, the user's language over them.
    QTranslator local;
    if (QLocale().language() != QLocale::English &&
        local.load(QLocale(), QStringLiteral("peering-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&local);
    }
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    AtlasClient client;
    CredentialStore store;
    ProfileStore profiles(&settings, &store);
    SandboxSession sandbox(&store);
    MainWindow window(&client, &profiles, &settings, &sandbox);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    Tour tour(&window, outDir);
    tour.shoot(QStringLiteral("first-start"));
    window.setSandboxEnabled(true);
    (void)QTest::qWaitFor([&window] { return window.isSandboxEnabled(); }, 10000);
    QTest::qWait(300);

    tour.provider(Provider::Aws);
    tour.type("accepterRegionName", QStringLiteral("US_EAST_1"));
    tour.type("awsAccountId", QStringLiteral("0123-4567-8901"));
    tour.type("vpcId", QStringLiteral("vpc-0123456789abcdef0"));
    tour.type("routeTableCidrBlock", QStringLiteral("10.20.1.0/16"));
    tour.shoot(QStringLiteral("aws-page-validation"));

    tour.type("accepterRegionName", QStringLiteral("us-west-2"));
    tour.type("awsAccountId", QStringLiteral("012345678901"));
    tour.type("routeTableCidrBlock", QStringLiteral("10.20.0.0/16"));
    tour.shoot(QStringLiteral("aws-page"));

    // The form also asks for the access list entry: the option follows the VPC's block, the preview shows both.
    auto *accessList = window.findChild<QCheckBox *>(QStringLiteral("accessListCheckBox"));
    accessList->setChecked(true);
    QTest::qWait(200); // the unfolded fields are laid out before the form scrolls to them
    window.findChild<QScrollArea *>(QStringLiteral("formScrollArea"))
        ->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("accessListCommentEdit")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("previewTab")));
    tour.shoot(QStringLiteral("aws-page-access-list-preview"));
    accessList->setChecked(false); // this tour allows the range from the result panel instead
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("resultTab")));
    window.findChild<QScrollArea *>(QStringLiteral("formScrollArea"))->ensureVisible(0, 0);
    sandbox.server()->setStatusStepMs(600);
    tour.create();
    window.findChild<QToolButton *>(QStringLiteral("rawToggleButton"))->setChecked(true);
    tour.shoot(QStringLiteral("result-created-aws"));
    window.findChild<QToolButton *>(QStringLiteral("rawToggleButton"))->setChecked(false);
    QTest::qWait(3500); // the tracker follows the peering to PENDING_ACCEPTANCE
    tour.shoot(QStringLiteral("tracker-aws-pending-acceptance"));

    // The cloud-side step done, the VPC allowed on the access list, the cluster's private string on show.
    window.findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    window.findChild<QPushButton *>(QStringLiteral("allowButton"))->click();
    QTest::qWait(5000);
    if (auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("outcomeScrollArea"))) {
        scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("readyChecklist")));
    }
    tour.shoot(QStringLiteral("connection-steps-aws"));

    // Another request in the form; someone else peers that VPC between the list and the create: a real 409.
    window.findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
    tour.type("accepterRegionName", QStringLiteral("us-west-2"));
    tour.type("awsAccountId", QStringLiteral("012345678901"));
    tour.type("vpcId", QStringLiteral("vpc-0aaaabbbbccccdddd"));
    tour.type("routeTableCidrBlock", QStringLiteral("10.40.0.0/16"));
    sandbox.server()->injectFault(SandboxFault::PeerCreatedElsewhere, "POST");
    tour.create();
    tour.shoot(QStringLiteral("result-error-409"));

    tour.type("accepterRegionName", QStringLiteral("us-north-9"));
    tour.type("vpcId", QStringLiteral("vpc-0fedcba9876543210"));
    tour.create(); // Atlas's VALIDATION_ERROR with a field violation
    tour.shoot(QStringLiteral("result-error-validation"));

    // Hostile servers: each fault meets the next create, whatever else is polling meanwhile.
    tour.type("accepterRegionName", QStringLiteral("us-west-2"));
    tour.type("vpcId", QStringLiteral("vpc-0fedcba9876543211"));
    tour.type("routeTableCidrBlock", QStringLiteral("10.30.0.0/16")); // no overlap, so pre-flight lets it go
    sandbox.server()->injectFault(SandboxFault::RedirectElsewhere, "POST");
    tour.create();
    tour.shoot(QStringLiteral("result-error-redirect"));
    sandbox.server()->injectFault(SandboxFault::ServiceUnavailable, "POST");
    tour.create();
    tour.shoot(QStringLiteral("result-error-503"));
    settings.setValue(AppSettings::Key::TimeoutSeconds, AppSettings::minTimeoutSeconds);
    sandbox.server()->injectFault(SandboxFault::SlowDrip, "POST");
    tour.create();
    tour.shoot(QStringLiteral("result-error-timeout"));
    settings.reset(AppSettings::Key::TimeoutSeconds);
    sandbox.server()->injectFault(SandboxFault::EmptySuccess, "POST"); // created, but the answer is lost
    tour.create();
    tour.shoot(QStringLiteral("result-unreadable-may-be-created"));

    sandbox.server()->seedPeers(sandbox.demoGroupId(), Provider::Azure, 3);
    sandbox.server()->seedPeers(sandbox.demoGroupId(), Provider::Gcp, 2);
    tabs = window.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
    tabs->setCurrentIndex(1);
    window.findChild<QPushButton *>(QStringLiteral("refreshButton"), Qt::FindChildrenRecursively);
    for (QPushButton *button : tabs->widget(1)->findChildren<QPushButton *>(QStringLiteral("refreshButton"))) {
        button->click();
    }
    QTest::qWait(800);
    tour.shoot(QStringLiteral("peerings-view"));
    tabs->setCurrentIndex(0);

    window.findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
    tour.provider(Provider::Azure);
    tour.type("azureDirectoryId", QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"));
    tour.type("azureSubscriptionId", QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"));
    tour.type("resourceGroupName", QStringLiteral("prod-rg"));
    tour.type("vnetName", QStringLiteral("prod-vnet"));
    tour.shoot(QStringLiteral("azure-page"));
    tour.create();
    tour.shoot(QStringLiteral("result-created-azure"));

    // Turning the created Azure request into Google Cloud says so, and offers to keep it.
    tour.provider(Provider::Gcp);
    tour.shoot(QStringLiteral("provider-switch-notice"));
    window.findChild<QPushButton *>(QStringLiteral("addAsNewButton"))->click();
    tour.type("gcpProjectId", QStringLiteral("my-gcp-project"));
    tour.type("networkName", QStringLiteral("projects/my-gcp-project/global/networks/prod"));
    tour.shoot(QStringLiteral("gcp-page-validation"));
    tour.type("networkName", QStringLiteral("prod"));
    tour.shoot(QStringLiteral("gcp-page"));
    tour.create();
    tour.shoot(QStringLiteral("result-created-gcp"));

    // A saved form run again: one request made above exists, one differs from its peering, one overlaps a peer's
    // block, two are missing. Opening it checks it against Atlas; Create All Missing sends only the two.
    const auto aws = [](const char *vpc, const char *cidr) {
        return SavedRequest(
            PeeringRequest(SandboxSeed::demoGroupId,
                           AwsPeeringRequest{SandboxSeed::awsContainerId, QStringLiteral("us-west-2"),
                                             QStringLiteral("012345678901"), QLatin1String(cidr), QLatin1String(vpc)}));
    };
    SavedForm rerun;
    rerun.requests = {
        aws("vpc-0123456789abcdef0", "10.20.0.0/16"), aws("vpc-0b0b0b0b0b0b0b0b1", "10.50.0.0/16"),
        aws("vpc-0b0b0b0b0b0b0b0b2", "10.51.0.0/16"),
        SavedRequest(PeeringRequest(SandboxSeed::demoGroupId,
                                    AzurePeeringRequest{SandboxSeed::azureContainerId,
                                                        QStringLiteral("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
                                                        QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"),
                                                        QStringLiteral("prod-rg"), QStringLiteral("prod-vnet")})),
        aws("vpc-0b0b0b0b0b0b0b0b3", "10.20.128.0/20")};
    const QString rerunPath = settingsDir.filePath(QStringLiteral("prod-peerings.peering.json"));
    rerun.save(rerunPath, nullptr);
    const auto planSettled = [&window] {
        return window.findChild<QPushButton *>(QStringLiteral("checkFormButton"))->isEnabled() &&
               !window.findChild<QProgressBar *>(QStringLiteral("planProgressBar"))->isVisible();
    };
    window.openFile(rerunPath);
    QTest::qWait(300);
    (void)QTest::qWaitFor(planSettled, 10000);
    tour.shoot(QStringLiteral("form-plan-checked"));
    auto *requestList = window.findChild<QComboBox *>(QStringLiteral("requestComboBox"));
    requestList->showPopup();
    tour.shoot(QStringLiteral("form-plan-request-list"), requestList->view()->window());
    requestList->hidePopup();
    sandbox.server()->setResponseDelayMs(1500); // slow enough to catch the apply half-way
    window.findChild<QPushButton *>(QStringLiteral("createAllMissingButton"))->click();
    QTest::qWait(2500);
    tour.shoot(QStringLiteral("form-plan-applying"));
    sandbox.server()->setResponseDelayMs(0);
    QTest::qWait(300);
    (void)QTest::qWaitFor(planSettled, 30000);
    tour.shoot(QStringLiteral("form-plan-applied"));
    requestList->showPopup();
    tour.shoot(QStringLiteral("form-plan-request-list-applied"), requestList->view()->window());
    requestList->hidePopup();

    window.findChild<QAction *>(QStringLiteral("newPeeringAction"))->trigger();
    tour.provider(Provider::Gcp);
    tour.type("gcpProjectId", QStringLiteral("my-gcp-project"));
    window.setSandboxEnabled(false);
    tour.type("networkName", QStringLiteral("staging")); // not yet peered: only the missing profile stops it
    tour.create();                                       // no profile yet: nothing is sent
    tour.shoot(QStringLiteral("result-no-profile"));

    // Profiles: one of each kind, then the manager and a Government profile in the window.
    auto save = [&profiles](Profile profile, const Credentials &secret) {
        bool done = false;
        profiles.save(profile, {}, secret, &profiles, [&done](bool, const QString &) { done = true; });
        (void)QTest::qWaitFor([&done] { return done; }, 10000);
    };
    Profile work;
    work.name = QStringLiteral("acme-prod");
    work.defaultGroupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
    save(work, Credentials::apiKey(QStringLiteral("qwertyui"), QStringLiteral("private-key-for-the-tour")));
    Profile robot;
    robot.name = QStringLiteral("ci-robot");
    robot.authMethod = Profile::AuthMethod::ServiceAccount;
    save(robot, Credentials::serviceAccount(QStringLiteral("mdb_sa_id_65a1b2c3d4e5f60718293a4b"),
                                            QStringLiteral("mdb_sa_sk_tour")));
    Profile gov;
    gov.name = QStringLiteral("gov-east");
    gov.environment = Profile::Environment::AtlasForGovernment;
    save(gov, Credentials::apiKey(QStringLiteral("govpublic"), QStringLiteral("gov-private")));
    window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("ProfileDialog"));
    if (dialog) {
        dialog->findChild<QListWidget *>(QStringLiteral("profilesList"))->setCurrentRow(1);
        tour.shoot(QStringLiteral("profiles-dialog"), dialog);
        dialog->reject();
    }
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    const int govIndex = combo->findData(QStringLiteral("gov-east"));
    combo->setCurrentIndex(govIndex);
    Q_EMIT combo->activated(govIndex);
    tour.shoot(QStringLiteral("profile-government"));
    return 0;
}
