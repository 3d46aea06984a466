// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPanel.h"

#include "ui_ResultsPanel.h"

#include "peering/FailureText.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QStyle>

namespace PeeringDesk {

namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString httpStatusText(int status)
{
    if (status == 0) {
        return QCoreApplication::translate("ResultsPanel", "no HTTP answer");
    }
    static const QHash<int, const char *> reasons{{200, "OK"},
                                                  {201, "Created"},
                                                  {202, "Accepted"},
                                                  {400, "Bad Request"},
                                                  {401, "Unauthorized"},
                                                  {403, "Forbidden"},
                                                  {404, "Not Found"},
                                                  {405, "Method Not Allowed"},
                                                  {406, "Not Acceptable"},
                                                  {409, "Conflict"},
                                                  {413, "Payload Too Large"},
                                                  {415, "Unsupported Media Type"},
                                                  {429, "Too Many Requests"},
                                                  {500, "Internal Server Error"},
                                                  {502, "Bad Gateway"},
                                                  {503, "Service Unavailable"},
                                                  {504, "Gateway Timeout"}};
    const char *reason = reasons.value(status, nullptr);
    return reason ? QStringLiteral("%1 %2").arg(status).arg(QLatin1String(reason)) : QString::number(status);
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsPanel>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawTextEdit->setFont(fixed);
    // Inside a scroll area nothing needs to be squeezed: these keep a readable height and scroll on their own.
    m_ui->rawTextEdit->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * 12);
    m_ui->violationsList->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    const QIcon copyIcon = QIcon::fromTheme(QStringLiteral("edit-copy"));
    for (QToolButton *button : {m_ui->copyPeeringIdButton, m_ui->copyConnectionIdButton, m_ui->copyContainerIdButton,
                                m_ui->copyErrorCodeButton, m_ui->copyRawButton}) {
        button->setIcon(copyIcon);
    }

    connect(m_ui->copyPeeringIdButton, &QToolButton::clicked, this, &ResultsPanel::copyPeeringId);
    connect(m_ui->copyConnectionIdButton, &QToolButton::clicked, this,
            [this] { copy(m_ui->connectionIdValue->text(), tr("connection ID")); });
    connect(m_ui->copyContainerIdButton, &QToolButton::clicked, this,
            [this] { copy(m_ui->containerIdValue->text(), tr("container ID")); });
    connect(m_ui->copyErrorCodeButton, &QToolButton::clicked, this,
            [this] { copy(m_ui->errorCodeValue->text(), tr("error code")); });
    connect(m_ui->copyRawButton, &QToolButton::clicked, this, &ResultsPanel::copyRawResponse);
    connect(m_ui->rawToggleButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->rawTextEdit->setVisible(shown);
        m_ui->rawToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->rawToggleButton->setText(shown ? tr("Hide &Raw Response") : tr("Show &Raw Response"));
    });
    connect(m_ui->openConnectionButton, &QPushButton::clicked, this, &ResultsPanel::connectionSettingsRequested);
    showEmpty();
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::showPage(QWidget *page)
{
    // Pages in a plain box rather than a stack: only the one on show takes room, at the height its text needs.
    for (QWidget *each : {m_ui->emptyPage, m_ui->successPage, m_ui->failurePage}) {
        each->setVisible(each == page);
    }
    m_ui->detailStack->setVisible(true);
}

void ResultsPanel::setValue(QLabel *label, const QString &text)
{
    label->setText(text);
    // A label with an accessible name of its own reads out only that name: the value goes in the description.
    label->setAccessibleDescription(text);
}

void ResultsPanel::setTitle(const QString &title, const QString &message)
{
    m_ui->openConnectionButton->setVisible(false); // shown again only by the failures it helps with
    setValue(m_ui->titleLabel, title);
    setValue(m_ui->messageLabel, message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

QString ResultsPanel::headline() const
{
    return m_ui->titleLabel->text();
}

QWidget *ResultsPanel::headlineLabel() const
{
    return m_ui->titleLabel;
}

void ResultsPanel::showEmpty()
{
    m_ui->emptyLabel->setText(tr("Fill in the form and press Create Peering. The created peering and its status, "
                                 "or the error Atlas returned, will appear here."));
    setTitle(tr("No request sent yet"), {});
    showPage(m_ui->emptyPage);
    setRaw(SubmitOutcome());
}

void ResultsPanel::showNotSent()
{
    setTitle(tr("Not sent yet"), {});
    m_ui->emptyLabel->setText(tr("Press Create Peering to send this request to Atlas. The created peering with its "
                                 "status and the steps left in your cloud, or the error Atlas returned, will "
                                 "appear here."));
    showPage(m_ui->emptyPage);
    setRaw(SubmitOutcome());
}

void ResultsPanel::showBusy(const QString &title, const QString &message)
{
    setTitle(title, message);
    showPage(m_ui->emptyPage);
    m_ui->emptyLabel->setText(QString());
    setRaw(SubmitOutcome());
}

void ResultsPanel::setRaw(const SubmitOutcome &outcome)
{
    m_raw = outcome.rawBody;
    // Indented for reading; the copy button still copies the bytes exactly as received.
    m_ui->rawTextEdit->setPlainText(outcome.prettyBody());
    m_ui->rawToggleButton->setEnabled(!m_raw.isEmpty());
    m_ui->copyRawButton->setEnabled(!m_raw.isEmpty());
    if (m_raw.isEmpty()) {
        m_ui->rawToggleButton->setChecked(false);
    }
}

void ResultsPanel::showOutcome(const SubmitOutcome &outcome)
{
    m_ui->emptyLabel->setText(tr("Fill in the form and press Create Peering. The created peering and its status, "
                                 "or the error Atlas returned, will appear here."));
    if (outcome.kind == SubmitOutcome::Kind::Created && outcome.peering) {
        showCreated(outcome);
    } else {
        showFailure(outcome);
    }
}

void ResultsPanel::showCreated(const SubmitOutcome &outcome)
{
    m_existing = false;
    showPeeringFields(*outcome.peering);
    m_ui->successHttpStatusValue->setText(httpStatusText(outcome.httpStatus));
    showPage(m_ui->successPage);
    setRaw(outcome);
}

void ResultsPanel::showPeering(const Peering &peering)
{
    m_ui->emptyLabel->setText(QString());
    m_existing = true;
    showPeeringFields(peering);
    SubmitOutcome listed;
    listed.kind = SubmitOutcome::Kind::Created;
    listed.peering = peering;
    listed.httpStatus = 200;
    listed.rawBody = QJsonDocument(peering.json()).toJson(QJsonDocument::Compact);
    m_ui->successHttpStatusValue->setText(httpStatusText(listed.httpStatus));
    showPage(m_ui->successPage);
    setRaw(listed);
}

void ResultsPanel::followStatus(const Peering &peering)
{
    if (m_ui->successPage->isHidden() || peering.id() != m_ui->peeringIdValue->text()) {
        return; // a status of another peering than the one on show has nothing to say here
    }
    showPeeringFields(peering);
}

QString ResultsPanel::peeringHeadline(const Peering &peering) const
{
    return m_existing ? tr("Peering %1: %2").arg(peering.id(), orNone(peering.status()))
                      : tr("Peering created: %1").arg(orNone(peering.status()));
}

void ResultsPanel::showPeeringFields(const Peering &peering)
{
    setTitle(peeringHeadline(peering), nextSteps(peering));
    m_ui->peeringIdValue->setText(peering.id());
    m_ui->providerValue->setText(peering.provider() ? providerDisplayName(*peering.provider()) : tr("unknown"));
    m_ui->statusValue->setText(orNone(peering.status()));
    m_ui->connectionIdValue->setText(orNone(peering.connectionId()));
    m_ui->copyConnectionIdButton->setEnabled(!peering.connectionId().isEmpty());
    m_ui->containerIdValue->setText(orNone(peering.containerId()));
    m_ui->accepterRegionValue->setText(peering.accepterRegionIsContainerRegion()
                                           ? tr("same as the container (Atlas returns null)")
                                           : orNone(peering.accepterRegionName()));
    const bool aws = peering.provider() == Provider::Aws;
    m_ui->accepterRegionLabel->setVisible(aws);
    m_ui->accepterRegionValue->setVisible(aws);
    m_ui->connectionIdLabel->setVisible(aws);
    m_ui->connectionIdField->setVisible(aws);
    m_ui->errorStateValue->setText(orNone(peering.errorState()));
    m_ui->nextStepsLabel->setVisible(false);
}

QString ResultsPanel::nextSteps(const Peering &peering) const
{
    const Provider provider = peering.provider().value_or(Provider::Aws);
    switch (peering.phase()) {
    case Peering::Phase::InProgress:
        if (provider == Provider::Aws) {
            return tr("Atlas is setting up its side. Next it waits for you to accept the peering request in your "
                      "AWS account (status PENDING_ACCEPTANCE).");
        }
        if (provider == Provider::Gcp) {
            return tr("Atlas is setting up its side. Next, create the matching peering from your Google Cloud "
                      "network to Atlas's (status WAITING_FOR_USER).");
        }
        return tr("Atlas is peering with your VNet. The status becomes AVAILABLE when it is done.");
    case Peering::Phase::NeedsUserAction:
        if (provider == Provider::Aws) {
            return tr("Accept peering connection %1 in the AWS VPC console within 7 days, then add a route to the "
                      "Atlas CIDR in your route tables.")
                .arg(orNone(peering.connectionId()));
        }
        return tr("Create the matching peering from your Google Cloud network to Atlas's network; Atlas then "
                  "finishes the connection.");
    case Peering::Phase::Available:
        return tr("The peering is available: traffic can flow once routes and firewall rules allow it.");
    case Peering::Phase::Failed:
        return tr("The peering failed: %1").arg(orNone(peering.errorState()));
    case Peering::Phase::Deleting:
        return tr("The peering is being deleted.");
    case Peering::Phase::Unknown:
        break;
    }
    return tr("Atlas reported a status this version of Peering Desk does not know.");
}

void ResultsPanel::showFailure(const SubmitOutcome &outcome)
{
    if (outcome.kind == SubmitOutcome::Kind::NotSent && outcome.notSent) {
        // Nothing reached Atlas: the connection's or the keychain's own words are all there is to show.
        const ConnectionFailure &notSent = *outcome.notSent;
        const QString said =
            notSent.keychain.backendError.isEmpty()
                ? QString()
                : QStringLiteral("\n\n") + tr("The keychain said: %1").arg(notSent.keychain.backendError);
        setTitle(notSent.kind == ConnectionFailure::Kind::Keychain       ? tr("Credentials unavailable")
                 : notSent.kind == ConnectionFailure::Kind::NoConnection ? tr("No profile")
                                                                         : tr("Not sent"),
                 notSent.message + said);
        m_ui->openConnectionButton->setVisible(true);
        m_ui->emptyLabel->setText(QString());
        showPage(m_ui->emptyPage);
        m_ui->detailStack->setVisible(false); // nothing more to show than the message
        setRaw(SubmitOutcome());
        return;
    }

    const RequestFailure failure =
        outcome.failure.value_or(RequestFailure(RequestFailure::Kind::InvalidResponse, outcome.url));
    QString message = FailureText::explain(failure, FailureText::Act::Create);
    if (failure.kind() == RequestFailure::Kind::Authentication && !outcome.profile.isEmpty()) {
        message += QLatin1Char(' ') + tr("Profile: \"%1\".").arg(outcome.profile);
    }
    setTitle(FailureText::title(failure, FailureText::Act::Create), message);
    m_ui->failureHttpStatusValue->setText(httpStatusText(failure.httpStatus()));
    const auto &apiError = failure.apiError();
    m_ui->errorCodeValue->setText(apiError ? orNone(apiError->errorCode()) : QStringLiteral("—"));
    m_ui->copyErrorCodeButton->setEnabled(apiError && !apiError->errorCode().isEmpty());
    m_ui->reasonValue->setText(apiError ? orNone(apiError->reason()) : QStringLiteral("—"));
    setValue(m_ui->detailValue, apiError ? orNone(apiError->detail()) : orNone(failure.detail()));
    setValue(m_ui->parametersValue, apiError ? orNone(apiError->parametersText()) : QStringLiteral("—"));
    m_ui->violationsList->clear();
    const QList<FieldViolation> violations = apiError ? apiError->fieldViolations() : QList<FieldViolation>();
    for (const FieldViolation &violation : violations) {
        m_ui->violationsList->addItem(tr("%1: %2").arg(violation.field, violation.description));
    }
    m_ui->violationsLabel->setVisible(!violations.isEmpty());
    m_ui->violationsList->setVisible(!violations.isEmpty());
    m_ui->openConnectionButton->setVisible(
        failure.kind() == RequestFailure::Kind::Authentication || failure.kind() == RequestFailure::Kind::Credentials ||
        failure.kind() == RequestFailure::Kind::Redirect || failure.kind() == RequestFailure::Kind::Tls);
    showPage(m_ui->failurePage);
    setRaw(outcome);
}

QString ResultsPanel::peeringId() const
{
    return m_ui->successPage->isHidden() ? QString() : m_ui->peeringIdValue->text();
}

void ResultsPanel::copyPeeringId()
{
    copy(peeringId(), tr("peering ID"));
}

void ResultsPanel::copyRawResponse()
{
    copy(QString::fromUtf8(m_raw), tr("response"));
}

void ResultsPanel::copy(const QString &text, const QString &what)
{
    if (text.isEmpty() || text == QStringLiteral("—")) {
        return;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied the %1 to the clipboard.").arg(what));
}

} // namespace PeeringDesk
