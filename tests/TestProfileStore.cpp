// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore with a real keychain (gnome-keyring on a private D-Bus) and a real settings file.
#include "IsolatedStores.h"
#include "connection/AtlasConnection.h"
#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

const QString testService = QStringLiteral("io.github.peeringdesk.PeeringDesk.profiletests");

Profile apiKeyProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.defaultGroupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    ProfileStore *m_store = nullptr;

    std::pair<bool, QString> await(const std::function<void(QObject *, ProfileStore::Callback)> &start)
    {
        return m_stores->await(start);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
    }

    void init()
    {
        m_stores = std::make_unique<IsolatedStores>(testService); // a new settings file for every test
        QVERIFY(m_stores->isValid());
        m_store = &m_stores->profiles();
    }

    void cleanup()
    {
        for (const Profile &p : m_store->profiles()) {
            (void)await([&](QObject *c, auto cb) { m_store->remove(p.name, c, cb); });
        }
    }

    void create_storesTheSecretInTheKeychainAndTheRestInSettings()
    {
        QSignalSpy changed(m_store, &ProfileStore::profilesChanged);
        const auto [ok, message] = await([&](QObject *c, auto cb) {
            m_store->save(apiKeyProfile("work"), {}, Credentials::apiKey("pubwork", "privwork-secret"), c, cb);
        });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profile("work")->defaultGroupId, QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e"));
        QCOMPARE(m_stores->readSecret("work").credentials, Credentials::apiKey("pubwork", "privwork-secret"));
        QVERIFY(!m_stores->settingsFileContents().contains("privwork-secret"));
        QVERIFY(!m_stores->settingsFileContents().contains("pubwork"));
        QCOMPARE(m_store->activeProfileName(), QStringLiteral("work")); // the only one is active
    }

    void create_withoutSecretOrWithEmptyOne_isRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no secret at all") << false << ""
                                          << "private key";
        QTest::newRow("an empty private key") << true << ""
                                              << "private key";
    }
    void create_withoutSecretOrWithEmptyOne_isRefusedAndNothingIsSaved()
    {
        QFETCH(bool, withSecret);
        QFETCH(QString, privateKey);
        QFETCH(QString, hint);
        const std::optional<Credentials> secret =
            withSecret ? std::optional(Credentials::apiKey("pub", privateKey)) : std::nullopt;
        const auto [ok, message] =
            await([&](QObject *c, auto cb) { m_store->save(apiKeyProfile("half"), {}, secret, c, cb); });
        QVERIFY(!ok);
        QVERIFY2(message.contains(hint), qPrintable(message));
        QVERIFY(!m_store->contains("half"));
        QCOMPARE(m_stores->readSecret("half").status, KeychainResult::Status::NotFound);
    }

    void invalidCustomUrl_isRefusedBeforeTheKeychain()
    {
        Profile p = apiKeyProfile("remote");
        p.environment = Profile::Environment::Custom;
        p.customBaseUrl = QStringLiteral("http://atlas.example.com");
        const auto [ok, message] =
            await([&](QObject *c, auto cb) { m_store->save(p, {}, Credentials::apiKey("pub", "priv"), c, cb); });
        QVERIFY(!ok);
        QVERIFY2(message.contains("https"), qPrintable(message));
        QCOMPARE(m_stores->readSecret("remote").status, KeychainResult::Status::NotFound);
    }

    void duplicateName_isRefused()
    {
        QVERIFY(await([&](QObject *c, auto cb) {
                    m_store->save(apiKeyProfile("a"), {}, Credentials::apiKey("p", "s"), c, cb);
                }).first);
        const auto [ok, message] = await([&](QObject *c, auto cb) {
            m_store->save(apiKeyProfile("a"), {}, Credentials::apiKey("p2", "s2"), c, cb);
        });
        QVERIFY(!ok);
        QVERIFY(message.contains("already exists"));
        QCOMPARE(m_stores->readSecret("a").credentials.id(), QStringLiteral("p"));
    }

    void rename_movesTheSecretAndTheActiveProfileFollows()
    {
        QVERIFY(await([&](QObject *c, auto cb) {
                    m_store->save(apiKeyProfile("old"), {}, Credentials::apiKey("pub-old", "priv-old"), c, cb);
                }).first);
        m_store->setActiveProfileName("old");
        QSignalSpy active(m_store, &ProfileStore::activeProfileChanged);
        const auto [ok, message] =
            await([&](QObject *c, auto cb) { m_store->save(apiKeyProfile("new"), "old", std::nullopt, c, cb); });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(!m_store->contains("old"));
        QVERIFY(m_store->contains("new"));
        QCOMPARE(m_stores->readSecret("old").status, KeychainResult::Status::NotFound);
        QCOMPARE(m_stores->readSecret("new").credentials, Credentials::apiKey("pub-old", "priv-old"));
        QCOMPARE(m_store->activeProfileName(), QStringLiteral("new"));
        QCOMPARE(active.count(), 1);
    }

    void switchingToServiceAccount_needsItsSecret()
    {
        QVERIFY(await([&](QObject *c, auto cb) {
                    m_store->save(apiKeyProfile("x"), {}, Credentials::apiKey("p", "s"), c, cb);
                }).first);
        Profile sa = apiKeyProfile("x");
        sa.authMethod = Profile::AuthMethod::ServiceAccount;
        auto [ok, message] = await([&](QObject *c, auto cb) { m_store->save(sa, "x", std::nullopt, c, cb); });
        QVERIFY(!ok);
        QVERIFY(message.contains("client"));
        QCOMPARE(m_store->profile("x")->authMethod, Profile::AuthMethod::ApiKey);
        std::tie(ok, message) = await([&](QObject *c, auto cb) {
            m_store->save(sa, "x", Credentials::serviceAccount("mdb_sa_id_1", "mdb_sa_sk_1"), c, cb);
        });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_store->profile("x")->authMethod, Profile::AuthMethod::ServiceAccount);
        QCOMPARE(m_stores->readSecret("x").credentials.kind(), Credentials::Kind::ServiceAccount);
    }

    void duplicate_copiesTheSecret()
    {
        QVERIFY(await([&](QObject *c, auto cb) {
                    m_store->save(apiKeyProfile("src"), {}, Credentials::apiKey("p", "s"), c, cb);
                }).first);
        QVERIFY(await([&](QObject *c, auto cb) { m_store->duplicate("src", "src copy", c, cb); }).first);
        QCOMPARE(m_store->profiles().size(), 2);
        QCOMPARE(m_stores->readSecret("src copy").credentials, Credentials::apiKey("p", "s"));
        QCOMPARE(m_store->profile("src copy")->defaultGroupId, m_store->profile("src")->defaultGroupId);
    }

    void remove_deletesTheKeychainEntry()
    {
        QVERIFY(await([&](QObject *c, auto cb) {
                    m_store->save(apiKeyProfile("gone"), {}, Credentials::apiKey("p", "s"), c, cb);
                }).first);
        m_store->setActiveProfileName("gone");
        QVERIFY(await([&](QObject *c, auto cb) { m_store->remove("gone", c, cb); }).first);
        QVERIFY(!m_store->contains("gone"));
        QCOMPARE(m_stores->readSecret("gone").status, KeychainResult::Status::NotFound);
        QVERIFY(m_store->activeProfileName().isEmpty());
        QVERIFY(!m_stores->settingsFileContents().contains("gone"));
    }

    void governmentProfile_hasNoAzureAndSwitchesBothHosts()
    {
        Profile gov = apiKeyProfile("gov");
        gov.environment = Profile::Environment::AtlasForGovernment;
        QCOMPARE(gov.baseUrl(), QUrl("https://cloud.mongodbgov.com"));
        // The rule itself is the connection's (TestConnection); a profile only says which environment it is.
        QVERIFY(AtlasConnection::forProfile(gov).unsupportedReason(Provider::Azure).contains("Government"));
        QVERIFY(AtlasConnection::forProfile(gov).unsupportedReason(Provider::Aws).isEmpty());
        QVERIFY(AtlasConnection::forProfile(apiKeyProfile("com")).unsupportedReason(Provider::Azure).isEmpty());
    }

    // Last: locking the collection cannot be undone without a prompter.
    void lockedKeyring_savesNothing()
    {
        QProcess lock;
        lock.start("dbus-send",
                   {"--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
                    "org.freedesktop.Secret.Service.Lock", "array:objpath:/org/freedesktop/secrets/collection/login"});
        QVERIFY(lock.waitForFinished(5000));
        const auto [ok, message] = await([&](QObject *c, auto cb) {
            m_store->save(apiKeyProfile("locked"), {}, Credentials::apiKey("p", "s"), c, cb);
        });
        QVERIFY(!ok);
        QVERIFY2(message.contains("locked"), qPrintable(message));
        QVERIFY(!m_store->contains("locked"));
        QVERIFY(!m_stores->settingsFileContents().contains("locked"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
