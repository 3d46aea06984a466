// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace PeeringDesk {

class AtlasApi;
class AtlasReply;
class PagedFetch;

/// The handle of one AtlasApi call in flight: a list over every page, or a single request.
///
/// The typed result goes to the callback given to AtlasApi, exactly once, never from inside the call that started
/// or cancelled it; finished() follows. The call is a child of the context object given to AtlasApi, so the answer
/// never reaches an object that is gone: destroying the context aborts the call without a report. It deletes
/// itself once it has reported; hold it in a QPointer.
class AtlasCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtlasCall)

public:
    ~AtlasCall() override;

    bool isRunning() const { return m_running; }
    /// Aborts the request in flight. The callback still comes, once, with a Cancelled failure.
    void cancel();
    /// Aborts without any report, for a caller that no longer wants the answer (a newer call replaces it). Safe at
    /// any time, from the call's own callback included.
    void abandon();

    /// What to show while waiting(seconds) runs its course.
    static QString waitingMessage(int seconds);

Q_SIGNALS:
    /// Atlas asked to wait (429 or 503 with Retry-After) before the next page; the list goes on after `seconds`.
    void waiting(int seconds);
    /// After the callback. Not emitted for an abandoned call.
    void finished();

private:
    friend class AtlasApi;

    explicit AtlasCall(QObject *context);
    /// `deliver` reads the finished reply and calls the caller's callback; the reply is deleted after it.
    void follow(AtlasReply *reply, std::function<void()> deliver);
    /// Takes `fetch` as a child and starts it; `deliver` reads it once it has finished.
    void follow(PagedFetch *fetch, std::function<void()> deliver);
    void complete();

    QPointer<AtlasReply> m_reply;
    QPointer<PagedFetch> m_fetch;
    std::function<void()> m_deliver;
    bool m_running = true;
    bool m_abandoned = false;
};

} // namespace PeeringDesk
