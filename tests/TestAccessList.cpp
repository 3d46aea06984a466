// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of "from peering to a working private connection": the access list request and its rules, what
// to offer per provider, the clusters of every endpoint version, and why a private string is not there yet.
#include "model/AccessListEntry.h"
#include "model/AccessListRequest.h"
#include "model/Cluster.h"
#include "peering/AccessListAdvice.h"
#include "peering/PrivateConnection.h"
#include "provisioning/AccessListExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PeeringDesk;

namespace {

Container container(Provider provider, const QString &region)
{
    Container c;
    c.id = QStringLiteral("64b0aa00000000000000a001");
    c.provider = provider;
    c.regionName = region;
    c.atlasCidrBlock = QStringLiteral("192.168.248.0/21");
    return c;
}

Peering awsPeering(const QString &status, const QString &accepterRegion = {})
{
    QJsonObject json{{"id", "6a1b2c3d4e5f60718293a4b5"},
                     {"containerId", "64b0aa00000000000000a001"},
                     {"providerName", "AWS"},
                     {"awsAccountId", "012345678901"},
                     {"vpcId", "vpc-0123456789abcdef0"},
                     {"routeTableCidrBlock", "10.20.0.0/16"},
                     {"statusName", status}};
    if (!accepterRegion.isEmpty()) {
        json.insert(QStringLiteral("accepterRegionName"), accepterRegion);
    }
    return *Peering::fromJson(json);
}

Peering gcpPeering(const QString &status)
{
    return *Peering::fromJson({{"id", "6a1b2c3d4e5f60718293a4c6"},
                               {"containerId", "64b0aa00000000000000c003"},
                               {"providerName", "GCP"},
                               {"gcpProjectId", "my-gcp-project"},
                               {"networkName", "prod"},
                               {"status", status}});
}

AccessListEntry entry(const QString &cidr)
{
    return *AccessListEntry::fromJson({{"cidrBlock", cidr}, {"groupId", "5f0a1b2c3d4e5f6a7b8c9d0e"}});
}

/// JSON written with single quotes, which keeps the samples readable here.
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

} // namespace

class TestAccessList : public QObject
{
    Q_OBJECT

private slots:
    void rangeRules_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("problemContains");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("a private VPC range is fine") << "10.20.0.0/16" << QString() << QString();
        QTest::newRow("one private address as /32 is fine") << "192.168.1.7/32" << QString() << QString();
        QTest::newRow("a public range would open the clusters") << "52.1.0.0/16"
                                                                << "public range" << QString();
        QTest::newRow("0.0.0.0/0 is every address") << "0.0.0.0/0"
                                                    << "every address" << QString();
        QTest::newRow("host bits name the block meant") << "10.20.1.0/16"
                                                        << "10.20.0.0/16"
                                                        << "10.20.0.0/16";
        QTest::newRow("an address without prefix") << "10.20.0.7"
                                                   << "prefix length" << QString();
        QTest::newRow("IPv6 is not carried") << "fd00::/8"
                                             << "IPv6" << QString();
        QTest::newRow("junk") << "ten.twenty"
                              << "not a CIDR block" << QString();
        QTest::newRow("a range straddling private and public") << "172.0.0.0/8"
                                                               << "public range" << QString();
    }

    void rangeRules()
    {
        QFETCH(QString, range);
        QFETCH(QString, problemContains);
        QFETCH(QString, suggestion);
        const FieldProblems problems = AccessListRequest({range}, QStringLiteral("c")).validate();
        if (problemContains.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("cidrBlock"));
        QVERIFY2(problems.first().message.contains(problemContains), qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.contains(range), "the message names the range it is about");
        QCOMPARE(problems.first().suggestion, suggestion);
    }

    void request_needsARange_noRepeats_andAShortComment()
    {
        QCOMPARE(AccessListRequest({}, QStringLiteral("c")).validate().size(), 1);
        QCOMPARE(AccessListRequest({QStringLiteral("  "), QString()}, QStringLiteral("c")).ranges(), QStringList());
        const FieldProblems twice =
            AccessListRequest({QStringLiteral("10.1.0.0/16"), QStringLiteral(" 10.1.0.0/16 ")}, {}).validate();
        QCOMPARE(twice.size(), 1);
        QVERIFY(twice.first().message.contains(QLatin1String("twice")));
        const FieldProblems longComment =
            AccessListRequest({QStringLiteral("10.1.0.0/16")}, QString(81, u'x')).validate();
        QCOMPARE(longComment.size(), 1);
        QCOMPARE(longComment.first().field, QStringLiteral("comment"));
        QVERIFY(AccessListRequest({QStringLiteral("10.1.0.0/16")}, QString(80, u'x')).isValid());
    }

    void body_isAnArrayOfCidrEntries()
    {
        const AccessListRequest request({QStringLiteral("10.1.0.0/16"), QStringLiteral("10.2.0.0/24")},
                                        QStringLiteral("app subnets"));
        const QJsonArray body = request.toJson();
        QCOMPARE(body.size(), 2);
        QCOMPARE(body.at(0).toObject(), (QJsonObject{{"cidrBlock", "10.1.0.0/16"}, {"comment", "app subnets"}}));
        QCOMPARE(body.at(1).toObject().value("cidrBlock").toString(), QStringLiteral("10.2.0.0/24"));
        QVERIFY(!AccessListRequest({QStringLiteral("10.1.0.0/16")}, {}).toJson().at(0).toObject().contains("comment"));
    }

    void coveredRanges_areNamed_andNotSentAgain()
    {
        const QList<AccessListEntry> existing{entry(QStringLiteral("10.0.0.0/8")),
                                              *AccessListEntry::fromJson({{"ipAddress", "192.168.5.5"}})};
        const auto cover = AccessListRequest::coveringEntry(QStringLiteral("10.20.0.0/16"), existing);
        QVERIFY(cover);
        QCOMPARE(cover->cidrBlock, QStringLiteral("10.0.0.0/8"));
        QVERIFY(AccessListRequest::coveringEntry(QStringLiteral("192.168.5.5/32"), existing));
        QVERIFY(!AccessListRequest::coveringEntry(QStringLiteral("192.168.5.0/24"), existing));
        QVERIFY(!AccessListRequest::coveringEntry(QStringLiteral("172.16.0.0/12"), existing));

        const AccessListRequest request({QStringLiteral("10.20.0.0/16"), QStringLiteral("172.16.0.0/12")},
                                        QStringLiteral("c"));
        const AccessListRequest rest = request.withoutCovered(existing);
        QCOMPARE(rest.ranges(), QStringList{QStringLiteral("172.16.0.0/12")});
        QCOMPARE(rest.comment(), QStringLiteral("c"));
    }

    void entry_readsEachKind_andStatus()
    {
        QVERIFY(!AccessListEntry::fromJson({{"comment", "nothing else"}}));
        const auto group = AccessListEntry::fromJson({{"awsSecurityGroup", "sg-0123"}});
        QCOMPARE(group->value(), QStringLiteral("sg-0123"));
        QVERIFY(!group->range());
        QVERIFY(!group->covers(*Ipv4Cidr::parse(u"10.0.0.0/8")));
        QCOMPARE(AccessListEntry::statusFromWire(u"PENDING"), AccessListEntry::Status::Pending);
        QCOMPARE(AccessListEntry::statusFromWire(u"ACTIVE"), AccessListEntry::Status::Active);
        QCOMPARE(AccessListEntry::statusFromWire(u"FAILED"), AccessListEntry::Status::Failed);
        QCOMPARE(AccessListEntry::statusFromWire(u"SOMETHING_NEW"), AccessListEntry::Status::Unknown);
        QCOMPARE(AccessListEntry::statusWireName(AccessListEntry::Status::Active), QStringLiteral("ACTIVE"));
    }

    void advice_aws_offersTheVpcRange_andSaysWhenSecurityGroupsCannotServe()
    {
        const AccessListAdvice same = AccessListAdvice::forPeering(
            awsPeering(QStringLiteral("AVAILABLE")), container(Provider::Aws, QStringLiteral("US_EAST_1")));
        QCOMPARE(same.suggestedRanges, QStringList{QStringLiteral("10.20.0.0/16")});
        QVERIFY(same.notes.isEmpty());
        QVERIFY(same.comment.contains(QLatin1String("vpc-0123456789abcdef0")));
        QVERIFY(same.comment.size() <= AccessListRequest::maxCommentLength);
        QVERIFY(same.request().isValid());

        const AccessListAdvice cross =
            AccessListAdvice::forPeering(awsPeering(QStringLiteral("AVAILABLE"), QStringLiteral("eu-west-1")),
                                         container(Provider::Aws, QStringLiteral("US_EAST_1")));
        QCOMPARE(cross.notes.size(), 1);
        QVERIFY2(cross.notes.first().contains(QLatin1String("security group")), qPrintable(cross.notes.first()));
    }

    void advice_gcp_asksForTheRanges_andExplainsThePodRange()
    {
        const AccessListAdvice advice =
            AccessListAdvice::forPeering(gcpPeering(QStringLiteral("AVAILABLE")), std::nullopt);
        QVERIFY(advice.suggestedRanges.isEmpty());
        QVERIFY(advice.rangesHint.contains(QLatin1String("--network=prod")));
        QVERIFY(advice.notes.join(u' ').contains(QLatin1String("Pod range")));
        QVERIFY(!advice.request().isValid()); // nothing to send until the user enters a range
    }

    void clusters_decodeFromEachVersion_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("region");
        QTest::newRow("2024-08-05")
            << QByteArray(
                   "{'name':'demo','stateName':'IDLE','replicationSpecs':["
                   "{'zoneName':'Zone 1','regionConfigs':[{'providerName':'AWS','regionName':'US_EAST_1','priority':7,"
                   "'electableSpecs':{'instanceSize':'M10','nodeCount':3}}]}],"
                   "'connectionStrings':{'standardSrv':'mongodb+srv://demo.ab1cd.mongodb.net',"
                   "'privateSrv':'mongodb+srv://demo-pri.ab1cd.mongodb.net'}}")
            << "US_EAST_1";
        QTest::newRow("2023-02-01")
            << QByteArray(
                   "{'name':'demo','stateName':'IDLE','replicationSpecs':["
                   "{'numShards':1,'regionConfigs':[{'providerName':'AWS','regionName':'US_EAST_1','priority':7}]}],"
                   "'connectionStrings':{'privateSrv':'mongodb+srv://demo-pri.ab1cd.mongodb.net'}}")
            << "US_EAST_1";
        QTest::newRow("2023-01-01 legacy")
            << QByteArray("{'name':'demo','stateName':'IDLE',"
                          "'providerSettings':{'providerName':'AWS','regionName':'US_EAST_1','instanceSizeName':'M10'},"
                          "'replicationSpecs':[{'numShards':1,'regionsConfig':{'US_EAST_1':{'electableNodes':3,'"
                          "priority':7}}}],"
                          "'connectionStrings':{'privateSrv':'mongodb+srv://demo-pri.ab1cd.mongodb.net'}}")
            << "US_EAST_1";
        QTest::newRow("a shared tier names its cloud underneath")
            << QByteArray("{'name':'demo','replicationSpecs':[{'regionConfigs':[{'providerName':'TENANT',"
                          "'backingProviderName':'AWS','regionName':'US_EAST_1'}]}],"
                          "'connectionStrings':{'privateSrv':'mongodb+srv://demo-pri.ab1cd.mongodb.net'}}")
            << "US_EAST_1";
    }

    void clusters_decodeFromEachVersion()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, region);
        const auto cluster = Cluster::fromJson(parse(json.constData()));
        QVERIFY(cluster);
        QCOMPARE(cluster->name, QStringLiteral("demo"));
        QCOMPARE(cluster->placements.size(), 1);
        QVERIFY(cluster->isIn(Provider::Aws, region));
        QVERIFY(!cluster->isIn(Provider::Aws, QStringLiteral("EU_WEST_1")));
        QVERIFY(!cluster->isIn(Provider::Azure, region));
        QCOMPARE(cluster->privateSrv, QStringLiteral("mongodb+srv://demo-pri.ab1cd.mongodb.net"));
        QVERIFY(cluster->hasPrivateStrings());
    }

    void cluster_withoutName_isNotACluster() { QVERIFY(!Cluster::fromJson(parse("{'id':'x','stateName':'IDLE'}"))); }

    void privateConnection_saysWhyThereIsNoStringYet()
    {
        const Container useast = container(Provider::Aws, QStringLiteral("US_EAST_1"));
        const Cluster here = *Cluster::fromJson(parse("{'name':'orders','replicationSpecs':[{'regionConfigs':["
                                                      "{'providerName':'AWS','regionName':'US_EAST_1'}]}],'"
                                                      "connectionStrings':{'standardSrv':'mongodb+srv://o'}}"));
        const Cluster elsewhere = *Cluster::fromJson(parse("{'name':'eu','replicationSpecs':[{'regionConfigs':["
                                                           "{'providerName':'AWS','regionName':'EU_WEST_1'}]}]}"));
        Cluster withPrivate = here;
        withPrivate.privateSrv = QStringLiteral("mongodb+srv://orders-pri.ab1cd.mongodb.net");

        const PrivateConnection none =
            PrivateConnection::find(awsPeering(QStringLiteral("AVAILABLE")), useast, {elsewhere});
        QVERIFY(none.clusters.isEmpty());
        QVERIFY2(none.whyNone.contains(QLatin1String("No cluster")), qPrintable(none.whyNone));

        const PrivateConnection early =
            PrivateConnection::find(awsPeering(QStringLiteral("PENDING_ACCEPTANCE")), useast, {here, elsewhere});
        QCOMPARE(early.clusters.size(), 1);
        QVERIFY2(early.whyNone.contains(QLatin1String("PENDING_ACCEPTANCE")), qPrintable(early.whyNone));

        const PrivateConnection settling =
            PrivateConnection::find(awsPeering(QStringLiteral("AVAILABLE")), useast, {here});
        QVERIFY2(settling.whyNone.contains(QLatin1String("few minutes")), qPrintable(settling.whyNone));

        const PrivateConnection ready =
            PrivateConnection::find(awsPeering(QStringLiteral("AVAILABLE")), useast, {withPrivate, elsewhere});
        QVERIFY(ready.whyNone.isEmpty());
        QCOMPARE(ready.clusters.size(), 1);
        QCOMPARE(ready.clusters.first().name, QStringLiteral("orders"));
        QCOMPARE(ready.dnsSteps.size(), 1);
        QVERIFY(ready.dnsSteps.first().command.contains(QLatin1String("--vpc-id vpc-0123456789abcdef0")));
        QVERIFY(ready.dnsSteps.first().command.contains(QLatin1String("--enable-dns-hostnames")));
        QVERIFY(ready.dnsSteps.first().command.contains(QLatin1String("--enable-dns-support")));
    }

    void privateConnection_gcp_anyRegionOfTheContainer_andNoDnsStep()
    {
        Cluster gcp = *Cluster::fromJson(parse("{'name':'g','replicationSpecs':[{'regionConfigs':["
                                               "{'providerName':'GCP','regionName':'WESTERN_EUROPE'}]}],'"
                                               "connectionStrings':{'privateSrv':'mongodb+srv://g-pri'}}"));
        const PrivateConnection found =
            PrivateConnection::find(gcpPeering(QStringLiteral("AVAILABLE")), std::nullopt, {gcp});
        QCOMPARE(found.clusters.size(), 1);
        QVERIFY(found.whyNone.isEmpty());
        QVERIFY(found.dnsSteps.isEmpty());
    }

    void exports_speakEachTool_withoutSecrets()
    {
        const QString group = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
        const AccessListRequest request({QStringLiteral("10.1.0.0/16"), QStringLiteral("10.2.0.0/24")},
                                        QStringLiteral("it's the app"));
        const QUrl atlas(QStringLiteral("https://cloud.mongodb.com"));

        const Export curl = AccessListExporter::curl(group, request, atlas, Credentials::Kind::ApiKey);
        QVERIFY(curl.text.contains(QLatin1String(
            "--request POST https://cloud.mongodb.com/api/atlas/v2/groups/5f0a1b2c3d4e5f6a7b8c9d0e/accessList")));
        QVERIFY2(
            curl.text.contains(QLatin1String("'[{\"cidrBlock\":\"10.1.0.0/16\",\"comment\":\"it'\"'\"'s the app\"}")),
            qPrintable(curl.text));
        QVERIFY(curl.text.contains(QLatin1String("${ATLAS_PRIVATE_KEY}")));

        const Export cli = AccessListExporter::atlasCli(group, request);
        const QStringList commands = cli.text.split(u'\n');
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands.first(), QStringLiteral("atlas accessLists create 10.1.0.0/16 --type cidrBlock --projectId "
                                                  "5f0a1b2c3d4e5f6a7b8c9d0e --comment 'it'\"'\"'s the app'"));

        const Export terraform = AccessListExporter::terraform(group, request);
        QCOMPARE(terraform.text.count(QLatin1String("resource \"mongodbatlas_project_ip_access_list\"")), 2);
        QVERIFY(terraform.text.contains(QLatin1String("\"peered_10_1_0_0_16\"")));
        QVERIFY(terraform.text.contains(QLatin1String("cidr_block = \"10.2.0.0/24\"")));
        QVERIFY(!terraform.notes.isEmpty());

        const Export preview = AccessListExporter::preview(group, request, atlas, Credentials::Kind::ServiceAccount);
        QVERIFY(preview.text.startsWith(QLatin1String("POST https://cloud.mongodb.com/api/atlas/v2/groups/")));
        QVERIFY(preview.text.contains(QLatin1String("Bearer")));
    }
};

QTEST_GUILESS_MAIN(TestAccessList)
#include "TestAccessList.moc"
