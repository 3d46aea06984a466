// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the Atlas CLI's profiles: its config.toml, and its secrets from a real Secret Service
// (gnome-keyring on a private D-Bus), stored there the way the CLI stores them.
#include "IsolatedStores.h"
#include "store/AppSettings.h"
#include "store/AtlasCliImporter.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PeeringDesk;
using namespace PeeringDesk::TestSupport;

namespace {

// Stores a secret with the attributes the Atlas CLI's keyring library uses; the secret goes through stdin.
bool storeLikeTheCli(const QString &profile, const QString &property, const QByteArray &secret)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=atlascli test"), QStringLiteral("service"),
                QStringLiteral("atlascli_") + profile, QStringLiteral("username"), property});
    if (!tool.waitForStarted(5000)) {
        return false;
    }
    tool.write(secret);
    tool.closeWriteChannel();
    return tool.waitForFinished(5000) && tool.exitCode() == 0;
}

} // namespace

class TestAtlasCliImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IsolatedStores> m_stores;
    ProfileStore *m_profiles = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PEERING_KEYRING_INNER"), "run through scripts/with-keyring.sh");
        m_stores = std::make_unique<IsolatedStores>(QStringLiteral("io.github.peeringdesk.PeeringDesk.clitests"));
        QVERIFY(m_stores->isValid());
        m_profiles = &m_stores->profiles();
    }

    void parseToml_readsSectionsAndQuotedValues()
    {
        const auto sections = AtlasCliImporter::parseToml("telemetry_enabled = false\n"
                                                          "[default]\n  public_api_key = \"abc\"\n"
                                                          "  # a comment\n  service = 'cloudgov'\n"
                                                          "[\"quoted name\"]\nproject_id = \"x\\\"y\"\n");
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.value("default").value("public_api_key"), QStringLiteral("abc"));
        QCOMPARE(sections.value("default").value("service"), QStringLiteral("cloudgov"));
        QCOMPARE(sections.value("quoted name").value("project_id"), QStringLiteral("x\"y"));
    }

    void import_readsFileAndKeychainSecrets_andSkipsWhatItCannotUse()
    {
        QVERIFY(storeLikeTheCli("gov", "public_api_key", "govpub"));
        QVERIFY(storeLikeTheCli("gov", "private_api_key", "gov-private-from-keychain"));
        QVERIFY(storeLikeTheCli("robot", "client_id", "mdb_sa_id_robot"));
        QVERIFY(storeLikeTheCli("robot", "client_secret", "mdb_sa_sk_robot"));
        std::optional<bool> existing;
        Profile taken;
        taken.name = QStringLiteral("taken");
        m_profiles->save(taken, {}, Credentials::apiKey("mine", "mine-secret"), this,
                         [&existing](bool ok, const QString &) { existing = ok; });
        QTRY_VERIFY(existing.has_value() && *existing);

        const QString config = m_stores->filePath(QStringLiteral("config.toml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\n  org_id = \"5e2211c17a3e5a48f5497de3\"\n"
                   "  project_id = \"5f0a1b2c3d4e5f6a7b8c9d0e\"\n"
                   "  public_api_key = \"legacypub\"\n  private_api_key = \"legacy-private\"\n  service = \"cloud\"\n"
                   "[gov]\n  service = \"cloudgov\"\n"
                   "[robot]\n  output = \"json\"\n"
                   "[opsman]\n  service = \"ops-manager\"\n  ops_manager_url = \"https://om.example.com/\"\n"
                   "[taken]\n  public_api_key = \"theirs\"\n  private_api_key = \"theirs-secret\"\n"
                   "[nokeys]\n  service = \"cloud\"\n");
        file.close();

        AtlasCliImporter importer(m_profiles);
        std::optional<std::pair<QStringList, QStringList>> result;
        importer.start(config, [&result](const QStringList &imported, const QStringList &problems) {
            result = {imported, problems};
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        const auto &[imported, problems] = *result;
        QCOMPARE(imported, (QStringList{"default", "gov", "robot"}));
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join('\n').contains("ops-manager"));
        QVERIFY(problems.join('\n').contains("\"taken\" already exists"));
        QVERIFY(problems.join('\n').contains("\"nokeys\""));

        QCOMPARE(m_stores->readSecret("default").credentials, Credentials::apiKey("legacypub", "legacy-private"));
        QCOMPARE(m_profiles->profile("default")->defaultGroupId, QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e"));
        QCOMPARE(m_profiles->profile("gov")->environment, Profile::Environment::AtlasForGovernment);
        QCOMPARE(m_stores->readSecret("gov").credentials, Credentials::apiKey("govpub", "gov-private-from-keychain"));
        QCOMPARE(m_profiles->profile("robot")->authMethod, Profile::AuthMethod::ServiceAccount);
        QCOMPARE(m_stores->readSecret("robot").credentials,
                 Credentials::serviceAccount("mdb_sa_id_robot", "mdb_sa_sk_robot"));
        QCOMPARE(m_stores->readSecret("taken").credentials.id(), QStringLiteral("mine")); // untouched
    }

    void missingConfig_isExplained()
    {
        AtlasCliImporter importer(m_profiles);
        std::optional<QStringList> problems;
        importer.start(m_stores->filePath(QStringLiteral("nowhere.toml")),
                       [&problems](const QStringList &, const QStringList &p) { problems = p; });
        QTRY_VERIFY(problems.has_value());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains("No Atlas CLI configuration"));
    }
};

QTEST_GUILESS_MAIN(TestAtlasCliImporter)
#include "TestAtlasCliImporter.moc"
