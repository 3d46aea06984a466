// SPDX-License-Identifier: GPL-3.0-or-later
// The project IP access list of the sandbox, over raw HTTP with digest: validation, paging, status and deletion.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace PeeringDesk;

namespace {

const QByteArray demo = SandboxSeed::demoGroupId.toLatin1();
const QByteArray accessListPath = "/api/atlas/v2/groups/" + demo + "/accessList";

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject cidrEntry(const QString &cidr, const QString &comment = QString())
{
    QJsonObject entry{{QStringLiteral("cidrBlock"), cidr}};
    if (!comment.isEmpty())
        entry.insert(QStringLiteral("comment"), comment);
    return entry;
}

QJsonArray resultsOf(const RawHttpResponse &response)
{
    return response.json().value(QStringLiteral("results")).toArray();
}

QStringList cidrsOf(const QJsonArray &results)
{
    QStringList cidrs;
    for (const QJsonValue &entry : results)
        cidrs.append(entry.toObject().value(QStringLiteral("cidrBlock")).toString());
    return cidrs;
}

QStringList relsOf(const QJsonObject &page)
{
    QStringList rels;
    for (const QJsonValue &link : page.value(QStringLiteral("links")).toArray())
        rels.append(link.toObject().value(QStringLiteral("rel")).toString());
    return rels;
}

} // namespace

class TestSandboxAccessList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(*m_server);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void create_cidrBlock_answers200WithTheWholeList()
    {
        const QString comment = QStringLiteral("Peering Desk: AWS vpc-0123456789abcdef0");
        const RawHttpResponse response =
            m_client->request("POST", accessListPath, json({cidrEntry(QStringLiteral("10.20.0.0/16"), comment)}));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/vnd.atlas.2023-01-01+json;charset=utf-8"));
        QCOMPARE(response.header("ratelimit-remaining"), QByteArray("99"));
        QCOMPARE(response.json().value(QStringLiteral("totalCount")).toInt(), 1);
        const QJsonObject entry = resultsOf(response).first().toObject();
        QCOMPARE(entry.value(QStringLiteral("groupId")).toString(), SandboxSeed::demoGroupId);
        QCOMPARE(entry.value(QStringLiteral("cidrBlock")).toString(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(entry.value(QStringLiteral("comment")).toString(), comment);
        QVERIFY(!entry.contains(QStringLiteral("ipAddress"))); // only a /32 names one address
        QVERIFY(!entry.contains(QStringLiteral("awsSecurityGroup")));
        const QJsonObject self = entry.value(QStringLiteral("links")).toArray().first().toObject();
        QCOMPARE(self.value(QStringLiteral("rel")).toString(), QStringLiteral("self"));
        QCOMPARE(self.value(QStringLiteral("href")).toString(),
                 QString(m_server->baseUrl().toString() + QString::fromLatin1(accessListPath) +
                         QStringLiteral("/10.20.0.0%2F16")));
        QCOMPARE(cidrsOf(resultsOf(m_client->request("GET", accessListPath))), QStringList{"10.20.0.0/16"});
    }

    void create_anyValidAddress_isAcceptedAsAtlasDoes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cidrBlock");
        QTest::addColumn<QString>("ipAddress");
        // The app keeps to RFC 1918; Atlas itself takes any address, the whole Internet included.
        QTest::newRow("the whole Internet") << "cidrBlock"
                                            << "0.0.0.0/0"
                                            << "0.0.0.0/0" << QString();
        QTest::newRow("a public block") << "cidrBlock"
                                        << "203.0.113.0/24"
                                        << "203.0.113.0/24" << QString();
        QTest::newRow("a /32 block also names its address") << "cidrBlock"
                                                            << "198.51.100.7/32"
                                                            << "198.51.100.7/32"
                                                            << "198.51.100.7";
        QTest::newRow("an address is stored as its /32") << "ipAddress"
                                                         << "8.8.8.8"
                                                         << "8.8.8.8/32"
                                                         << "8.8.8.8";
        QTest::newRow("host bits are cleared") << "cidrBlock"
                                               << "10.20.3.4/16"
                                               << "10.20.0.0/16" << QString();
        QTest::newRow("an IPv6 block") << "cidrBlock"
                                       << "2001:DB8:0:0::/32"
                                       << "2001:db8::/32" << QString();
        QTest::newRow("an IPv6 address") << "ipAddress"
                                         << "2001:db8::1"
                                         << "2001:db8::1/128"
                                         << "2001:db8::1";
    }

    void create_anyValidAddress_isAcceptedAsAtlasDoes()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, cidrBlock);
        QFETCH(QString, ipAddress);
        const RawHttpResponse response = m_client->request("POST", accessListPath, json({QJsonObject{{field, value}}}));
        QCOMPARE(response.status, 200);
        const QJsonObject entry = resultsOf(response).first().toObject();
        QCOMPARE(entry.value(QStringLiteral("cidrBlock")).toString(), cidrBlock);
        QCOMPARE(entry.value(QStringLiteral("ipAddress")).toString(), ipAddress);
        // The entry is found under its stored value, encoded, and under the value as it was sent.
        const QByteArray stored = QUrl::toPercentEncoding(cidrBlock);
        QCOMPARE(m_client->request("GET", accessListPath + '/' + stored).status, 200);
        QCOMPARE(m_client->request("GET", accessListPath + '/' + QUrl::toPercentEncoding(value)).status, 200);
    }

    void create_invalidBody_answersAtlasErrorAndAddsNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QJsonArray>("parameters");
        const auto one = [](const QJsonObject &entry) { return json({entry}); };
        const QString bad = QStringLiteral("INVALID_IP_ADDRESS_OR_CIDR_NOTATION");
        QTest::newRow("a prefix over 32")
            << one(cidrEntry(QStringLiteral("10.0.0.0/33"))) << bad << QJsonArray{QStringLiteral("10.0.0.0/33")};
        QTest::newRow("three octets") << one(cidrEntry(QStringLiteral("10.0.0/16"))) << bad
                                      << QJsonArray{QStringLiteral("10.0.0/16")};
        QTest::newRow("an octet over 255")
            << one(cidrEntry(QStringLiteral("10.256.0.0/16"))) << bad << QJsonArray{QStringLiteral("10.256.0.0/16")};
        QTest::newRow("a word") << one(cidrEntry(QStringLiteral("office"))) << bad
                                << QJsonArray{QStringLiteral("office")};
        QTest::newRow("a block given as an address")
            << one({{QStringLiteral("ipAddress"), QStringLiteral("10.0.0.0/16")}}) << bad
            << QJsonArray{QStringLiteral("10.0.0.0/16")};
        QTest::newRow("a number for a block")
            << one({{QStringLiteral("cidrBlock"), 42}}) << bad << QJsonArray{QStringLiteral("42")};
        const QString both = QStringLiteral("BAD_WHITELIST_ADD_REQUEST");
        QTest::newRow("a block and an address") << one({{QStringLiteral("cidrBlock"), QStringLiteral("10.0.0.0/16")},
                                                        {QStringLiteral("ipAddress"), QStringLiteral("10.0.0.1")}})
                                                << both << QJsonArray{};
        QTest::newRow("a block and a security group")
            << one({{QStringLiteral("cidrBlock"), QStringLiteral("10.0.0.0/16")},
                    {QStringLiteral("awsSecurityGroup"), QStringLiteral("sg-0123abcd")}})
            << both << QJsonArray{};
        QTest::newRow("a comment alone") << one({{QStringLiteral("comment"), QStringLiteral("what?")}}) << both
                                         << QJsonArray{};
        QTest::newRow("a security group without an AWS peering")
            << one({{QStringLiteral("awsSecurityGroup"), QStringLiteral("sg-0123abcd")}})
            << "CANNOT_USE_AWS_SECURITY_GROUP_WITHOUT_VPC_PEERING_CONNECTION" << QJsonArray{};
        QTest::newRow("a comment of 81 characters")
            << one(cidrEntry(QStringLiteral("10.0.0.0/16"), QString(81, QLatin1Char('c')))) << "INVALID_ATTRIBUTE"
            << QJsonArray{QStringLiteral("comment")};
        QTest::newRow("one object, not an array")
            << QJsonDocument(cidrEntry(QStringLiteral("10.0.0.0/16"))).toJson(QJsonDocument::Compact) << "INVALID_JSON"
            << QJsonArray{};
        QTest::newRow("an array of strings") << QByteArray(R"(["10.0.0.0/16"])") << "INVALID_JSON" << QJsonArray{};
        QTest::newRow("an array of arrays")
            << QByteArray(R"([[{"cidrBlock":"10.0.0.0/16"}]])") << "INVALID_JSON" << QJsonArray{};
        QTest::newRow("no JSON at all") << QByteArray("cidrBlock=10.0.0.0/16") << "MALFORMED_JSON" << QJsonArray{};
    }

    void create_invalidBody_answersAtlasErrorAndAddsNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QFETCH(QJsonArray, parameters);
        const RawHttpResponse response = m_client->request("POST", accessListPath, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.errorCode(), errorCode);
        QCOMPARE(response.json().value(QStringLiteral("parameters")).toArray(), parameters);
        QVERIFY(!response.json().value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(m_client->request("GET", accessListPath).json().value(QStringLiteral("totalCount")).toInt(), 0);
    }

    void create_badAddressDetail_namesTheAddress()
    {
        const RawHttpResponse response = m_client->request("POST", accessListPath, json({cidrEntry("10.0.0.0/40")}));
        QCOMPARE(response.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("The address 10.0.0.0/40 must be in valid IP address or CIDR notation."));
    }

    void create_commentOfEightyCharacters_isAccepted()
    {
        // Characters, not UTF-16 units: 79 letters and one emoji (two units) make 80.
        const QString comment = QString(79, QLatin1Char('c')) + QString::fromUtf8("\xF0\x9F\x94\x97");
        QCOMPARE(comment.size(), 81);
        const RawHttpResponse response =
            m_client->request("POST", accessListPath, json({cidrEntry(QStringLiteral("10.0.0.0/16"), comment)}));
        QCOMPARE(response.status, 200);
        QCOMPARE(resultsOf(response).first().toObject().value(QStringLiteral("comment")).toString(), comment);
    }

    void create_oneBadEntryAmongGood_addsNoneAndChangesNoComment()
    {
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.1.0.0/16", "first")})).status, 200);
        const RawHttpResponse refused = m_client->request(
            "POST", accessListPath,
            json({cidrEntry("10.1.0.0/16", "changed"), cidrEntry("10.2.0.0/16"), cidrEntry("10.3.0.0/99")}));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_IP_ADDRESS_OR_CIDR_NOTATION"));
        const QJsonArray results = resultsOf(m_client->request("GET", accessListPath));
        QCOMPARE(cidrsOf(results), QStringList{"10.1.0.0/16"});
        QCOMPARE(results.first().toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("first"));
    }

    void create_existingBlock_updatesItsCommentWithoutDuplicate()
    {
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.1.0.0/16", "first")})).status, 200);
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.9.0.0/16")})).status, 200);
        // Host bits set name the same block: still no duplicate.
        const RawHttpResponse again =
            m_client->request("POST", accessListPath, json({cidrEntry("10.1.2.3/16", "second")}));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("totalCount")).toInt(), 2);
        QCOMPARE(cidrsOf(resultsOf(again)), (QStringList{"10.1.0.0/16", "10.9.0.0/16"}));
        const QJsonObject entry = m_client->request("GET", accessListPath + "/10.1.0.0%2F16").json();
        QCOMPARE(entry.value(QStringLiteral("comment")).toString(), QStringLiteral("second"));
    }

    void create_securityGroupWithAwsPeering_isAccepted()
    {
        m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Aws, 1);
        const RawHttpResponse response = m_client->request(
            "POST", accessListPath, json({QJsonObject{{QStringLiteral("awsSecurityGroup"), "sg-0123abcd"}}}));
        QCOMPARE(response.status, 200);
        const QJsonObject entry = resultsOf(response).first().toObject();
        QCOMPARE(entry.value(QStringLiteral("awsSecurityGroup")).toString(), QStringLiteral("sg-0123abcd"));
        QVERIFY(!entry.contains(QStringLiteral("cidrBlock")));
        QCOMPARE(m_client->request("GET", accessListPath + "/sg-0123abcd/status").status, 200);
    }

    void create_securityGroupWithPeeringOfAnotherCloud_isRefused()
    {
        m_server->seedPeers(SandboxSeed::demoGroupId, Provider::Gcp, 1);
        QCOMPARE(m_client
                     ->request("POST", accessListPath,
                               json({QJsonObject{{QStringLiteral("awsSecurityGroup"), "sg-0123abcd"}}}))
                     .errorCode(),
                 QStringLiteral("CANNOT_USE_AWS_SECURITY_GROUP_WITHOUT_VPC_PEERING_CONNECTION"));
    }

    void status_newEntry_isPendingForOneStatusStepThenActive()
    {
        SandboxClock &clock = *m_server->clock();
        clock.freeze();
        m_server->setStatusStepMs(3000);
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.20.0.0/16")})).status, 200);
        const QByteArray statusPath = accessListPath + "/10.20.0.0%2F16/status";
        const RawHttpResponse pending = m_client->request("GET", statusPath);
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json(), (QJsonObject{{QStringLiteral("STATUS"), QStringLiteral("PENDING")}}));
        clock.advance(2999);
        QCOMPARE(m_client->request("GET", statusPath).json().value(QStringLiteral("STATUS")).toString(),
                 QStringLiteral("PENDING"));
        // Updating the comment is no new entry: the status keeps its course.
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.20.0.0/16", "later")})).status, 200);
        clock.advance(1);
        QCOMPARE(m_client->request("GET", statusPath).json().value(QStringLiteral("STATUS")).toString(),
                 QStringLiteral("ACTIVE"));
    }

    void delete_existing_answers204ThenNotFound()
    {
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.20.0.0/16"), cidrEntry("10.30.0.0/16")}))
                     .status,
                 200);
        const QByteArray entryPath = accessListPath + "/10.20.0.0%2F16";
        const RawHttpResponse deleted = m_client->request("DELETE", entryPath);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(!deleted.headers.contains("content-length"));
        const RawHttpResponse gone = m_client->request("GET", entryPath);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCode(), QStringLiteral("ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND"));
        QCOMPARE(gone.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("IP Address 10.20.0.0/16 not on Atlas access list for group %1.")
                     .arg(SandboxSeed::demoGroupId));
        QCOMPARE(gone.json().value(QStringLiteral("parameters")).toArray(),
                 (QJsonArray{QStringLiteral("10.20.0.0/16"), SandboxSeed::demoGroupId}));
        QCOMPARE(m_client->request("GET", entryPath + "/status").errorCode(),
                 QStringLiteral("ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND"));
        QCOMPARE(m_client->request("DELETE", entryPath).status, 404);
        QCOMPARE(cidrsOf(resultsOf(m_client->request("GET", accessListPath))), QStringList{"10.30.0.0/16"});
    }

    void entryPath_badValues_areRefused_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("a slash not encoded is another path")
            << QByteArray("/10.20.0.0/16") << 404 << "RESOURCE_NOT_FOUND";
        QTest::newRow("a value that is no address")
            << QByteArray("/not-an-address") << 400 << "INVALID_IP_ADDRESS_OR_CIDR_NOTATION";
        QTest::newRow("an address never added")
            << QByteArray("/10.99.0.0%2F16") << 404 << "ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND";
    }

    void entryPath_badValues_areRefused()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.20.0.0/16")})).status, 200);
        const RawHttpResponse response = m_client->request("GET", accessListPath + suffix);
        QCOMPARE(response.status, status);
        QCOMPARE(response.errorCode(), errorCode);
    }

    void list_manyEntries_pagesWithLinksAndCount()
    {
        QJsonArray entries;
        for (int i = 0; i < 120; ++i)
            entries.append(cidrEntry(QStringLiteral("10.%1.%2.0/24").arg(i / 100).arg(i % 100)));
        const RawHttpResponse created = m_client->request("POST", accessListPath, json(entries));
        QCOMPARE(created.status, 200);
        // The answer to a POST is the list's first page, not the whole list.
        QCOMPARE(created.json().value(QStringLiteral("totalCount")).toInt(), 120);
        QCOMPARE(resultsOf(created).size(), 100);

        QSet<QString> seen;
        const QList<int> sizes{50, 50, 20};
        for (int page = 1; page <= 3; ++page) {
            const QJsonObject body =
                m_client->request("GET", accessListPath + "?itemsPerPage=50&pageNum=" + QByteArray::number(page))
                    .json();
            QCOMPARE(body.value(QStringLiteral("totalCount")).toInt(), 120);
            const QJsonArray results = body.value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), sizes.at(page - 1));
            for (const QString &cidr : cidrsOf(results))
                seen.insert(cidr);
            QStringList rels{QStringLiteral("self")};
            if (page > 1)
                rels.append(QStringLiteral("previous"));
            if (page < 3)
                rels.append(QStringLiteral("next"));
            QCOMPARE(relsOf(body), rels);
        }
        QCOMPARE(seen.size(), 120);
        const QJsonObject uncounted = m_client->request("GET", accessListPath + "?includeCount=false").json();
        QVERIFY(!uncounted.contains(QStringLiteral("totalCount")));
    }

    void writes_readOnlyProject_answer403()
    {
        const QByteArray readOnly = "/api/atlas/v2/groups/" + SandboxSeed::readOnlyGroupId.toLatin1() + "/accessList";
        const RawHttpResponse post = m_client->request("POST", readOnly, json({cidrEntry("10.20.0.0/16")}));
        QCOMPARE(post.status, 403);
        QCOMPARE(post.errorCode(), QStringLiteral("USER_CANNOT_ACCESS_GROUP"));
        QCOMPARE(m_client->request("DELETE", readOnly + "/10.20.0.0%2F16").status, 403);
        const RawHttpResponse list = m_client->request("GET", readOnly);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("totalCount")).toInt(), 0);
    }

    void writes_emptyBucket_answer429AsPeersDo()
    {
        m_server->setRateLimit(2, 6);
        QCOMPARE(m_client->request("POST", accessListPath, json({cidrEntry("10.20.0.0/16")})).status, 200);
        QCOMPARE(m_client->request("DELETE", accessListPath + "/10.20.0.0%2F16").status, 204);
        const RawHttpResponse limited = m_client->request("POST", accessListPath, json({cidrEntry("10.21.0.0/16")}));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QCOMPARE(m_client->request("GET", accessListPath).status, 200); // reads are not limited
    }

    void request_withoutCredentials_isChallenged()
    {
        const RawHttpResponse response = m_client->requestWithAuthorization("GET", accessListPath, {});
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("www-authenticate").startsWith("Digest "));
    }

    void request_unknownGroup_answersGroupNotFound()
    {
        const RawHttpResponse response = m_client->request(
            "POST", "/api/atlas/v2/groups/aaaaaaaaaaaaaaaaaaaaaaaa/accessList", json({cidrEntry("10.20.0.0/16")}));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorCode(), QStringLiteral("GROUP_NOT_FOUND"));
    }

    void accept_versionOfClusters_isNotOneOfTheAccessList()
    {
        const RawHttpResponse response =
            m_client->request("GET", accessListPath, {}, {{"Accept", "application/vnd.atlas.2024-08-05+json"}});
        QCOMPARE(response.status, 406);
        QCOMPARE(response.errorCode(), QStringLiteral("INVALID_VERSION_DATE"));
        QCOMPARE(response.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("The version 2024-08-05 is not supported by this resource; supported: 2023-01-01."));
    }

    void wrongMethod_answers405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("PUT on the list") << QByteArray("PUT") << QByteArray() << QByteArray("GET, POST");
        QTest::newRow("POST on an entry")
            << QByteArray("POST") << QByteArray("/10.0.0.0%2F16") << QByteArray("GET, DELETE");
        QTest::newRow("DELETE on a status")
            << QByteArray("DELETE") << QByteArray("/10.0.0.0%2F16/status") << QByteArray("GET");
    }

    void wrongMethod_answers405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, allow);
        const RawHttpResponse response = m_client->request(method, accessListPath + suffix, "[]");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), allow);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxAccessList)
#include "TestSandboxAccessList.moc"
