// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Ipv4Cidr.h"

#include <QTest>

using PeeringDesk::Ipv4Cidr;

class TestIpv4Cidr : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("a canonical /16 parses") << "10.0.0.0/16" << true << "10.0.0.0/16";
        QTest::newRow("host bits are kept but flagged") << "10.0.1.0/16" << true << "10.0.0.0/16";
        QTest::newRow("a /32 is a block") << "192.168.1.7/32" << true << "192.168.1.7/32";
        QTest::newRow("/0 is a block") << "0.0.0.0/0" << true << "0.0.0.0/0";
        QTest::newRow("no prefix is not a CIDR") << "10.0.0.0" << false << "";
        QTest::newRow("prefix above 32") << "10.0.0.0/33" << false << "";
        QTest::newRow("octet above 255") << "10.0.256.0/24" << false << "";
        QTest::newRow("leading zero octet") << "10.00.0.0/24" << false << "";
        QTest::newRow("leading zero prefix") << "10.0.0.0/08" << false << "";
        QTest::newRow("three octets") << "10.0.0/24" << false << "";
        QTest::newRow("five octets") << "10.0.0.0.0/24" << false << "";
        QTest::newRow("empty octet") << "10..0.0/24" << false << "";
        QTest::newRow("IPv6") << "fd00::/64" << false << "";
        QTest::newRow("url-encoded slash") << "10.0.0.0%2F24" << false << "";
        QTest::newRow("signs") << "+10.0.0.0/24" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto cidr = Ipv4Cidr::parse(text);
        QCOMPARE(cidr.has_value(), valid);
        if (valid) {
            QCOMPARE(cidr->canonical().toString(), canonical);
            QCOMPARE(cidr->isCanonical(), text == canonical);
        }
    }

    void isPrivate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("10/8 itself") << "10.0.0.0/8" << true;
        QTest::newRow("inside 10/8") << "10.20.0.0/16" << true;
        QTest::newRow("172.16/12 itself") << "172.16.0.0/12" << true;
        QTest::newRow("top of 172.16/12") << "172.31.255.0/24" << true;
        QTest::newRow("just above 172.16/12") << "172.32.0.0/16" << false;
        QTest::newRow("192.168/16") << "192.168.10.0/24" << true;
        QTest::newRow("wider than 10/8") << "10.0.0.0/7" << false;
        QTest::newRow("public") << "8.8.8.0/24" << false;
        QTest::newRow("shared address space is not RFC 1918") << "100.64.0.0/10" << false;
    }
    void isPrivate()
    {
        QFETCH(QString, text);
        QFETCH(bool, isPrivate);
        QCOMPARE(Ipv4Cidr::parse(text)->isPrivate(), isPrivate);
    }

    void overlaps_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("same block") << "10.0.0.0/24"
                                    << "10.0.0.0/24" << true;
        QTest::newRow("nested") << "10.0.0.0/16"
                                << "10.0.5.0/24" << true;
        QTest::newRow("adjacent") << "10.0.0.0/24"
                                  << "10.0.1.0/24" << false;
        QTest::newRow("disjoint") << "192.168.0.0/21"
                                  << "10.0.0.0/8" << false;
    }
    void overlaps()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, overlap);
        QCOMPARE(Ipv4Cidr::parse(a)->overlaps(*Ipv4Cidr::parse(b)), overlap);
        QCOMPARE(Ipv4Cidr::parse(b)->overlaps(*Ipv4Cidr::parse(a)), overlap);
    }
};

QTEST_GUILESS_MAIN(TestIpv4Cidr)
#include "TestIpv4Cidr.moc"
