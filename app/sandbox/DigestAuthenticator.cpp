// SPDX-License-Identifier: GPL-3.0-or-later
#include "DigestAuthenticator.h"

#include "SandboxClock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace PeeringDesk {

namespace {

// Hostile clients can make us issue challenges forever; cap what we remember.
constexpr qsizetype maxRememberedNonces = 10000;

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

/// Splits `a="x", b=y` into a map. Quoted values may contain commas and backslash escapes.
QHash<QByteArray, QByteArray> parseDigestParameters(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> parameters;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i] == ' ' || text[i] == ',' || text[i] == '\t'))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text[i] != '=' && text[i] != ',')
            ++i;
        const QByteArray key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || text[i] != '=') {
            continue;
        }
        ++i;
        QByteArray value;
        if (i < n && text[i] == '"') {
            ++i;
            while (i < n && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < n)
                    ++i;
                value += text[i];
                ++i;
            }
            ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != ',')
                ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            parameters.insert(key, value);
    }
    return parameters;
}

} // namespace

DigestAuthenticator::DigestAuthenticator(const SandboxClock &clock)
    : m_clock(clock)
{}

QByteArray DigestAuthenticator::challenge(bool stale)
{
    forgetOldNonces();
    QByteArray nonceBytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonceBytes.data()), 4);
    const QByteArray nonce = nonceBytes.toHex();
    m_nonces.insert(nonce, NonceState{m_clock.nowMs(), 0, {}});
    return QByteArrayLiteral("Digest realm=\"") + realm + "\", domain=\"\", nonce=\"" + nonce +
           "\", algorithm=MD5, qop=\"auth\", stale=" + (stale ? "true" : "false");
}

DigestAuthenticator::Verdict DigestAuthenticator::verify(const QByteArray &method, const QByteArray &requestTarget,
                                                         const QByteArray &authorization, const QString &user,
                                                         const QString &password)
{
    if (!authorization.startsWith("Digest "))
        return Verdict::Rejected;
    const auto p = parseDigestParameters(authorization.mid(7));
    const QByteArray nonce = p.value("nonce");
    const auto known = m_nonces.find(nonce);
    if (known == m_nonces.end())
        return Verdict::Rejected;
    if (p.value("username") != user.toUtf8() || p.value("realm") != realm || p.value("qop") != "auth")
        return Verdict::Rejected;
    const QByteArray algorithm = p.value("algorithm", "MD5");
    if (algorithm.compare("MD5", Qt::CaseInsensitive) != 0)
        return Verdict::Rejected;
    // The digest covers the uri parameter; it must name the resource actually requested, or a captured header
    // could be replayed against another path.
    if (p.value("uri") != requestTarget)
        return Verdict::Rejected;
    bool ncOk = false;
    const quint64 nc = p.value("nc").toULongLong(&ncOk, 16);
    if (!ncOk || p.value("cnonce").isEmpty())
        return Verdict::Rejected;

    const QByteArray ha1 = md5Hex(user.toUtf8() + ':' + realm + ':' + password.toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + p.value("uri"));
    const QByteArray expected =
        md5Hex(ha1 + ':' + nonce + ':' + p.value("nc") + ':' + p.value("cnonce") + ":auth:" + ha2);
    if (expected != p.value("response").toLower())
        return Verdict::Rejected;
    if (m_clock.nowMs() - known->issuedAtMs > m_nonceLifetimeMs)
        return Verdict::Stale;
    // The same response twice is a captured header played again. The set is bounded: a client that sends
    // this many requests on one nonce gets a fresh one (stale=true) instead.
    constexpr qsizetype maxResponsesPerNonce = 4096;
    if (known->seenResponses.contains(p.value("response").toLower()))
        return Verdict::Rejected;
    if (known->seenResponses.size() >= maxResponsesPerNonce)
        return Verdict::Stale;
    known->seenResponses.insert(p.value("response").toLower());
    known->highestNc = qMax(known->highestNc, nc);
    return Verdict::Accepted;
}

void DigestAuthenticator::forgetOldNonces()
{
    const qint64 now = m_clock.nowMs();
    // Expired nonces are kept a while longer so a late client still gets stale=true rather than a plain refusal.
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (now - it->issuedAtMs > 4 * m_nonceLifetimeMs)
            it = m_nonces.erase(it);
        else
            ++it;
    }
    if (m_nonces.size() >= maxRememberedNonces)
        m_nonces.clear();
}

} // namespace PeeringDesk
