// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of HTTP Digest, checked against the sandbox's own server side (DigestAuthenticator) and against
// the challenges a server may send.
#include "DigestAuthenticator.h"
#include "SandboxClock.h"
#include "transport/DigestSession.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace PeeringDesk;

namespace {

QHash<QByteArray, QByteArray> fields(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> result;
    static const QRegularExpression pair(QStringLiteral("(\\w+)=(?:\"([^\"]*)\"|([^\\s,]*))"));
    auto it = pair.globalMatch(QString::fromUtf8(header.mid(7)));
    while (it.hasNext()) {
        const auto match = it.next();
        result.insert(match.captured(1).toUtf8(),
                      (match.captured(2).isEmpty() ? match.captured(3) : match.captured(2)).toUtf8());
    }
    return result;
}

} // namespace

class TestDigestSession : public QObject
{
    Q_OBJECT

private slots:
    void atlasChallenge_isAnswered_andTheServerAccepts()
    {
        SandboxClock clock;
        DigestAuthenticator server(clock);
        auto session = DigestSession::fromChallenge(server.challenge(false));
        QVERIFY(session);
        QVERIFY(!session->isStale());
        const QByteArray target = "/api/atlas/v2/groups/5f0a1b2c3d4e5f6a7b8c9d0e/peers?pretty=true";
        const QByteArray header = session->authorization("POST", target, QStringLiteral("pub"), QStringLiteral("priv"));
        QCOMPARE(server.verify("POST", target, header, QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Accepted);
        // The same header again is a replay, and a wrong key or another path is refused.
        QCOMPARE(server.verify("POST", target, header, QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Rejected);
        const QByteArray other = session->authorization("POST", target, QStringLiteral("pub"), QStringLiteral("no"));
        QCOMPARE(server.verify("POST", target, other, QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Rejected);
        const QByteArray moved =
            session->authorization("GET", "/api/atlas/v2/groups", QStringLiteral("pub"), QStringLiteral("priv"));
        QCOMPARE(server.verify("GET", "/api/atlas/v2/groups/x", moved, QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Rejected);
    }

    void nonceOlderThanItsLifetime_isStale_untilANewOneIsIssued()
    {
        SandboxClock clock;
        clock.freeze();
        DigestAuthenticator server(clock);
        server.setNonceLifetimeMs(1000);
        auto session = DigestSession::fromChallenge(server.challenge(false));
        QVERIFY(session);
        const QByteArray target = "/api/atlas/v2/groups";
        auto sign = [&session, &target] {
            return session->authorization("GET", target, QStringLiteral("pub"), QStringLiteral("priv"));
        };
        clock.advance(1000); // the last millisecond of its life
        QCOMPARE(server.verify("GET", target, sign(), QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Accepted);
        clock.advance(1);
        QCOMPARE(server.verify("GET", target, sign(), QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Stale);
        // A wrong key stays a refusal, however old the nonce: stale must not invite a retry with the same key.
        QCOMPARE(server.verify("GET", target,
                               session->authorization("GET", target, QStringLiteral("pub"), QStringLiteral("wrong")),
                               QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Rejected);
        const QByteArray fresh = server.challenge(true);
        QVERIFY(fresh.contains("stale=true"));
        session = DigestSession::fromChallenge(fresh);
        QVERIFY(session);
        QVERIFY(session->isStale());
        QCOMPARE(server.verify("GET", target, sign(), QStringLiteral("pub"), QStringLiteral("priv")),
                 DigestAuthenticator::Verdict::Accepted);
    }

    void everyRequest_takesTheNextNonceCount_andAFreshCnonce()
    {
        auto session = DigestSession::fromChallenge("Digest realm=\"MMS Public API\", nonce=\"abc\", qop=\"auth\"");
        QVERIFY(session);
        const auto first = fields(session->authorization("GET", "/a", QStringLiteral("u"), QStringLiteral("p")));
        const auto second = fields(session->authorization("GET", "/a", QStringLiteral("u"), QStringLiteral("p")));
        QCOMPARE(first.value("nc"), QByteArray("00000001"));
        QCOMPARE(second.value("nc"), QByteArray("00000002"));
        QCOMPARE(session->nonceCount(), 2u);
        QVERIFY(first.value("cnonce") != second.value("cnonce"));
        QCOMPARE(first.value("cnonce").size(), 16);
        QVERIFY(first.value("response") != second.value("response"));
        // RFC 7616 §3.4.1 by hand, for one of them.
        const auto md5 = [](const QByteArray &text) {
            return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
        };
        const QByteArray expected =
            md5(md5("u:MMS Public API:p") + ":abc:00000001:" + first.value("cnonce") + ":auth:" + md5("GET:/a"));
        QCOMPARE(first.value("response"), expected);
        QCOMPARE(first.value("uri"), QByteArray("/a"));
        QCOMPARE(first.value("qop"), QByteArray("auth"));
        QCOMPARE(first.value("algorithm"), QByteArray("MD5"));
    }

    void challenges_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<bool>("answerable");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QByteArray>("algorithm");
        QTest::newRow("Atlas, as documented") << QByteArray("Digest realm=\"MMS Public API\", domain=\"\", "
                                                            "nonce=\"n1\", algorithm=MD5, qop=\"auth\", stale=false")
                                              << true << false << QByteArray("MD5");
        QTest::newRow("stale nonce") << QByteArray("Digest realm=\"r\", nonce=\"n2\", qop=\"auth\", stale=TRUE") << true
                                     << true << QByteArray("MD5");
        QTest::newRow("qop list with auth-int first")
            << QByteArray("Digest realm=\"r\", nonce=\"n3\", qop=\"auth-int, auth\"") << true << false
            << QByteArray("MD5");
        QTest::newRow("SHA-256 and opaque")
            << QByteArray("digest realm=\"r\", nonce=\"n4\", qop=\"auth\", algorithm=SHA-256, opaque=\"o\"") << true
            << false << QByteArray("SHA-256");
        QTest::newRow("escaped quote in realm")
            << QByteArray("Digest realm=\"a \\\"quoted\\\" realm\", nonce=\"n5\", qop=\"auth\"") << true << false
            << QByteArray("MD5");
        QTest::newRow("Basic") << QByteArray("Basic realm=\"r\"") << false << false << QByteArray();
        QTest::newRow("Bearer") << QByteArray("Bearer") << false << false << QByteArray();
        QTest::newRow("no qop (RFC 2069)")
            << QByteArray("Digest realm=\"r\", nonce=\"n\"") << false << false << QByteArray();
        QTest::newRow("auth-int only") << QByteArray("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"") << false
                                       << false << QByteArray();
        QTest::newRow("MD5-sess") << QByteArray("Digest realm=\"r\", nonce=\"n\", qop=\"auth\", algorithm=MD5-sess")
                                  << false << false << QByteArray();
        QTest::newRow("no nonce") << QByteArray("Digest realm=\"r\", qop=\"auth\"") << false << false << QByteArray();
        QTest::newRow("no realm") << QByteArray("Digest nonce=\"n\", qop=\"auth\"") << false << false << QByteArray();
        QTest::newRow("empty") << QByteArray() << false << false << QByteArray();
        QTest::newRow("line break in the nonce, to split our header")
            << QByteArray("Digest realm=\"r\", nonce=\"n\r\nX-Injected: 1\", qop=\"auth\"") << false << false
            << QByteArray();
        QTest::newRow("NUL in the realm")
            << QByteArray("Digest realm=\"r\0x\", nonce=\"n\", qop=\"auth\"", 41) << false << false << QByteArray();
        QTest::newRow("unterminated quote")
            << QByteArray("Digest realm=\"r, nonce=\"n\", qop=\"auth") << false << false << QByteArray();
    }
    void challenges()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(bool, answerable);
        QFETCH(bool, stale);
        QFETCH(QByteArray, algorithm);
        auto session = DigestSession::fromChallenge(challenge);
        QCOMPARE(session.has_value(), answerable);
        if (!session) {
            return;
        }
        QCOMPARE(session->isStale(), stale);
        const auto header = fields(session->authorization("GET", "/x", QStringLiteral("u"), QStringLiteral("p")));
        QCOMPARE(header.value("algorithm"), algorithm);
        QCOMPARE(header.value("response").size(), algorithm == "SHA-256" ? 64 : 32);
        QCOMPARE(header.value("opaque").isEmpty(), !challenge.contains("opaque"));
    }

    void userWithAQuote_isEscapedInTheHeader()
    {
        auto session = DigestSession::fromChallenge("Digest realm=\"r\", nonce=\"n\", qop=\"auth\"");
        QVERIFY(session);
        const QByteArray header = session->authorization("GET", "/x", QStringLiteral("a\"b"), QStringLiteral("p"));
        QVERIFY2(header.startsWith("Digest username=\"a\\\"b\", realm=\"r\""), header.constData());
    }
};

QTEST_GUILESS_MAIN(TestDigestSession)
#include "TestDigestSession.moc"
