// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window under the offscreen platform, driven with key clicks, against the sandbox, with the
// API key in a real gnome-keyring (scripts/with-keyring.sh).
#include "MainWindow.h"
#include "SandboxFault.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "transport/AtlasClient.h"
#include "provisioning/SavedForm.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

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
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace PeeringDesk;

namespace {

const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.guitests");

} // namespace

class TestMainWindowGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    template <typename T = QWidget>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    QLineEdit *edit(const char *wire) const { return find<QLineEdit>(QByteArray(wire).append("LineEdit").constData()); }

    QString problem(const char *wire) const
    {
        auto *label = find<QLabel>(QByteArray(wire).append("ProblemLabel").constData());
        return label->isVisible() ? label->text() : QString();
    }

    void type(const char *wire, const QString &text)
    {
        QLineEdit *field = edit(wire);
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    QString title() const { return find<QLabel>("titleLabel")->text(); }

    QStringList formValues() const
    {
        QStringList values;
        for (const char *wire :
             {"groupId", "containerId", "accepterRegionName", "awsAccountId", "vpcId", "routeTableCidrBlock"}) {
            values.append(edit(wire)->text());
        }
        return values;
    }

    QString message() const { return find<QLabel>("messageLabel")->text(); }

    bool startSandbox()
    {
        m_window->setSandboxEnabled(true);
        // Ready once the demo project is filled in and its lists have arrived.
        return QTest::qWaitFor(
            [this] {
                return m_window->isSandboxEnabled() && !edit("groupId")->text().isEmpty() && !m_window->isListing();
            },
            10000);
    }

    void selectProvider(Provider provider)
    {
        auto *combo = find<QComboBox>("providerComboBox");
        combo->setFocus();
        combo->setCurrentIndex(static_cast<int>(provider));
    }

    void fillAws(const QString &vpc = QStringLiteral("vpc-0123456789abcdef0"))
    {
        selectProvider(Provider::Aws);
        type("accepterRegionName", QStringLiteral("us-west-2"));
        type("awsAccountId", QStringLiteral("012345678901"));
        type("vpcId", vpc);
        type("routeTableCidrBlock", QStringLiteral("10.20.0.0/16"));
    }

    void fillAzure()
    {
        selectProvider(Provider::Azure);
        type("azureDirectoryId", QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"));
        type("azureSubscriptionId", QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"));
        type("resourceGroupName", QStringLiteral("prod-rg"));
        type("vnetName", QStringLiteral("prod-vnet"));
    }

    void fillGcp()
    {
        selectProvider(Provider::Gcp);
        type("gcpProjectId", QStringLiteral("my-gcp-project"));
        type("networkName", QStringLiteral("default"));
    }

    bool waitForResult()
    {
        return QTest::qWaitFor(
            [this] { return !find<QPushButton>("cancelButton")->isEnabled() && !title().endsWith(QChar(0x2026)); },
            15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini"))); // every test starts without profiles
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_client = std::make_unique<AtlasClient>();
        m_store = std::make_unique<CredentialStore>(testService);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_store.get());
        m_window = std::make_unique<MainWindow>(m_client.get(), m_profiles.get(), m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
        m_profiles.reset();
        // Let the keychain finish what was asked of it, so that one test's writes cannot land in the next.
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 0, 10000);
        m_store.reset();
        m_client.reset();
        m_settings.reset();
    }

    void emptyForm_disablesCreateAndSaysWhy()
    {
        m_window->findChild<QAction *>(QStringLiteral("clearFormAction"))->trigger();
        QVERIFY(!find<QPushButton>("createButton")->isEnabled());
        QVERIFY(find<QLabel>("formStatusLabel")->text().contains(QLatin1String("field")));
        // Untouched empty fields are not shouted at.
        QVERIFY(problem("groupId").isEmpty());
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
        QVERIFY(startSandbox());
        fillAws();
        QTRY_VERIFY(find<QPushButton>("createButton")->isEnabled());
        type(wire.constData(), text);
        QVERIFY(!find<QPushButton>("createButton")->isEnabled());
        QVERIFY2(problem(wire.constData()).contains(hint), qPrintable(problem(wire.constData())));
        // The message reaches assistive technology too.
        QCOMPARE(edit(wire.constData())->accessibleDescription(), problem(wire.constData()));
        QCOMPARE(edit(wire.constData())->text(), text);
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
        QVERIFY(startSandbox());
        switch (static_cast<Provider>(provider)) {
        case Provider::Aws:
            fillAws();
            break;
        case Provider::Azure:
            fillAzure();
            break;
        case Provider::Gcp:
            fillGcp();
            break;
        }
        QTRY_VERIFY(find<QPushButton>("createButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains(QLatin1String("Peering created")), qPrintable(title()));
        QCOMPARE(find<QLineEdit>("statusValue")->text(), status);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                    .match(find<QLineEdit>("peeringIdValue")->text())
                    .hasMatch());
        QCOMPARE(find<QLineEdit>("successHttpStatusValue")->text(), QStringLiteral("200 OK"));
        QVERIFY(find<QLineEdit>("providerValue")->text().size() > 2);
    }

    void enterKey_submits_andADoubleSubmitSendsOnePost()
    {
        QVERIFY(startSandbox());
        fillGcp();
        int posts = 0;
        connect(m_window->sandbox()->server(), &SandboxServer::requestHandled, this,
                [&posts](const QString &method, const QString &path, int status) {
                    if (method == QLatin1String("POST") && path.endsWith(QLatin1String("/peers")) && status != 401) {
                        ++posts;
                    }
                });
        QTest::keyClick(edit("networkName"), Qt::Key_Return);
        QTest::keyClick(edit("networkName"), Qt::Key_Return);
        m_window->createPeering();
        QVERIFY(waitForResult());
        QTest::qWait(200);
        QCOMPARE(posts, 1);
        QVERIFY(title().contains(QLatin1String("Peering created")));
    }

    void apiErrorFromAtlas_showsEveryFieldAndMarksTheFormField()
    {
        QVERIFY(startSandbox());
        fillAws();
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        // The same VPC again: Atlas answers 409 PEER_ALREADY_EXISTS.
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains(QLatin1String("409")), qPrintable(title()));
        QCOMPARE(find<QLineEdit>("errorCodeValue")->text(), QStringLiteral("PEER_ALREADY_EXISTS"));
        QCOMPARE(find<QLineEdit>("reasonValue")->text(), QStringLiteral("Conflict"));
        QVERIFY(!find<QLabel>("detailValue")->text().isEmpty());
        QVERIFY(find<QLineEdit>("failureHttpStatusValue")->text().startsWith(QLatin1String("409")));
        // Everything typed is still there.
        QCOMPARE(edit("vpcId")->text(), QStringLiteral("vpc-0123456789abcdef0"));
        QCOMPARE(edit("awsAccountId")->text(), QStringLiteral("012345678901"));
    }

    void fieldViolationsFromAtlas_areListedAndMarked()
    {
        QVERIFY(startSandbox());
        fillAws();
        // A region in the right form that AWS does not have: only Atlas can tell.
        type("accepterRegionName", QStringLiteral("us-north-9"));
        QTRY_VERIFY(find<QPushButton>("createButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains(QLatin1String("400")), qPrintable(title()));
        auto *violations = find<QListWidget>("violationsList");
        QVERIFY(violations->isVisible());
        QVERIFY(violations->count() >= 1);
        QVERIFY(violations->item(0)->text().contains(QLatin1String("accepterRegionName")));
        QVERIFY2(problem("accepterRegionName").startsWith(QLatin1String("Atlas:")),
                 qPrintable(problem("accepterRegionName")));
        // Editing the field takes Atlas's complaint away.
        QTest::keyClick(edit("accepterRegionName"), Qt::Key_Backspace);
        QVERIFY(!problem("accepterRegionName").startsWith(QLatin1String("Atlas:")));
    }

    void hangingServer_cancel_keepsTheForm()
    {
        QVERIFY(startSandbox());
        fillAzure();
        m_window->sandbox()->server()->injectFault(SandboxFault::Hang);
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(!find<QPushButton>("createButton")->isEnabled());
        QTest::qWait(300);
        QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QCOMPARE(title(), QStringLiteral("Cancelled"));
        QCOMPARE(edit("vnetName")->text(), QStringLiteral("prod-vnet"));
        QVERIFY(find<QPushButton>("createButton")->isEnabled());
    }

    void connectionRefused_isShownAsSuch()
    {
        QVERIFY(startSandbox());
        fillGcp();
        const quint16 port = m_window->sandbox()->server()->port();
        m_window->sandbox()->server()->close();
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QCOMPARE(title(), QStringLiteral("Connection refused"));
        QVERIFY2(find<QLabel>("messageLabel")->text().contains(QString::number(port)),
                 qPrintable(find<QLabel>("messageLabel")->text()));
    }

    void everyFault_endsInASpecificMessage_withTheFormIntact_data()
    {
        QTest::addColumn<SandboxFault>("fault");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("closed before any answer") << SandboxFault::ResetConnection << "Network error"
                                                  << "may have reached Atlas";
        QTest::newRow("closed mid-body") << SandboxFault::CloseMidBody << "Network error"
                                         << "127.0.0.1";
        QTest::newRow("proxy error page") << SandboxFault::HtmlBadGateway << "HTTP 502 from something other than Atlas"
                                          << "does not prove that nothing was created";
        QTest::newRow("maintenance, 503 with Retry-After") << SandboxFault::ServiceUnavailable << "HTTP 503"
                                                           << "wait 5 second";
        QTest::newRow("JSON cut in half") << SandboxFault::TruncatedJson << "Unexpected response"
                                          << "JSON";
        QTest::newRow("plain text") << SandboxFault::NonJsonSuccess << "Unexpected response"
                                    << "text/plain";
        QTest::newRow("JSON labelled HTML") << SandboxFault::WrongContentType << "Unexpected response"
                                            << "text/html";
        QTest::newRow("20 MiB body") << SandboxFault::HugeBody << "Unexpected response"
                                     << "16 MiB";
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
        m_settings->setValue(AppSettings::Key::TimeoutSeconds, AppSettings::minTimeoutSeconds);
        QVERIFY(startSandbox());
        fillAws();
        // The fault hits the next request the sandbox reads: let the lists of the start finish first.
        SandboxServer *server = m_window->sandbox()->server();
        QVERIFY(QTest::qWaitFor(
            [this, server] {
                const int seen = server->requestCount();
                QTest::qWait(300);
                return seen > 0 && seen == server->requestCount() && !m_window->isListing();
            },
            10000));
        const QStringList typed = formValues();
        QTRY_VERIFY(find<QPushButton>("createButton")->isEnabled());
        server->injectFault(fault);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains(expectedTitle), qPrintable(title()));
        QVERIFY2(message().contains(expectedMessage), qPrintable(message()));
        QCOMPARE(formValues(), typed);
        QVERIFY(find<QPushButton>("createButton")->isEnabled());
        QCOMPARE(find<QPushButton>("openConnectionButton")->isVisible(), fault == SandboxFault::RedirectElsewhere);
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
        type("containerId", SandboxSeed::awsContainerId);
        fillAws();
        const QStringList typed = formValues();
        QTRY_VERIFY(find<QPushButton>("createButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QCOMPARE(title(), QStringLiteral("Secure connection failed"));
        QVERIFY2(message().contains(QLatin1String("self-signed")), qPrintable(message()));
        QVERIFY(find<QPushButton>("openConnectionButton")->isVisible());
        QCOMPARE(formValues(), typed);
        QCOMPARE(server.requestCount(), 0);
    }

    void connectionDialog_timeoutIsKeptAndUsedByTheNextRequest()
    {
        m_window->findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("ProfileDialog"))) != nullptr);
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"));
        QCOMPARE(spin->value(), 30);
        QCOMPARE(spin->minimum(), AppSettings::minTimeoutSeconds);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("12"));
        QCOMPARE(spin->value(), 12);
        QCOMPARE(m_settings->timeoutSeconds(), 12);
        dialog->reject();
        QVERIFY(startSandbox());
        fillGcp();
        m_window->createPeering();
        QVERIFY(waitForResult());
        QCOMPARE(m_client->transferTimeout(), 12000);
        // A hand-edited settings file cannot switch the timeout off.
        m_settings->setValue(AppSettings::Key::TimeoutSeconds, 0);
        QCOMPARE(m_settings->timeoutSeconds(), AppSettings::minTimeoutSeconds);
        m_settings->setValue(AppSettings::Key::TimeoutSeconds, QStringLiteral("soon"));
        QCOMPARE(m_settings->timeoutSeconds(), 30);
    }

    void noStoredKey_explainsAndOffersTheDialog()
    {
        // Not in sandbox mode, and no profile at all: nothing may be sent.
        type("groupId", SandboxSeed::demoGroupId);
        type("containerId", SandboxSeed::gcpContainerId);
        fillGcp();
        m_window->createPeering();
        QVERIFY(waitForResult());
        QCOMPARE(title(), QStringLiteral("Credentials unavailable"));
        QVERIFY(find<QPushButton>("openConnectionButton")->isVisible());
        QVERIFY(find<QLabel>("messageLabel")->text().contains(QLatin1String("no profile")));
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
        std::optional<bool> ok;
        m_profiles->save(profile, {}, secret, this, [&ok](bool saved, const QString &) { ok = saved; });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 10000) && *ok;
    }

    void chooseProfile(const QString &name)
    {
        auto *combo = find<QComboBox>("profileComboBox");
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
        QCOMPARE(edit("groupId")->text(), SandboxSeed::demoGroupId); // the profile's default project
        type("containerId", SandboxSeed::gcpContainerId);
        fillGcp();
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("Peering created"), qPrintable(title()));
        // Digest, not a token. Over plain HTTP/1.1 each of Qt's parallel connections draws its own challenge
        // (over HTTPS to Atlas, HTTP/2 puts them all on one); the benchmark counts them.
        const int challenges = server.challengeCount();
        QVERIFY(challenges >= 1 && challenges <= 6);
        QCOMPARE(server.tokenCount(), 0);

        chooseProfile("robot");
        type("networkName", QStringLiteral("second-network"));
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("Peering created"), qPrintable(title()));
        QCOMPARE(server.tokenCount(), 1);
        QCOMPARE(server.challengeCount(), challenges); // no digest at all for the service account

        // Switching again must send the new key, never the cached one.
        chooseProfile("stale");
        type("networkName", QStringLiteral("third-network"));
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("401"), qPrintable(title()));
        QVERIFY(find<QLabel>("messageLabel")->text().contains(QLatin1String("\"stale\"")));
        QVERIFY(find<QPushButton>("openConnectionButton")->isVisible());
    }

    void governmentProfile_disablesAzureAndSaysWhy()
    {
        Profile gov;
        gov.name = QStringLiteral("gov");
        gov.environment = Profile::Environment::AtlasForGovernment;
        std::optional<bool> ok;
        m_profiles->save(gov, {}, Credentials::apiKey("p", "s"), this,
                         [&ok](bool saved, const QString &) { ok = saved; });
        QTRY_VERIFY(ok.has_value() && *ok);
        selectProvider(Provider::Azure);
        chooseProfile("gov");
        QCOMPARE(m_window->currentProvider(), Provider::Aws);
        auto *model = qobject_cast<QStandardItemModel *>(find<QComboBox>("providerComboBox")->model());
        QVERIFY(!model->item(static_cast<int>(Provider::Azure))->isEnabled());
        QVERIFY(find<QLabel>("providerNoteLabel")->isVisible());
        QVERIFY(find<QLabel>("providerNoteLabel")->text().contains("Government"));
        QCOMPARE(m_client->baseUrl(), QUrl("https://cloud.mongodbgov.com"));
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
        QVERIFY(!m_profiles->contains("local")); // testing saves nothing

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_profiles->contains("local"), 10000);
        std::optional<KeychainResult> stored;
        m_store->read("local", this, [&stored](const KeychainResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->credentials, Credentials::apiKey(server.publicKey(), server.privateKey()));
        QVERIFY(field("secret")->text().isEmpty()); // nothing secret stays on screen once stored
        dialog->reject();
        QTRY_COMPARE(find<QComboBox>("profileComboBox")->currentData().toString(), QStringLiteral("local"));
    }

    void saveAndOpen_roundTripsEveryRequest_andTheOpenedFormSubmits()
    {
        QVERIFY(startSandbox());
        fillAws(QStringLiteral("vpc-0a0a0a0a0a0a0a0a0"));
        find<QToolButton>("addRequestButton")->click();
        fillGcp();
        type("networkName", QStringLiteral("second"));
        QCOMPARE(find<QComboBox>("requestComboBox")->count(), 2);
        const QString path = m_dir.filePath(QStringLiteral("two.peering.json"));
        QVERIFY(m_window->saveToFile(path));
        QVERIFY(!m_window->isModified());
        QVERIFY(m_window->windowTitle().startsWith(QLatin1String("two.peering.json")));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(m_window->sandbox()->server()->privateKey().toUtf8()));

        m_window->findChild<QAction *>(QStringLiteral("newAction"))->trigger(); // saved: no question asked
        QVERIFY(edit("networkName")->text().isEmpty());
        QCOMPARE(find<QComboBox>("requestComboBox")->count(), 1);

        QVERIFY(m_window->openFile(path));
        QCOMPARE(find<QComboBox>("requestComboBox")->count(), 2);
        QCOMPARE(m_window->currentProvider(), Provider::Aws);
        QCOMPARE(edit("vpcId")->text(), QStringLiteral("vpc-0a0a0a0a0a0a0a0a0"));
        auto *requests = find<QComboBox>("requestComboBox");
        requests->setCurrentIndex(1);
        Q_EMIT requests->activated(1);
        QCOMPARE(m_window->currentProvider(), Provider::Gcp);
        QCOMPARE(edit("networkName")->text(), QStringLiteral("second"));
        QVERIFY(!m_window->isModified());
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("Peering created: ADDING_PEER"), qPrintable(title()));
    }

    void preview_showsTheExactRequest_andCopyAsCurlHoldsNoSecret()
    {
        QVERIFY(startSandbox());
        fillAzure();
        find<QCheckBox>("prettyCheckBox")->setChecked(true);
        const QString preview = find<QPlainTextEdit>("previewTextEdit")->toPlainText();
        QVERIFY2(preview.startsWith(QStringLiteral("POST %1/api/atlas/v2/groups/%2/peers?pretty=true")
                                        .arg(m_window->sandbox()->baseUrl().toString(), SandboxSeed::demoGroupId)),
                 qPrintable(preview));
        QVERIFY(preview.contains("\"vnetName\": \"prod-vnet\""));
        m_window->findChild<QAction *>(QStringLiteral("copyAsCurlAction"))->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith("curl --digest"));
        QVERIFY(curl.contains("prod-vnet"));
        QVERIFY(!curl.contains(m_window->sandbox()->server()->privateKey()));
        m_window->findChild<QAction *>(QStringLiteral("copyAsTerraformAction"))->trigger();
        QVERIFY(QApplication::clipboard()->text().contains("mongodbatlas_network_peering"));
        type("vnetName", QStringLiteral("renamed-vnet"));
        QVERIFY(find<QPlainTextEdit>("previewTextEdit")->toPlainText().contains("renamed-vnet")); // live
    }

    void malformedFile_isExplained_andTheFormIsKept()
    {
        QVERIFY(startSandbox());
        fillGcp();
        const QString path = m_dir.filePath(QStringLiteral("broken.peering.json"));
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
        QCOMPARE(edit("networkName")->text(), QStringLiteral("default"));
        QCOMPARE(m_window->currentProvider(), Provider::Gcp);
    }

    void unsavedChanges_areNotLostWithoutAsking()
    {
        QVERIFY(startSandbox());
        fillGcp();
        const QString path = m_dir.filePath(QStringLiteral("asked.peering.json"));
        QVERIFY(m_window->saveToFile(path));
        type("networkName", QStringLiteral("edited"));
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
        QCOMPARE(edit("networkName")->text(), QStringLiteral("edited"));
        m_window->close(); // closing asks too
        answer(QMessageBox::Cancel);
        QVERIFY(m_window->isVisible());
        m_window->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        answer(QMessageBox::Discard);
        QVERIFY(edit("networkName")->text().isEmpty());
        QVERIFY(!m_window->isModified());
    }

    void droppedFile_opens()
    {
        SavedForm form;
        form.requests = {{PeeringRequest(SandboxSeed::demoGroupId, GcpPeeringRequest{SandboxSeed::gcpContainerId,
                                                                                     QStringLiteral("dropped-project"),
                                                                                     QStringLiteral("dropped-net")}),
                          {}}};
        const QString path = m_dir.filePath(QStringLiteral("dropped.peering.json"));
        QString error;
        QVERIFY(form.save(path, &error));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(edit("networkName")->text(), QStringLiteral("dropped-net"));
        QCOMPARE(m_window->filePath(), path);
    }

    void guidedAws_listsTheContainer_tracksToPendingAcceptance_andReachesAvailableAfterTheStep()
    {
        QVERIFY(startSandbox());
        m_window->sandbox()->server()->setStatusStepMs(200);
        auto *containers = find<QTableWidget>("containerTable");
        QTRY_VERIFY(containers->rowCount() >= 1); // listed for the chosen project and cloud, nothing typed
        QCOMPARE(edit("containerId")->text(), SandboxSeed::awsContainerId);
        fillAws(QStringLiteral("vpc-0c0c0c0c0c0c0c0c0"));
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("Peering created"), qPrintable(title()));
        auto *done = find<QPushButton>("doneButton");
        QTRY_VERIFY_WITH_TIMEOUT(done->isVisible() && done->isEnabled(), 15000); // PENDING_ACCEPTANCE
        auto *timeline = find<QListWidget>("timelineList");
        QVERIFY(timeline->item(timeline->count() - 1)->text().contains("PENDING_ACCEPTANCE"));
        done->click(); // in the sandbox this is the acceptance itself
        QTRY_VERIFY_WITH_TIMEOUT(timeline->item(timeline->count() - 1)->text().contains("AVAILABLE"), 20000);
    }

    void preflight_overlappingCidr_blocksCreateAndSaysWhy()
    {
        QVERIFY(startSandbox());
        fillAws(QStringLiteral("vpc-0d0d0d0d0d0d0d0d0"));
        type("routeTableCidrBlock", QStringLiteral("192.168.248.0/24")); // inside the container's Atlas CIDR
        auto *findings = find<QListWidget>("findingList");
        QTRY_VERIFY(findings->count() >= 1);
        QVERIFY(!find<QPushButton>("createButton")->isEnabled());
        QVERIFY(find<QLabel>("formStatusLabel")->text().contains("pre-flight"));
    }

    void keyboardAlone_fromTheFirstFieldToAResult()
    {
        QVERIFY(startSandbox());
        // Tab from the profile to the first AWS field, typing each value as a person would, then Enter.
        find<QComboBox>("profileComboBox")->setFocus();
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
        QVERIFY(waitForResult());
        QVERIFY2(title().contains("Peering created"), qPrintable(title()));
    }

    void settingsFile_neverHoldsASecret()
    {
        SandboxServer other;
        QVERIFY(other.listen());
        QVERIFY(addProfile("with-key", other, Credentials::apiKey("visible-public", "hidden-private-key-123")));
        QVERIFY(addProfile("with-sa", other, Credentials::serviceAccount("mdb_sa_id_x", "mdb_sa_sk_hidden-456")));
        QVERIFY(startSandbox());
        fillAws(QStringLiteral("vpc-0fedcba9876543210"));
        QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(waitForResult());
        const QString privateKey = m_window->sandbox()->server()->privateKey();
        m_window->close();
        m_settings->sync();
        QFile file(m_settings->fileName());
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
