// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/DigestSession.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace PeeringDesk {

namespace {

// key=value and key="quoted value" pairs, comma separated; a backslash escapes the next character in quotes.
QHash<QByteArray, QByteArray> parseParameters(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == ' ' || text.at(i) == ',' || text.at(i) == '\t')) {
            ++i;
        }
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != '=' && text.at(i) != ',') {
            ++i;
        }
        const QByteArray key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || text.at(i) != '=') {
            continue; // a bare token: not part of any parameter we use
        }
        ++i;
        QByteArray value;
        if (i < n && text.at(i) == '"') {
            ++i;
            while (i < n && text.at(i) != '"') {
                if (text.at(i) == '\\' && i + 1 < n) {
                    ++i;
                }
                value.append(text.at(i));
                ++i;
            }
            ++i; // the closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && text.at(i) != ',') {
                ++i;
            }
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty()) {
            result.insert(key, value);
        }
    }
    return result;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

} // namespace

std::optional<DigestSession> DigestSession::fromChallenge(const QByteArray &wwwAuthenticate)
{
    const QByteArray trimmed = wwwAuthenticate.trimmed();
    if (!trimmed.toLower().startsWith("digest ")) {
        return std::nullopt;
    }
    const QHash<QByteArray, QByteArray> p = parseParameters(trimmed.mid(7));
    DigestSession session;
    session.m_realm = p.value("realm");
    session.m_nonce = p.value("nonce");
    session.m_opaque = p.value("opaque");
    session.m_stale = p.value("stale").compare("true", Qt::CaseInsensitive) == 0;
    const QByteArray algorithm = p.value("algorithm", "MD5");
    if (algorithm.compare("MD5", Qt::CaseInsensitive) == 0) {
        session.m_algorithm = QCryptographicHash::Md5;
        session.m_algorithmName = "MD5";
    } else if (algorithm.compare("SHA-256", Qt::CaseInsensitive) == 0) {
        session.m_algorithm = QCryptographicHash::Sha256;
        session.m_algorithmName = "SHA-256";
    } else {
        return std::nullopt;
    }
    bool offersAuth = false;
    for (const QByteArray &qop : p.value("qop").split(',')) {
        offersAuth = offersAuth || qop.trimmed().compare("auth", Qt::CaseInsensitive) == 0;
    }
    if (!offersAuth || session.m_nonce.isEmpty() || !p.contains("realm")) {
        return std::nullopt;
    }
    // These go back into our Authorization header: a control character there could split it into two headers.
    for (const QByteArray *value : {&session.m_realm, &session.m_nonce, &session.m_opaque}) {
        if (std::any_of(value->cbegin(), value->cend(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; })) {
            return std::nullopt;
        }
    }
    return session;
}

QByteArray DigestSession::hash(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, m_algorithm).toHex();
}

QByteArray DigestSession::authorization(const QByteArray &method, const QByteArray &uri, const QString &user,
                                        const QString &password)
{
    ++m_nonceCount;
    const QByteArray nc = QByteArray::number(m_nonceCount, 16).rightJustified(8, '0');
    quint32 random[2];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray cnonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
    const QByteArray ha1 = hash(user.toUtf8() + ':' + m_realm + ':' + password.toUtf8());
    const QByteArray ha2 = hash(method + ':' + uri);
    const QByteArray response = hash(ha1 + ':' + m_nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2);

    QByteArray header = "Digest username=" + quoted(user.toUtf8()) + ", realm=" + quoted(m_realm) +
                        ", nonce=" + quoted(m_nonce) + ", uri=" + quoted(uri) + ", algorithm=" + m_algorithmName +
                        ", response=" + quoted(response) + ", qop=auth, nc=" + nc + ", cnonce=" + quoted(cnonce);
    if (!m_opaque.isEmpty()) {
        header += ", opaque=" + quoted(m_opaque);
    }
    return header;
}

} // namespace PeeringDesk
