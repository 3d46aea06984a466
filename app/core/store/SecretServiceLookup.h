// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QDBusPendingCallWatcher;

namespace PeeringDesk {

/// Looks up one secret by its attributes in the freedesktop Secret Service, over D-Bus, asynchronously.
///
/// QtKeychain only finds entries it wrote itself (its own attribute schema); other programs' entries, such
/// as the Atlas CLI's (service=atlascli_<profile>, username=<property>), need this generic lookup.
class SecretServiceLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretServiceLookup)

public:
    /// The secret, or nothing; `error` is empty when the entry simply does not exist.
    using Callback = std::function<void(const std::optional<QString> &secret, const QString &error)>;

    explicit SecretServiceLookup(QObject *parent = nullptr);

    /// One lookup at a time per object; calls back exactly once.
    void lookup(const QMap<QString, QString> &attributes, Callback callback);

private:
    void onSessionOpened(QDBusPendingCallWatcher *watcher);
    void onItemsFound(QDBusPendingCallWatcher *watcher);
    void onSecretRead(QDBusPendingCallWatcher *watcher);
    void finish(const std::optional<QString> &secret, const QString &error);

    QMap<QString, QString> m_attributes;
    Callback m_callback;
    QString m_session;
};

} // namespace PeeringDesk
