// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP/1.1 request parser on its own, byte by byte where it matters (the socket-level behaviour is
// in TestSandboxHttp; tests/fuzz/fuzz_http_request.cpp fuzzes the same class).
#include "HttpRequestParser.h"

#include <QTest>

using namespace PeeringDesk;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void request_fedOneByteAtATime_isTheSameAsAtOnce()
    {
        const QByteArray wire =
            "\r\nPOST /api/x?a=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhelloGET /y HTTP/1.0\r\n\r\n";
        HttpRequestParser parser;
        QList<HttpRequest> requests;
        for (const char byte : wire) {
            parser.append(QByteArrayView(&byte, 1));
            while (parser.parseNext() == HttpRequestParser::Result::Request) {
                requests.append(parser.takeRequest());
            }
        }
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path(), QStringLiteral("/api/x"));
        QCOMPARE(requests.at(0).header("host"), QByteArray("h"));
        QCOMPARE(requests.at(0).body, QByteArray("hello"));
        QCOMPARE(requests.at(1).target, QByteArray("/y"));
        QVERIFY(requests.at(1).wantsClose());
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void contentLength_notPlainDigits_orConflicting_is400_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("plus sign") << QByteArray("Content-Length: +5\r\n");
        QTest::newRow("minus sign") << QByteArray("Content-Length: -1\r\n");
        QTest::newRow("hexadecimal") << QByteArray("Content-Length: 0x5\r\n");
        QTest::newRow("inner space") << QByteArray("Content-Length: 5 5\r\n");
        QTest::newRow("list") << QByteArray("Content-Length: 5, 5\r\n");
        QTest::newRow("empty") << QByteArray("Content-Length:\r\n");
        QTest::newRow("two different values") << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n");
    }
    void contentLength_notPlainDigits_orConflicting_is400()
    {
        QFETCH(QByteArray, headers);
        HttpRequestParser parser;
        parser.append(QByteArray("POST / HTTP/1.1\r\n" + headers + "\r\nhello!"));
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Error);
        QCOMPARE(parser.failure().status, 400);
        // Failing is for good: nothing after a framing error is trusted.
        parser.append("GET / HTTP/1.1\r\n\r\n");
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Error);
    }

    void contentLength_repeatedWithTheSameValue_isAccepted()
    {
        HttpRequestParser parser;
        parser.append("POST / HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\nhello");
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Request);
        QCOMPARE(parser.takeRequest().body, QByteArray("hello"));
    }

    void contentLength_hugeNumber_is413NotAnOverflow()
    {
        HttpRequestParser parser;
        parser.append("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999999\r\n\r\n");
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Error);
        QCOMPARE(parser.failure().status, 413);
    }

    void expectContinue_isAskedForOnceBeforeTheBody()
    {
        HttpRequestParser parser;
        parser.append("PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::NeedMore);
        QVERIFY(parser.takeContinueNeeded());
        QVERIFY(!parser.takeContinueNeeded());
        parser.append("ok");
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Request);
        QCOMPARE(parser.takeRequest().body, QByteArray("ok"));
    }

    void headerWithoutEnd_over64KiB_is431()
    {
        HttpRequestParser parser;
        parser.append(QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(HttpRequestParser::maxHeaderBytes, 'a')));
        QCOMPARE(parser.parseNext(), HttpRequestParser::Result::Error);
        QCOMPARE(parser.failure().status, 431);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
