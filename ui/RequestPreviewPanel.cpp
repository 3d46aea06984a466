// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPreviewPanel.h"

#include "ui_RequestPreviewPanel.h"

#include "provisioning/AccessListExporter.h"
#include "provisioning/RequestExporter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>

namespace PeeringDesk {

RequestPreviewPanel::RequestPreviewPanel(QWidget *parent)
    : QWidget(parent)
{}

RequestPreviewPanel::~RequestPreviewPanel() = default;

void RequestPreviewPanel::ensureUi()
{
    if (m_ui) {
        return;
    }
    m_ui = std::make_unique<Ui::RequestPreviewPanel>();
    m_ui->setupUi(this);
    m_ui->previewTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_ui->formatComboBox->setCurrentIndex(static_cast<int>(m_format));
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_format = static_cast<Format>(index);
        refresh();
    });
    connect(m_ui->copyButton, &QToolButton::clicked, this, &RequestPreviewPanel::copy);
}

void RequestPreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureUi();
    if (m_stale) {
        refresh();
    }
}

void RequestPreviewPanel::setRequest(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options,
                                     Credentials::Kind auth, const std::optional<AccessListRequest> &accessList)
{
    m_accessList = accessList;
    m_request = request;
    m_baseUrl = baseUrl;
    m_options = options;
    m_auth = auth;
    // Every keystroke sets the request: only a preview on screen is worth rendering.
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void RequestPreviewPanel::setFormat(Format format)
{
    m_format = format;
    if (m_ui) {
        m_ui->formatComboBox->setCurrentIndex(static_cast<int>(format));
    }
}

RequestPreviewPanel::Format RequestPreviewPanel::format() const
{
    return m_format;
}

QString RequestPreviewPanel::text() const
{
    return render(m_format, nullptr);
}

QString RequestPreviewPanel::render(Format format, QStringList *notes) const
{
    Export result;
    switch (format) {
    case Format::Http:
        result = RequestExporter::preview(m_request, m_baseUrl, m_options, m_auth);
        break;
    case Format::Curl:
        result = RequestExporter::curl(m_request, m_baseUrl, m_options, m_auth);
        break;
    case Format::AtlasCli:
        result = RequestExporter::atlasCli(m_request);
        break;
    case Format::Terraform:
        result = RequestExporter::terraform(m_request);
        break;
    }
    if (m_accessList && !m_accessList->ranges().isEmpty()) {
        const QString groupId = m_request.groupIdCleaned();
        Export entry;
        switch (format) {
        case Format::Http:
            entry = AccessListExporter::preview(groupId, *m_accessList, m_baseUrl, m_auth);
            break;
        case Format::Curl:
            entry = AccessListExporter::curl(groupId, *m_accessList, m_baseUrl, m_auth);
            break;
        case Format::AtlasCli:
            entry = AccessListExporter::atlasCli(groupId, *m_accessList);
            break;
        case Format::Terraform:
            entry = AccessListExporter::terraform(groupId, *m_accessList);
            break;
        }
        // A "#" line is a comment in every one of these formats, so the text can still be pasted as it is.
        result.text +=
            QStringLiteral("\n\n# ") + tr("Then the IP access list entry:") + QStringLiteral("\n") + entry.text;
        result.notes.append(tr("Create sends the access list entry once the peering is created, and only the ranges "
                               "no entry of the project allows yet."));
        for (const QString &note : std::as_const(entry.notes)) {
            if (!result.notes.contains(note)) {
                result.notes.append(note);
            }
        }
    }
    if (notes) {
        *notes = result.notes;
    }
    return result.text;
}

void RequestPreviewPanel::refresh()
{
    if (!m_ui) {
        return;
    }
    m_stale = false;
    QStringList notes;
    const QString text = render(format(), &notes);
    if (text != m_ui->previewTextEdit->toPlainText()) {
        m_ui->previewTextEdit->setPlainText(text);
    }
    if (!m_request.isValid()) {
        notes.prepend(tr("The form still has problems: this is what it would send once they are fixed."));
    }
    m_ui->notesLabel->setText(notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!notes.isEmpty());
}

void RequestPreviewPanel::copy()
{
    copyAs(format());
}

void RequestPreviewPanel::copyAs(Format format)
{
    QApplication::clipboard()->setText(render(format, nullptr));
    static const char *const names[] = {QT_TR_NOOP("the HTTP request"), QT_TR_NOOP("the curl command"),
                                        QT_TR_NOOP("the Atlas CLI command"), QT_TR_NOOP("the Terraform resource")};
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard.").arg(tr(names[static_cast<int>(format)])));
}

} // namespace PeeringDesk
