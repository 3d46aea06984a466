// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AtlasCall.h"

#include "transport/AtlasReply.h"
#include "transport/PagedFetch.h"

#include <utility>

namespace PeeringDesk {

AtlasCall::AtlasCall(QObject *context)
    : QObject(context)
{}

AtlasCall::~AtlasCall()
{
    // The reply belongs to AtlasClient and would outlive us: stop it, and make sure it cannot call back.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
    // m_fetch is a child: its destructor aborts its page without a report.
}

void AtlasCall::cancel()
{
    if (!m_running) {
        return;
    }
    // Both report through their finished() with a Cancelled failure, which complete() delivers.
    if (m_reply) {
        m_reply->cancel();
    } else if (m_fetch) {
        m_fetch->cancel();
    }
}

void AtlasCall::abandon()
{
    m_abandoned = true;
    m_deliver = nullptr;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_fetch) {
        m_fetch->disconnect(this);
    }
    m_running = false;
    // Later, not now: abandon() may run inside our own complete(), or inside a signal of the fetch we own.
    deleteLater();
}

QString AtlasCall::waitingMessage(int seconds)
{
    return PagedFetch::waitingMessage(seconds);
}

void AtlasCall::follow(AtlasReply *reply, std::function<void()> deliver)
{
    m_reply = reply;
    m_deliver = std::move(deliver);
    connect(reply, &AtlasReply::finished, this, [this, reply] {
        m_reply = nullptr;
        reply->deleteLater(); // deferred: `deliver` still reads it
        complete();
    });
}

void AtlasCall::follow(PagedFetch *fetch, std::function<void()> deliver)
{
    fetch->setParent(this);
    m_fetch = fetch;
    m_deliver = std::move(deliver);
    connect(fetch, &PagedFetch::waiting, this, &AtlasCall::waiting);
    connect(fetch, &PagedFetch::finished, this, &AtlasCall::complete);
    fetch->start();
}

void AtlasCall::complete()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    // Taken out first: the callback may destroy its context, and us with it.
    const std::function<void()> deliver = std::exchange(m_deliver, nullptr);
    const QPointer<AtlasCall> self(this);
    if (deliver) {
        deliver();
    }
    if (!self || m_abandoned) {
        return;
    }
    Q_EMIT finished();
    if (self) {
        deleteLater();
    }
}

} // namespace PeeringDesk
