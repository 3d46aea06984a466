// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window under the offscreen platform, driven with key clicks, against the sandbox, with the
// API key in a real gnome-keyring (scripts/with-keyring.sh).
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "SandboxClock.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "peering/PeeringWatcher.h"
#include "provisioning/SavedForm.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.guitests");

} // namespace

class TestMainWindowGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;

    QStringList formValues() const
    {
        QStringList values;
        for (const char *wire :
             {"groupId", "containerId", "accepterRegionName", "awsAccountId", "vpcId", "routeTableCidrBlock"}) {
            values.append(m_ui->field(wire)->text());
        }
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(testService); // every test starts without profiles
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_ui.reset();
        m_window.reset();
        // Let the keychain finish what was asked of it, so that one test's writes cannot land in the next.
        QVERIFY(m_stores->drainKeychain());
        m_stores.reset();
        m_client.reset();
    }

    void emptyForm_disablesCreateAndSaysWhy()
    {
        m_window->findChild<QAction *>(QStringLiteral("clearFormAction"))->trigger();
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        QVERIFY(m_ui->find<QLabel>("formStatusLabel")->text().contains(QLatin1String("field")));
        // Untouched empty fields are not shouted at.
        QVERIFY(m_ui->problem("groupId").isEmpty());
    }

    void awsPage_invalidInput_showsTheProblemWhileTyping_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::newRow("account id with dashes") << QByteArray("awsAccountId") << "1234-5678-9012"
                                                << "dashes";
        QTest::newRow("region in Atlas form") << QByteArray("accepterRegionName") << "US_EAST_1"
                                              << "us-east-1";
        QTest::newRow("public CIDR") << QByteArray("routeTableCidrBlock") << "8.8.8.0/24"
                                     << "private";
        QTest::newRow("CIDR with host bits") << QByteArray("routeTableCidrBlock") << "10.0.1.0/16"
                                             << "10.0.0.0/16";
        QTest::newRow("short VPC id") << QByteArray("vpcId") << "vpc-123"
                                      << "17";
        QTest::newRow("short project id") << QByteArray("groupId") << "5f3e"
                                          << "24";
    }
    void awsPage_invalidInput_showsTheProblemWhileTyping()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws();
        QVERIFY2(m_ui->waitForCreateEnabled(), qPrintable(m_ui->find<QLabel>("formStatusLabel")->text()));
        m_ui->type(wire.constData(), text);
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        QVERIFY2(m_ui->problem(wire.constData()).contains(hint), qPrintable(m_ui->problem(wire.constData())));
        // The message reaches assistive technology too.
        QCOMPARE(m_ui->field(wire.constData())->accessibleDescription(), m_ui->problem(wire.constData()));
        QCOMPARE(m_ui->field(wire.constData())->text(), text);
    }

    void eachProvider_submitToSandbox_showsTheStatus_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("status");
        QTest::newRow("AWS") << static_cast<int>(Provider::Aws) << "INITIATING";
        QTest::newRow("Azure") << static_cast<int>(Provider::Azure) << "ADDING_PEER";
        QTest::newRow("Google Cloud") << static_cast<int>(Provider::Gcp) << "ADDING_PEER";
    }
    void eachProvider_submitToSandbox_showsTheStatus()
    {
        QFETCH(int, provider);
        QFETCH(QString, status);
        QVERIFY(m_ui->startSandbox());
        switch (static_cast<Provider>(provider)) {
        case Provider::Aws:
            m_ui->fillAws();
            break;
        case Provider::Azure:
            m_ui->fillAzure();
            break;
        case Provider::Gcp:
            m_ui->fillGcp();
            break;
        }
        QVERIFY(m_ui->waitForCreateEnabled());
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));
        QCOMPARE(m_ui->inOutcome<QLineEdit>("statusValue")->text(), status);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                    .match(m_ui->inOutcome<QLineEdit>("peeringIdValue")->text())
                    .hasMatch());
        QCOMPARE(m_ui->find<QLineEdit>("successHttpStatusValue")->text(), QStringLiteral("200 OK"));
        QVERIFY(m_ui->inOutcome<QLineEdit>("providerValue")->text().size() > 2);
    }

    void enterKey_submits_andADoubleSubmitSendsOnePost()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillGcp();
        int posts = 0;
        connect(m_sandbox->server(), &SandboxServer::requestHandled, this,
                [&posts](const QString &method, const QString &path, int status) {
                    if (method == QLatin1String("POST") && path.endsWith(QLatin1String("/peers")) && status != 401) {
                        ++posts;
                    }
                });
        QTest::keyClick(m_ui->field("networkName"), Qt::Key_Return);
        QTest::keyClick(m_ui->field("networkName"), Qt::Key_Return);
        m_window->createPeering();
        QVERIFY(m_ui->waitForResult());
        QTest::qWait(200);
        QCOMPARE(posts, 1);
        QVERIFY(m_ui->title().contains(QLatin1String("Peering created")));
    }

    void apiErrorFromAtlas_showsEveryFieldAndMarksTheFormField()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws();
        // Someone else creates the same peering between the list and the create: Atlas answers 409
        // PEER_ALREADY_EXISTS, which no pre-flight check could foresee.
        m_ui->sandboxServer()->injectFault(SandboxFault::PeerCreatedElsewhere, "POST");
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("409")), qPrintable(m_ui->title()));
        QCOMPARE(m_ui->find<QLineEdit>("errorCodeValue")->text(), QStringLiteral("PEER_ALREADY_EXISTS"));
        QCOMPARE(m_ui->inOutcome<QLineEdit>("reasonValue")->text(), QStringLiteral("Conflict"));
        QVERIFY(!m_ui->inOutcome<QLabel>("detailValue")->text().isEmpty());
        QVERIFY(m_ui->find<QLineEdit>("failureHttpStatusValue")->text().startsWith(QLatin1String("409")));
        // Everything typed is still there.
        QCOMPARE(m_ui->field("vpcId")->text(), QStringLiteral("vpc-0123456789abcdef0"));
        QCOMPARE(m_ui->field("awsAccountId")->text(), QStringLiteral("012345678901"));
    }

    void fieldViolationsFromAtlas_areListedAndMarked()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws();
        // A region in the right form that AWS does not have: only Atlas can tell.
        m_ui->type("accepterRegionName", QStringLiteral("us-north-9"));
        QVERIFY(m_ui->waitForCreateEnabled());
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains(QLatin1String("400")), qPrintable(m_ui->title()));
        auto *violations = m_ui->find<QListWidget>("violationsList");
        QVERIFY(violations->isVisible());
        QVERIFY(violations->count() >= 1);
        QVERIFY(violations->item(0)->text().contains(QLatin1String("accepterRegionName")));
        QVERIFY2(m_ui->problem("accepterRegionName").startsWith(QLatin1String("Atlas:")),
                 qPrintable(m_ui->problem("accepterRegionName")));
        // Editing the field takes Atlas's complaint away.
        QTest::keyClick(m_ui->field("accepterRegionName"), Qt::Key_Backspace);
        QVERIFY(!m_ui->problem("accepterRegionName").startsWith(QLatin1String("Atlas:")));
    }

    void hangingServer_cancel_keepsTheForm()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAzure();
        SandboxServer *server = m_sandbox->server();
        server->injectFault(SandboxFault::Hang, "POST");
        const int received = server->requestCount();
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QTRY_VERIFY(m_ui->find<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        // Cancel once the create has reached the server and hangs there, not while it is still being sent.
        QVERIFY(QTest::qWaitFor([server, received] { return server->requestCount() > received; }, 5000));
        QTest::mouseClick(m_ui->find<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(m_ui->title(), QStringLiteral("Cancelled"));
        QCOMPARE(m_ui->field("vnetName")->text(), QStringLiteral("prod-vnet"));
        QVERIFY(m_ui->find<QPushButton>("createButton")->isEnabled());
    }

    void connectionRefused_isShownAsSuch()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillGcp();
        const quint16 port = m_sandbox->server()->port();
        m_sandbox->server()->close();
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(m_ui->title(), QStringLiteral("Connection refused"));
        QVERIFY2(m_ui->message().contains(QString::number(port)), qPrintable(m_ui->message()));
    }

    void everyFault_endsInASpecificMessage_withTheFormIntact_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("closed before any answer") << SandboxFault::ResetConnection << "Network error"
                                                  << "may have reached Atlas";
        // A 2xx whose body cannot be read means Atlas accepted the create: the window must not call it failed.
        const QString unreadable = QStringLiteral("Unreadable answer: the peering may have been created");
        QTest::newRow("closed mid-body") << SandboxFault::CloseMidBody << unreadable << "(Connection closed)";
        QTest::newRow("proxy error page") << SandboxFault::HtmlBadGateway << "HTTP 502 from something other than Atlas"
                                          << "does not prove that nothing was created";
        QTest::newRow("maintenance, 503 with Retry-After") << SandboxFault::ServiceUnavailable << "HTTP 503"
                                                           << "wait 5 second";
        QTest::newRow("JSON cut in half") << SandboxFault::TruncatedJson << unreadable << "(unterminated object)";
        QTest::newRow("plain text") << SandboxFault::NonJsonSuccess << unreadable << "text/plain";
        QTest::newRow("JSON labelled HTML") << SandboxFault::WrongContentType << unreadable << "text/html";
        QTest::newRow("20 MiB body") << SandboxFault::HugeBody << unreadable << "16 MiB";
        QTest::newRow("redirect to another host") << SandboxFault::RedirectElsewhere << "Redirected (HTTP 307)"
                                                  << "atlas-redirect.invalid";
        QTest::newRow("a byte every 100 ms, for ever") << SandboxFault::SlowDrip << "Timed out"
                                                       << "did not answer";
    }
    void everyFault_endsInASpecificMessage_withTheFormIntact()
    {
        QFETCH(SandboxFault, fault);
        QFETCH(QString, expectedTitle);
        QFETCH(QString, expectedMessage);
        m_stores->settings().setValue(AppSettings::Key::TimeoutSeconds, AppSettings::minTimeoutSeconds);
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws();
        // The form is complete once what the start reads has landed; and only the create (the one POST) meets the
        // fault, whatever else may still be read.
        QVERIFY(m_ui->waitUntilFormSettled());
        SandboxServer *server = m_sandbox->server();
        const QStringList typed = formValues();
        QVERIFY(m_ui->waitForCreateEnabled());
        server->injectFault(fault, "POST");
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains(expectedTitle), qPrintable(m_ui->title()));
        QVERIFY2(m_ui->message().contains(expectedMessage), qPrintable(m_ui->message()));
        QCOMPARE(formValues(), typed);
        QVERIFY(m_ui->find<QPushButton>("createButton")->isEnabled());
        QCOMPARE(m_ui->find<QPushButton>("openConnectionButton")->isVisible(),
                 fault == SandboxFault::RedirectElsewhere);
        if (fault == SandboxFault::SlowDrip) {
            // Five seconds of waiting, and the window's event loop ran all along.
            QVERIFY2(ticks >= 50, qPrintable(QString::number(ticks)));
        }
    }

    void untrustedCertificate_isShownWithTheProblem()
    {
        auto read = [](const char *name) {
            QFile file(QStringLiteral(PEERING_TEST_DATA_DIR "/tls/") + QLatin1String(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        SandboxServer server;
        server.setTlsIdentity(QSslCertificate(read("sandbox-test.crt")), QSslKey(read("sandbox-test.key"), QSsl::Rsa));
        QVERIFY(server.listen());
        QVERIFY(addProfile("self-signed", server, Credentials::apiKey(server.publicKey(), server.privateKey())));
        chooseProfile("self-signed");
        m_ui->type("containerId", SandboxSeed::awsContainerId);
        m_ui->fillAws();
        const QStringList typed = formValues();
        QVERIFY(m_ui->waitForCreateEnabled());
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(m_ui->title(), QStringLiteral("Secure connection failed"));
        QVERIFY2(m_ui->message().contains(QLatin1String("self-signed")), qPrintable(m_ui->message()));
        QVERIFY(m_ui->find<QPushButton>("openConnectionButton")->isVisible());
        QCOMPARE(formValues(), typed);
        QCOMPARE(server.requestCount(), 0);
    }

    void preferences_timeoutIsKeptAndUsedByTheNextRequest()
    {
        m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("PreferencesDialog"))) != nullptr);
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"));
        QCOMPARE(spin->value(), 30);
        QCOMPARE(spin->minimum(), AppSettings::minTimeoutSeconds);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("12"));
        QCOMPARE(spin->value(), 12);
        QCOMPARE(m_stores->settings().timeoutSeconds(), 12);
        dialog->reject();
        QVERIFY(m_ui->startSandbox());
        m_ui->fillGcp();
        m_window->createPeering();
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(m_client->transferTimeout(), 12000);
        // A hand-edited settings file cannot switch the timeout off.
        m_stores->settings().setValue(AppSettings::Key::TimeoutSeconds, 0);
        QCOMPARE(m_stores->settings().timeoutSeconds(), AppSettings::minTimeoutSeconds);
        m_stores->settings().setValue(AppSettings::Key::TimeoutSeconds, QStringLiteral("soon"));
        QCOMPARE(m_stores->settings().timeoutSeconds(), 30);
    }

    void noStoredKey_explainsAndOffersTheDialog()
    {
        // Not in sandbox mode, and no profile at all: nothing may be sent.
        m_ui->type("groupId", SandboxSeed::demoGroupId);
        m_ui->type("containerId", SandboxSeed::gcpContainerId);
        m_ui->fillGcp();
        m_window->createPeering();
        QVERIFY(m_ui->waitForResult());
        QCOMPARE(m_ui->title(), QStringLiteral("No profile"));
        QVERIFY(m_ui->find<QPushButton>("openConnectionButton")->isVisible());
        QVERIFY(m_ui->message().contains(QLatin1String("no profile")));
    }

    // Creates a profile through the store, pointing at `server`.
    bool addProfile(const QString &name, const SandboxServer &server, const Credentials &secret)
    {
        Profile profile;
        profile.name = name;
        profile.environment = Profile::Environment::Custom;
        profile.customBaseUrl = server.baseUrl().toString();
        profile.authMethod = secret.kind() == Credentials::Kind::ServiceAccount ? Profile::AuthMethod::ServiceAccount
                                                                                : Profile::AuthMethod::ApiKey;
        profile.defaultGroupId = SandboxSeed::demoGroupId;
        return m_stores->saveProfile(profile, secret);
    }

    void chooseProfile(const QString &name)
    {
        auto *combo = m_ui->find<QComboBox>("profileComboBox");
        const int index = combo->findData(name);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    void twoProfiles_apiKeyAndServiceAccount_eachCreatesWithItsOwnCredentials()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        QVERIFY(addProfile("keys", server, Credentials::apiKey(server.publicKey(), server.privateKey())));
        QVERIFY(addProfile("robot", server, Credentials::serviceAccount(server.clientId(), server.clientSecret())));
        QVERIFY(addProfile("stale", server, Credentials::apiKey(server.publicKey(), "revoked-private-key")));

        chooseProfile("keys");
        // The profile's default project: its id, with its name once the projects are listed.
        QVERIFY2(m_ui->field("groupId")->text().contains(SandboxSeed::demoGroupId),
                 qPrintable(m_ui->field("groupId")->text()));
        m_ui->type("containerId", SandboxSeed::gcpContainerId);
        m_ui->fillGcp();
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("Peering created"), qPrintable(m_ui->title()));
        // Digest, not a token. Over plain HTTP/1.1 each of Qt's parallel connections draws its own challenge
        // (over HTTPS to Atlas, HTTP/2 puts them all on one); the benchmark counts them.
        const int challenges = server.challengeCount();
        QVERIFY(challenges >= 1 && challenges <= 6);
        QCOMPARE(server.tokenCount(), 0);

        chooseProfile("robot");
        m_ui->type("networkName", QStringLiteral("second-network"));
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("Peering created"), qPrintable(m_ui->title()));
        QCOMPARE(server.tokenCount(), 1);
        QCOMPARE(server.challengeCount(), challenges); // no digest at all for the service account

        // Switching again must send the new key, never the cached one.
        chooseProfile("stale");
        m_ui->type("networkName", QStringLiteral("third-network"));
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("401"), qPrintable(m_ui->title()));
        QVERIFY(m_ui->message().contains(QLatin1String("\"stale\"")));
        QVERIFY(m_ui->find<QPushButton>("openConnectionButton")->isVisible());
    }

    void governmentProfile_disablesAzureAndSaysWhy()
    {
        Profile gov;
        gov.name = QStringLiteral("gov");
        gov.environment = Profile::Environment::AtlasForGovernment;
        std::optional<bool> ok;
        m_stores->profiles().save(gov, {}, Credentials::apiKey("p", "s"), this,
                                  [&ok](bool saved, const QString &) { ok = saved; });
        QTRY_VERIFY(ok.has_value() && *ok);
        m_ui->selectProvider(Provider::Azure);
        chooseProfile("gov");
        QCOMPARE(m_window->currentProvider(), Provider::Aws);
        auto *model = qobject_cast<QStandardItemModel *>(m_ui->find<QComboBox>("providerComboBox")->model());
        QVERIFY(!model->item(static_cast<int>(Provider::Azure))->isEnabled());
        QVERIFY(m_ui->find<QLabel>("providerNoteLabel")->isVisible());
        QVERIFY(m_ui->find<QLabel>("providerNoteLabel")->text().contains("Government"));
        QCOMPARE(m_client->baseUrl(), QUrl("https://cloud.mongodbgov.com"));

        // An Azure request that arrives another way (a saved form, the request list) is held by the same rule:
        // Create is off and the form says why, instead of a Create that silently does nothing.
        m_window->setProvider(Provider::Azure);
        m_ui->fillAzure();
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        QVERIFY2(m_ui->find<QLabel>("formStatusLabel")->text().contains("Government"),
                 qPrintable(m_ui->find<QLabel>("formStatusLabel")->text()));
    }

    void profileDialog_createsAProfileAndTestsTheConnection()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        m_window->findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("ProfileDialog"))) != nullptr);
        auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QLatin1String(name) + QLatin1String("LineEdit"));
        };
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        QTest::keyClicks(field("name"), QStringLiteral("local"));
        dialog->findChild<QComboBox *>(QStringLiteral("environmentComboBox"))->setCurrentIndex(2);
        // A remote http URL is refused where it is typed.
        QTest::keyClicks(field("baseUrl"), QStringLiteral("http://atlas.example.com"));
        auto *urlProblem = dialog->findChild<QLabel *>(QStringLiteral("baseUrlProblemLabel"));
        QVERIFY(urlProblem->text().contains("https"));
        field("baseUrl")->clear();
        QTest::keyClicks(field("baseUrl"), server.baseUrl().toString());
        QTest::keyClicks(field("keyId"), server.publicKey());
        QTest::keyClicks(field("secret"), server.privateKey());

        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Connected")), 10000);
        QVERIFY(!m_stores->profiles().contains("local")); // testing saves nothing

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_stores->profiles().contains("local"), 10000);
        std::optional<KeychainResult> stored;
        m_stores->credentials().read("local", this, [&stored](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->credentials, Credentials::apiKey(server.publicKey(), server.privateKey()));
        QVERIFY(field("secret")->text().isEmpty()); // nothing secret stays on screen once stored
        dialog->reject();
        QTRY_COMPARE(m_ui->find<QComboBox>("profileComboBox")->currentData().toString(), QStringLiteral("local"));
    }

    void saveAndOpen_roundTripsEveryRequest_andTheOpenedFormSubmits()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws(QStringLiteral("vpc-0a0a0a0a0a0a0a0a0"));
        m_ui->find<QToolButton>("addRequestButton")->click();
        m_ui->fillGcp();
        m_ui->type("networkName", QStringLiteral("second"));
        QCOMPARE(m_ui->find<QComboBox>("requestComboBox")->count(), 2);
        const QString path = m_stores->filePath(QStringLiteral("two.peering.json"));
        QVERIFY(m_window->saveToFile(path));
        QVERIFY(!m_window->isModified());
        QVERIFY(m_window->windowTitle().startsWith(QLatin1String("two.peering.json")));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(m_sandbox->server()->privateKey().toUtf8()));

        m_window->findChild<QAction *>(QStringLiteral("newAction"))->trigger(); // saved: no question asked
        QVERIFY(m_ui->field("networkName")->text().isEmpty());
        QCOMPARE(m_ui->find<QComboBox>("requestComboBox")->count(), 1);

        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_ui->find<QComboBox>("requestComboBox")->count(), 2);
        QCOMPARE(m_window->currentProvider(), Provider::Aws);
        QCOMPARE(m_ui->field("vpcId")->text(), QStringLiteral("vpc-0a0a0a0a0a0a0a0a0"));
        auto *requests = m_ui->find<QComboBox>("requestComboBox");
        requests->setCurrentIndex(1);
        Q_EMIT requests->activated(1);
        QCOMPARE(m_window->currentProvider(), Provider::Gcp);
        QCOMPARE(m_ui->field("networkName")->text(), QStringLiteral("second"));
        QVERIFY(!m_window->isModified());
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("Peering created: ADDING_PEER"), qPrintable(m_ui->title()));
    }

    void preview_showsTheExactRequest_andCopyAsCurlHoldsNoSecret()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAzure();
        m_ui->find<QCheckBox>("prettyCheckBox")->setChecked(true);
        // The preview is built when its tab is first opened, as a user opens it.
        QVERIFY(!m_window->findChild<QPlainTextEdit *>(QStringLiteral("previewTextEdit")));
        m_ui->find<QTabWidget>("rightTabs")->setCurrentWidget(m_ui->find<QWidget>("previewTab"));
        const QString preview = m_ui->find<QPlainTextEdit>("previewTextEdit")->toPlainText();
        QVERIFY2(preview.startsWith(QStringLiteral("POST %1/api/atlas/v2/groups/%2/peers?pretty=true")
                                        .arg(m_sandbox->baseUrl().toString(), SandboxSeed::demoGroupId)),
                 qPrintable(preview));
        QVERIFY(preview.contains("\"vnetName\": \"prod-vnet\""));
        m_window->findChild<QAction *>(QStringLiteral("copyAsCurlAction"))->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith("curl --digest"));
        QVERIFY(curl.contains("prod-vnet"));
        QVERIFY(!curl.contains(m_sandbox->server()->privateKey()));
        m_window->findChild<QAction *>(QStringLiteral("copyAsTerraformAction"))->trigger();
        QVERIFY(QApplication::clipboard()->text().contains("mongodbatlas_network_peering"));
        m_ui->type("vnetName", QStringLiteral("renamed-vnet"));
        QVERIFY(m_ui->find<QPlainTextEdit>("previewTextEdit")->toPlainText().contains("renamed-vnet")); // live
    }

    void malformedFile_isExplained_andTheFormIsKept()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillGcp();
        const QString path = m_stores->filePath(QStringLiteral("broken.peering.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"peering-desk-form\",\"version\":1,\n\"requests\":[{\"groupId\":\"g\",\"peer\":{"
                   "\"providerName\":\"AWS\",\"vpcId\":7}}]}");
        file.close();
        QVERIFY(!m_window->openFile(path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->informativeText().contains("requests[0].peer.vpcId"), qPrintable(box->informativeText()));
        box->close();
        QCOMPARE(m_ui->field("networkName")->text(), QStringLiteral("default"));
        QCOMPARE(m_window->currentProvider(), Provider::Gcp);
    }

    void unsavedChanges_areNotLostWithoutAsking()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillGcp();
        const QString path = m_stores->filePath(QStringLiteral("asked.peering.json"));
        QVERIFY(m_window->saveToFile(path));
        m_ui->type("networkName", QStringLiteral("edited"));
        QVERIFY(m_window->isModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("asked.peering.json")));

        auto answer = [this](QMessageBox::StandardButton button) {
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr);
            QVERIFY(box->text().contains("asked.peering.json"));
            box->button(button)->click();
            QTRY_VERIFY(m_window->findChild<QMessageBox *>() == nullptr);
        };
        m_window->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        answer(QMessageBox::Cancel);
        QCOMPARE(m_ui->field("networkName")->text(), QStringLiteral("edited"));
        m_window->close(); // closing asks too
        answer(QMessageBox::Cancel);
        QVERIFY(m_window->isVisible());
        m_window->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        answer(QMessageBox::Discard);
        QVERIFY(m_ui->field("networkName")->text().isEmpty());
        QVERIFY(!m_window->isModified());
    }

    void droppedFile_opens()
    {
        SavedForm form;
        form.requests = {{PeeringRequest(SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId,
                                                                                     QStringLiteral("dropped-project"),
                                                                                     QStringLiteral("dropped-net")}),
                          {}}};
        const QString path = m_stores->filePath(QStringLiteral("dropped.peering.json"));
        QString error;
        QVERIFY(form.save(path, &error));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(m_ui->field("networkName")->text(), QStringLiteral("dropped-net"));
        QCOMPARE(m_window->filePath(), path);
    }

    void guidedAws_listsTheContainer_tracksToPendingAcceptance_andReachesAvailableAfterTheStep()
    {
        QVERIFY(m_ui->startSandbox());
        // The peering moves only when the test moves the sandbox's clock, and the tracker reads often, so each
        // status is reached as soon as the clock allows and no real step has to pass.
        SandboxClock &clock = *m_sandbox->server()->clock();
        clock.freeze();
        const int stepMs = 3000;
        m_sandbox->server()->setStatusStepMs(stepMs);
        auto *watcher = m_window->findChild<PeeringWatcher *>();
        QVERIFY(watcher);
        watcher->setBackoff(PeeringWatcher::Backoff{20, 1.5, 100, 5});
        auto *containers = m_ui->find<QTableWidget>("containerTable");
        QTRY_VERIFY(containers->rowCount() >= 1); // listed for the chosen project and cloud, nothing typed
        QCOMPARE(m_ui->field("containerId")->text(), SandboxSeed::awsContainerId);
        m_ui->fillAws(QStringLiteral("vpc-0c0c0c0c0c0c0c0c0"));
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("Peering created"), qPrintable(m_ui->title()));
        auto *done = m_ui->inOutcome<QPushButton>("doneButton");
        auto *timeline = m_ui->inOutcome<QListWidget>("timelineList");
        QTRY_VERIFY(timeline->count() >= 1 && timeline->item(timeline->count() - 1)->text().contains("INITIATING"));
        QVERIFY(!done->isVisible() || !done->isEnabled());
        clock.advance(stepMs);
        QTRY_VERIFY_WITH_TIMEOUT(done->isVisible() && done->isEnabled(), 15000); // PENDING_ACCEPTANCE
        QVERIFY(timeline->item(timeline->count() - 1)->text().contains("PENDING_ACCEPTANCE"));
        done->click(); // in the sandbox this is the acceptance itself
        QTRY_VERIFY(timeline->item(timeline->count() - 1)->text().contains("FINALIZING"));
        clock.advance(stepMs);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->item(timeline->count() - 1)->text().contains("AVAILABLE"), 20000);
    }

    void preflight_overlappingCidr_blocksCreateAndSaysWhy()
    {
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws(QStringLiteral("vpc-0d0d0d0d0d0d0d0d0"));
        m_ui->type("routeTableCidrBlock", QStringLiteral("192.168.248.0/24")); // inside the container's Atlas CIDR
        auto *findings = m_ui->find<QListWidget>("findingList");
        QTRY_VERIFY(findings->count() >= 1);
        QVERIFY(!m_ui->find<QPushButton>("createButton")->isEnabled());
        QVERIFY(m_ui->find<QLabel>("formStatusLabel")->text().contains("pre-flight"));
    }

    void keyboardAlone_fromTheFirstFieldToAResult()
    {
        QVERIFY(m_ui->startSandbox());
        // Tab from the profile to the first AWS field, typing each value as a person would, then Enter.
        m_ui->find<QComboBox>("profileComboBox")->setFocus();
        auto tabTo = [](const char *name) {
            for (int i = 0; i < 40; ++i) {
                if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name)) {
                    return true;
                }
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            return false;
        };
        const QList<QPair<const char *, QString>> values{
            {"accepterRegionNameLineEdit", QStringLiteral("us-west-2")},
            {"awsAccountIdLineEdit", QStringLiteral("012345678901")},
            {"vpcIdLineEdit", QStringLiteral("vpc-0e0e0e0e0e0e0e0e0")},
            {"routeTableCidrBlockLineEdit", QStringLiteral("10.77.0.0/16")}};
        for (const auto &[name, value] : values) {
            QVERIFY2(tabTo(name), name);
            QTest::keyClicks(QApplication::focusWidget(), value);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_ui->waitForResult());
        QVERIFY2(m_ui->title().contains("Peering created"), qPrintable(m_ui->title()));
    }

    void settingsFile_neverHoldsASecret()
    {
        SandboxServer other;
        QVERIFY(other.listen());
        QVERIFY(addProfile("with-key", other, Credentials::apiKey("visible-public", "hidden-private-key-123")));
        QVERIFY(addProfile("with-sa", other, Credentials::serviceAccount("mdb_sa_id_x", "mdb_sa_sk_hidden-456")));
        QVERIFY(m_ui->startSandbox());
        m_ui->fillAws(QStringLiteral("vpc-0fedcba9876543210"));
        QTest::mouseClick(m_ui->find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_ui->waitForResult());
        const QString privateKey = m_sandbox->server()->privateKey();
        m_window->close();
        m_stores->settings().sync();
        QFile file(m_stores->settings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("[window]"));
        QVERIFY(contents.contains("with-key"));                // the profile is there…
        QVERIFY(!contents.contains("hidden-private-key-123")); // …its secrets are not
        QVERIFY(!contents.contains("mdb_sa_sk_hidden-456"));
        QVERIFY(!contents.contains(privateKey.toUtf8()));
    }
};

QTEST_MAIN(TestMainWindowGui)
#include "TestMainWindowGui.moc"
