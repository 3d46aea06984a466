// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretServiceLookup.h"

#include "StoreLog.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace PeeringDesk {

namespace {

const QString service = QStringLiteral("org.freedesktop.secrets");
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString itemInterface = QStringLiteral("org.freedesktop.Secret.Item");
const QString sessionInterface = QStringLiteral("org.freedesktop.Secret.Session");

using StringMap = QMap<QString, QString>;

} // namespace

SecretServiceLookup::SecretServiceLookup(QObject *parent)
    : QObject(parent)
{
    qDBusRegisterMetaType<StringMap>();
}

void SecretServiceLookup::lookup(const QMap<QString, QString> &attributes, Callback callback)
{
    m_attributes = attributes;
    m_callback = std::move(callback);
    // "plain": the secret crosses the private session bus unencrypted, as libsecret does by default locally.
    QDBusMessage open =
        QDBusMessage::createMethodCall(service, servicePath, serviceInterface, QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(open), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &SecretServiceLookup::onSessionOpened);
}

void SecretServiceLookup::onSessionOpened(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().size() < 2) {
        finish(std::nullopt,
               reply.errorMessage().isEmpty() ? tr("the Secret Service did not answer") : reply.errorMessage());
        return;
    }
    m_session = reply.arguments().at(1).value<QDBusObjectPath>().path();
    QDBusMessage search =
        QDBusMessage::createMethodCall(service, servicePath, serviceInterface, QStringLiteral("SearchItems"));
    search << QVariant::fromValue(StringMap(m_attributes));
    auto *next = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(search), this);
    connect(next, &QDBusPendingCallWatcher::finished, this, &SecretServiceLookup::onItemsFound);
}

void SecretServiceLookup::onItemsFound(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
    if (reply.isError()) {
        finish(std::nullopt, reply.error().message());
        return;
    }
    const QList<QDBusObjectPath> unlocked = reply.argumentAt<0>();
    const QList<QDBusObjectPath> locked = reply.argumentAt<1>();
    if (unlocked.isEmpty()) {
        finish(std::nullopt, locked.isEmpty() ? QString() : tr("the entry is in a locked keyring; unlock it first"));
        return;
    }
    QDBusMessage get =
        QDBusMessage::createMethodCall(service, unlocked.first().path(), itemInterface, QStringLiteral("GetSecret"));
    get << QVariant::fromValue(QDBusObjectPath(m_session));
    auto *next = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get), this);
    connect(next, &QDBusPendingCallWatcher::finished, this, &SecretServiceLookup::onSecretRead);
}

void SecretServiceLookup::onSecretRead(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
        finish(std::nullopt, reply.errorMessage());
        return;
    }
    // The Secret struct (oayays): session, parameters, value, content type.
    const QDBusArgument argument = reply.arguments().at(0).value<QDBusArgument>();
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
    argument.beginStructure();
    argument >> session >> parameters >> value >> contentType;
    argument.endStructure();
    finish(QString::fromUtf8(value), {});
}

void SecretServiceLookup::finish(const std::optional<QString> &secret, const QString &error)
{
    if (!m_session.isEmpty()) {
        QDBusConnection::sessionBus().asyncCall(
            QDBusMessage::createMethodCall(service, m_session, sessionInterface, QStringLiteral("Close")));
        m_session.clear();
    }
    if (!error.isEmpty()) {
        qCInfo(lcStore) << "secret service lookup failed:" << error;
    }
    if (auto callback = std::exchange(m_callback, nullptr)) {
        callback(secret, error);
    }
}

} // namespace PeeringDesk
