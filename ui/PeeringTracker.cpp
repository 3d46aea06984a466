// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringTracker.h"

#include "ui_PeeringTracker.h"

#include "CommandBlock.h"
#include "StepView.h"
#include "UiLog.h"
#include "peering/FailureText.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PeeringDesk {

PeeringTracker::PeeringTracker(AtlasApi *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeeringTracker>())
    , m_watcher(new PeeringWatcher(api, this))
{
    m_ui->setupUi(this);
    // Five lines of history in view; a longer one scrolls inside the list, never squeezed below that.
    m_ui->timelineList->setFixedHeight(m_ui->timelineList->fontMetrics().lineSpacing() * 5 +
                                       2 * m_ui->timelineList->frameWidth() + 8);
    m_ui->doneButton->setVisible(false);
    // Outside a dialog a push button answers Space only; auto-default ones answer Enter too, as keyboard users expect.
    m_ui->doneButton->setAutoDefault(true);
    m_ui->deadlineLabel->setVisible(false);
    m_ui->failureLabel->setVisible(false);
    connect(m_watcher, &PeeringWatcher::statusChanged, this, &PeeringTracker::onStatus);
    connect(m_watcher, &PeeringWatcher::stateChanged, this, &PeeringTracker::onState);
    connect(m_watcher, &PeeringWatcher::retrying, this, [this](const QString &reason, int delayMs) {
        addTimelineLine(tr("%1 Next check in %n second(s).", nullptr, (delayMs + 999) / 1000).arg(reason),
                        style()->standardIcon(QStyle::SP_MessageBoxWarning));
    });
    connect(m_watcher, &PeeringWatcher::failed, this, [this](const RequestFailure &failure) {
        setLabel(m_ui->failureLabel, FailureText::explain(failure));
        m_ui->failureLabel->setVisible(true);
        addTimelineLine(FailureText::title(failure), style()->standardIcon(QStyle::SP_MessageBoxCritical));
    });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] {
        m_ui->doneButton->setEnabled(false);
        addTimelineLine(tr("You said the step in the cloud is done; following again."),
                        style()->standardIcon(QStyle::SP_DialogApplyButton));
        if (m_watcher->lastPeering()) {
            Q_EMIT userActionConfirmed(*m_watcher->lastPeering());
        }
        m_watcher->resume();
    });
}

PeeringTracker::~PeeringTracker() = default;

void PeeringTracker::track(const QString &groupId, const Peering &peering, const std::optional<Container> &container)
{
    clear();
    m_container = container;
    setLabel(
        m_ui->trackerTitleLabel,
        tr("Peering %1 (%2)")
            .arg(peering.id(), peering.provider() ? providerDisplayName(*peering.provider()) : tr("unknown provider")));
    m_watcher->watch(groupId, peering.id());
}

void PeeringTracker::cancel()
{
    m_watcher->cancel();
}

void PeeringTracker::clear()
{
    m_watcher->cancel();
    m_container.reset();
    m_deadline = {};
    m_ui->timelineList->clear();
    m_ui->failureLabel->setVisible(false);
    m_ui->deadlineLabel->setVisible(false);
    m_ui->doneButton->setVisible(false);
    setLabel(m_ui->trackerTitleLabel, QString());
    setLabel(m_ui->trackerStateLabel, QString());
    clearSteps();
}

void PeeringTracker::setLabel(QLabel *label, const QString &text)
{
    label->setText(text);
    // The label's accessible name says what it is; the description is what a screen reader reads as its value.
    label->setAccessibleDescription(text);
}

void PeeringTracker::showAzurePreparation(const AzurePeeringRequest &request)
{
    clear();
    setLabel(m_ui->trackerTitleLabel, tr("Before you create the Azure peering"));
    setLabel(m_ui->trackerStateLabel, tr("Atlas needs permission to peer with your VNet. Run these once, then "
                                         "create the peering."));
    showSteps(NextSteps::azureBeforeSubmit(request));
}

QStringList PeeringTracker::commands() const
{
    return m_commands;
}

QStringList PeeringTracker::timeline() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->timelineList->count(); ++i) {
        lines.append(m_ui->timelineList->item(i)->text());
    }
    return lines;
}

QString PeeringTracker::failureText() const
{
    return m_ui->failureLabel->isVisibleTo(this) ? m_ui->failureLabel->text() : QString();
}

void PeeringTracker::addTimelineLine(const QString &text, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, text, m_ui->timelineList);
    m_ui->timelineList->scrollToItem(item);
}

void PeeringTracker::onStatus(const Peering &peering, const QDateTime &seenAt)
{
    const QString time = QLocale().toString(seenAt.toLocalTime().time(), QLocale::ShortFormat);
    QStyle::StandardPixmap icon = QStyle::SP_ArrowRight;
    switch (peering.phase()) {
    case Peering::Phase::Available:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Peering::Phase::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Peering::Phase::NeedsUserAction:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    default:
        break;
    }
    addTimelineLine(tr("%1  %2").arg(time, peering.status()), style()->standardIcon(icon));
    Q_EMIT statusSeen(peering);

    if (peering.phase() == Peering::Phase::NeedsUserAction) {
        showSteps(NextSteps::forPeering(peering, m_container));
        const QString cloud = peering.provider() ? providerDisplayName(*peering.provider()) : tr("the cloud");
        m_ui->doneButton->setText(tr("I Have Done This in %1").arg(cloud));
        m_ui->doneButton->setEnabled(true);
        m_ui->doneButton->setVisible(true);
        if (peering.provider() == Provider::Aws && !m_deadline.isValid()) {
            m_deadline = NextSteps::awsAcceptanceDeadline(seenAt);
            setLabel(m_ui->deadlineLabel, tr("Accept connection %1 in AWS before %2, or AWS expires the request.")
                                              .arg(peering.connectionId(),
                                                   QLocale().toString(m_deadline.toLocalTime(), QLocale::LongFormat)));
            m_ui->deadlineLabel->setVisible(true);
        }
    } else if (peering.phase() == Peering::Phase::Failed) {
        setLabel(m_ui->failureLabel, NextSteps::failureExplanation(peering));
        m_ui->failureLabel->setVisible(true);
        m_ui->doneButton->setVisible(false);
        m_ui->deadlineLabel->setVisible(false);
    } else if (peering.phase() == Peering::Phase::Available) {
        clearSteps();
        m_ui->doneButton->setVisible(false);
        m_ui->deadlineLabel->setVisible(false);
    }
}

void PeeringTracker::onState(PeeringWatcher::State state)
{
    QString text;
    switch (state) {
    case PeeringWatcher::State::Idle:
        text = tr("Not following.");
        break;
    case PeeringWatcher::State::Following:
        text = tr("Following the peering; Atlas is working on it.");
        break;
    case PeeringWatcher::State::WaitingForUser:
        text = tr("Waiting for you: do the step below in your cloud, then press the button.");
        break;
    case PeeringWatcher::State::Available:
        text = tr("The peering is available.");
        break;
    case PeeringWatcher::State::Failed:
        text = tr("The peering failed.");
        break;
    case PeeringWatcher::State::Gone:
        text = tr("Atlas no longer knows this peering; it may have been deleted.");
        break;
    case PeeringWatcher::State::Error:
        text = tr("Stopped following because of an error.");
        break;
    }
    setLabel(m_ui->trackerStateLabel, text);
    if ((state == PeeringWatcher::State::Available || state == PeeringWatcher::State::Failed) &&
        m_watcher->lastPeering()) {
        Q_EMIT settled(*m_watcher->lastPeering());
    }
}

void PeeringTracker::clearSteps()
{
    m_commands.clear();
    QLayout *layout = m_ui->stepsWidget->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide(); // out of the layout now, so out of sight now, not at the next turn of the loop
            widget->deleteLater();
        }
        delete item;
    }
}

void PeeringTracker::showSteps(const QList<NextStep> &steps)
{
    clearSteps();
    auto *layout = qobject_cast<QVBoxLayout *>(m_ui->stepsWidget->layout());
    int number = 1;
    for (const NextStep &step : steps) {
        auto *view = new StepView(step, tr("%1. %2").arg(number).arg(step.title), tr("Copy Command %1").arg(number),
                                  m_ui->stepsWidget);
        view->commandBlock()->setObjectName(QStringLiteral("commandBlock%1").arg(number));
        view->commandBlock()->setAccessibleName(tr("Command %1: %2").arg(number).arg(step.title));
        // Each button names its own command: a screen reader hears which one it copies, not "Copy" three times.
        QPushButton *copy = view->copyButton();
        copy->setObjectName(QStringLiteral("copyCommandButton%1").arg(number));
        copy->setAccessibleName(tr("Copy command %1: %2").arg(number).arg(step.title));
        copy->setToolTip(copy->accessibleName());
        const QString what = step.title;
        connect(view, &StepView::copied, this,
                [this, what] { Q_EMIT statusMessage(tr("Copied the command: %1.").arg(what)); });
        layout->addWidget(view);
        m_commands.append(step.command);
        ++number;
    }
    qCDebug(lcUi) << "showing" << steps.size() << "next steps";
}

} // namespace PeeringDesk
