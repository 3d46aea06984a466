// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Peering.h"
#include "provisioning/PlanItem.h"
#include "provisioning/SavedForm.h"

#include <QHash>
#include <QObject>
#include <QTime>

#include <functional>
#include <optional>

class QTimer;

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class FormDocument;
class FormPlanReader;
class PeeringSubmitter;
struct ConnectionFailure;
struct SubmitOutcome;

/// The window's plan and apply of its form, by the rules of --plan and --apply (FormPlanReader, RateLimitRetry):
/// Check Against Atlas marks each request in the request list (exists, to create, differs, conflict, invalid), and
/// Create All Missing sends the missing ones one after the other through the window's own Create, so each gets its
/// usual outcome, then checks again. What a check found holds only for a request that has not changed since.
class FormPlanControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPlanControls)

public:
    struct Window
    {
        /// Create for the request being edited; false when the window's checks kept it from being sent.
        std::function<bool()> send;
        /// Keeps the form from being edited while Create All Missing goes from request to request.
        std::function<void(bool locked)> lock;
    };

    FormPlanControls(FormPlanReader *reader, PeeringSubmitter *submitter, FormDocument *document, Ui::MainWindow *ui,
                     Window window, QObject *parent = nullptr);

    /// The peering Atlas has for `saved`, when the last check found it exists and `saved` has not changed since.
    std::optional<Peering> existingPeering(const SavedRequest &saved) const;
    void check();
    /// Forgets what the last check found (another connection, another form).
    void forget();
    /// A form opened from a file is checked as soon as there is somewhere to check it (the sandbox started).
    void checkIfOpened();
    bool isApplying() const { return m_applying; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);
    /// The last check or apply changed what the request list says.
    void planChanged();

private:
    /// The check's finding for request `index` of `requests` (the form as it is now), unless it changed since.
    std::optional<PlanItem> currentItem(const QList<SavedRequest> &requests, int index) const;
    void onChecked(const QList<PlanItem> &items, const std::optional<ConnectionFailure> &notSent);
    void decorate();
    void showSummary();
    void apply();
    void sendCurrent();
    void onSubmitted(const SubmitOutcome &outcome);
    void next();
    void stop(const QString &why);
    static QString stateText(const PlanItem &item);
    static QString details(const PlanItem &item);

    FormPlanReader *m_reader;
    PeeringSubmitter *m_submitter;
    FormDocument *m_document;
    Ui::MainWindow *m_ui;
    Window m_window;
    QTimer *m_retryTimer;

    QList<PlanItem> m_items;
    /// The requests as they were when checked.
    QList<SavedRequest> m_checked;
    QTime m_checkedAt;
    QString m_notSent;

    bool m_applying = false;
    QList<int> m_queue;
    int m_total = 0;
    int m_current = -1;
    int m_retries = 0;
    int m_created = 0;
    /// What Create All Missing did to each request it sent: shown in the list until the next check.
    QHash<int, QString> m_results;
    QStringList m_failures;
};

} // namespace PeeringDesk
