// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QByteArray>

#include <algorithm>

namespace PeeringDesk {

namespace {

struct Entry
{
    const char *name;
    QVariant defaultValue;
};

Entry entry(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::BaseUrl:
        return {"connection/baseUrl", QStringLiteral("https://cloud.mongodb.com")};
    case AppSettings::Key::LastGroupId:
        return {"form/groupId", QString()};
    case AppSettings::Key::LastContainerId:
        return {"form/containerId", QString()};
    case AppSettings::Key::LastProvider:
        return {"form/provider", QStringLiteral("AWS")};
    case AppSettings::Key::Envelope:
        return {"request/envelope", false};
    case AppSettings::Key::Pretty:
        return {"request/pretty", false};
    case AppSettings::Key::TimeoutSeconds:
        return {"connection/timeoutSeconds", 30};
    case AppSettings::Key::WindowGeometry:
        return {"window/geometry", QByteArray()};
    case AppSettings::Key::WindowState:
        return {"window/state", QByteArray()};
    case AppSettings::Key::SplitterState:
        return {"window/splitter", QByteArray()};
    case AppSettings::Key::ActiveProfile:
        return {"profiles/active", QString()};
    case AppSettings::Key::RecentFiles:
        return {"files/recent", QStringList()};
    case AppSettings::Key::DraftForm:
        return {"form/draft", QString()};
    case AppSettings::Key::Language:
        return {"ui/language", QString()};
    }
    return {"", {}};
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const Entry e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::TimeoutSeconds).toInt(&ok);
    return ok ? std::clamp(seconds, minTimeoutSeconds, maxTimeoutSeconds)
              : entry(Key::TimeoutSeconds).defaultValue.toInt();
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const Entry e = entry(key);
    if (m_settings->value(QLatin1String(e.name), e.defaultValue) == value) {
        return;
    }
    m_settings->setValue(QLatin1String(e.name), value);
    Q_EMIT changed(key);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
    Q_EMIT changed(key);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace PeeringDesk
