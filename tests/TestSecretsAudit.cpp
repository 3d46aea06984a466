// SPDX-License-Identifier: GPL-3.0-or-later
// A whole session through the real main window against the sandbox, plus a service-account session through
// AtlasClient, with every debug category on and every log message captured. Then it looks for the secrets of that
// session (API private keys, service-account secrets, their Basic encodings, issued bearer tokens, Authorization
// header values) in the log, the settings file, every file under the test's directories and the command line.
#include "IsolatedStores.h"
#include "MainWindow.h"
#include "MainWindowDriver.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxSession.h"
#include "model/PeeringRequest.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasReply.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.secretsaudit");
// Typed into the connection dialog; distinctive so that a match can only be this value.
const QString wrongPrivateKey = QStringLiteral("wrong-private-key-5c0e9b7d-1f2a");
const QString wrongClientSecret = QStringLiteral("mdb_sa_sk_wrong-7f3d21c4a9e8");

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logMutex);
        capturedLog.append(QLatin1String(context.category ? context.category : "default") + QLatin1String(": ") +
                           message);
    }
    // Debug and info are only collected; warnings still reach QTest's own output.
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler) {
        previousHandler(type, context, message);
    }
}

QByteArray basic(const QString &id, const QString &secret)
{
    return QString(id + u':' + secret).toUtf8().toBase64();
}

// RFC 6749 §2.3.1: the form-urlencoded variant a client may send.
QByteArray basicFormEncoded(const QString &id, const QString &secret)
{
    return QByteArray(QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

struct Secret
{
    QString name;
    QByteArray value;
};

} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    std::unique_ptr<AtlasClient> m_client;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindowDriver> m_ui;
    QList<Secret> m_secrets;

    void addSecret(const QString &name, const QByteArray &value)
    {
        QVERIFY2(value.size() >= 8, qPrintable(name + QLatin1String(" is too short to search for")));
        m_secrets.append({name, value});
    }

    // Every regular file under `root` (sockets and other special files are skipped: reading them could block).
    static QStringList filesUnder(const QString &root)
    {
        QStringList files;
        if (root.isEmpty() || !QFileInfo(root).isDir()) {
            return files;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        return files;
    }

    // Names each secret (or secret-shaped value) found in `haystack`.
    QStringList leaksIn(const QByteArray &haystack) const
    {
        QStringList found;
        for (const Secret &secret : m_secrets) {
            if (haystack.contains(secret.value)) {
                found.append(secret.name);
            }
        }
        const QString text = QString::fromUtf8(haystack);
        // Every token the sandbox issues has this shape, so no issued token may appear anywhere.
        static const QRegularExpression token(QStringLiteral("sbx_[A-Za-z0-9_-]{16,}"));
        // An Authorization header value of any scheme (Digest's response is a hash of the private key).
        static const QRegularExpression authorization(QStringLiteral(
            "(Basic\\s+[A-Za-z0-9+/]{12,}=*|Bearer\\s+[A-Za-z0-9._~+/-]{12,}|Digest\\s+[^\\n]*response=)"));
        if (const auto match = token.match(text); match.hasMatch()) {
            found.append(QLatin1String("a bearer token (") + match.captured().left(8) + QLatin1String("...)"));
        }
        if (const auto match = authorization.match(text); match.hasMatch()) {
            found.append(QLatin1String("an Authorization header value (") + match.captured().left(12) +
                         QLatin1String("...)"));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        // Everything on, whatever QT_LOGGING_RULES said (main() has already overridden the environment).
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        m_ui.reset();
        m_window.reset();
        if (m_stores) {
            QVERIFY(m_stores->drainKeychain());
        }
        m_stores.reset();
        m_client.reset();
    }

    void fullSession_leavesNoSecretAnywhere()
    {
        m_stores = std::make_unique<IsolatedStores>(testService);
        QVERIFY(m_stores->isValid());
        m_client = std::make_unique<AtlasClient>();
        m_sandbox = std::make_unique<SandboxSession>(&m_stores->credentials());
        m_window =
            std::make_unique<MainWindow>(m_client.get(), &m_stores->profiles(), &m_stores->settings(), m_sandbox.get());
        m_ui = std::make_unique<MainWindowDriver>(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // Sandbox on: its API key goes into the keychain and every request is digest-signed with it.
        QVERIFY(m_ui->startSandbox());
        SandboxServer *sandbox = m_sandbox->server();
        addSecret(QStringLiteral("the sandbox's private key"), sandbox->privateKey().toUtf8());

        // An AWS create.
        m_ui->fillAws(QStringLiteral("vpc-0123456789abcdef0"));
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));

        // An Azure create.
        m_ui->fillAzure();
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("Peering created")), qPrintable(m_ui->title()));

        // A profile made in the profile manager with a wrong private key, stored in the keychain, then a 401
        // from another fake Atlas (choosing the profile turns the built-in sandbox off).
        SandboxServer keyServer;
        QVERIFY(keyServer.listen());
        m_window->findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("ProfileDialog"))) != nullptr);
        auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QLatin1String(name) + QLatin1String("LineEdit"));
        };
        // The dialog opens on the sandbox in use (built in, read-only): New starts a profile of one's own.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        QTest::keyClicks(field("name"), QStringLiteral("typed"));
        dialog->findChild<QComboBox *>(QStringLiteral("environmentComboBox"))->setCurrentIndex(2);
        QTest::keyClicks(field("baseUrl"), keyServer.baseUrl().toString());
        QTest::keyClicks(field("keyId"), keyServer.publicKey());
        QTest::keyClicks(field("secret"), wrongPrivateKey);
        addSecret(QStringLiteral("the private key typed into the dialog"), wrongPrivateKey.toUtf8());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_stores->profiles().contains(QStringLiteral("typed")), 10000);
        dialog->reject();
        auto *profiles = m_window->findChild<QComboBox *>(QStringLiteral("profileComboBox"));
        const int typedIndex = profiles->findData(QStringLiteral("typed"));
        QVERIFY(typedIndex >= 0);
        profiles->setCurrentIndex(typedIndex);
        Q_EMIT profiles->activated(typedIndex);
        QVERIFY(!m_window->isSandboxEnabled());
        m_ui->fillGcp();
        QVERIFY(m_ui->submitAndWait());
        QVERIFY2(m_ui->title().contains(QLatin1String("401")), qPrintable(m_ui->title()));

        // A service account (OAuth client credentials) through the same core, against a second sandbox:
        // once with the right secret (a token is issued and used as a bearer), once with a wrong one.
        SandboxServer accountServer;
        QVERIFY(accountServer.listen());
        addSecret(QStringLiteral("the service-account secret"), accountServer.clientSecret().toUtf8());
        addSecret(QStringLiteral("base64(clientId:secret)"),
                  basic(accountServer.clientId(), accountServer.clientSecret()));
        addSecret(QStringLiteral("base64(clientId:secret), form-encoded"),
                  basicFormEncoded(accountServer.clientId(), accountServer.clientSecret()));
        addSecret(QStringLiteral("a wrong service-account secret"), wrongClientSecret.toUtf8());
        addSecret(QStringLiteral("base64(clientId:wrong secret)"), basic(accountServer.clientId(), wrongClientSecret));
        AtlasClient accountClient;
        accountClient.setBaseUrl(accountServer.baseUrl());
        const PeeringRequest request(SandboxSeed::demoGroupId,
                                     GcpPeeringRequest{SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"),
                                                       QStringLiteral("other-network")});
        for (const QString &secret : {accountServer.clientSecret(), wrongClientSecret}) {
            accountClient.setCredentials(Credentials::serviceAccount(accountServer.clientId(), secret));
            AtlasReply *reply = accountClient.createPeering(request);
            QSignalSpy finished(reply, &AtlasReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(10000));
        }
        QCOMPARE(accountServer.tokenCount(), 1);

        m_window->close();
        m_stores->settings().sync();

        // The capture must really have seen the session's debug output, or finding nothing would prove nothing.
        QStringList log;
        {
            const QMutexLocker locker(&logMutex);
            log = capturedLog;
        }
        QVERIFY2(log.filter(QRegularExpression(QStringLiteral("^peering\\.atlas: "))).size() >= 4,
                 "no peering.atlas debug output was captured");
        QVERIFY(log.filter(QRegularExpression(QStringLiteral("^peering\\.sandbox: "))).size() >= 4);

        QStringList problems;
        const auto audit = [&](const QString &where, const QByteArray &contents) {
            for (const QString &leak : leaksIn(contents)) {
                problems.append(leak + QLatin1String(" in ") + where);
            }
        };
        audit(QStringLiteral("the log"), log.join(u'\n').toUtf8());

        QFile settings(m_stores->settings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsContents = settings.readAll();
        QVERIFY(!settingsContents.isEmpty()); // this session wrote it
        audit(QStringLiteral("the settings file"), settingsContents);

        // The test's own directory, Qt's test-mode locations, and the private XDG dirs of with-keyring.sh (the
        // keyring file there holds the keys, but encrypted).
        QStringList roots{m_stores->path()};
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                    QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
            roots.append(QStandardPaths::writableLocation(location));
        }
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
            roots.append(qEnvironmentVariable(variable));
        }
        int filesRead = 0;
        for (const QString &root : roots) {
            for (const QString &path : filesUnder(root)) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly)) {
                    audit(path, file.readAll());
                    ++filesRead;
                }
            }
        }
        QVERIFY(filesRead >= 2); // at least the settings file and the keyring

        for (const char *procFile : {"/proc/self/cmdline", "/proc/self/environ"}) {
            QFile file(QString::fromLatin1(procFile));
            QVERIFY(file.open(QIODevice::ReadOnly));
            audit(QString::fromLatin1(procFile), file.readAll());
        }

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }
};

int main(int argc, char **argv)
{
    // Before QApplication reads it: the environment's rules (CTest turns peering.* debug off) must not win.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    TestSecretsAudit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretsAudit.moc"
