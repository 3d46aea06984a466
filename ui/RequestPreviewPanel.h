// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/AccessListRequest.h"
#include "model/PeeringRequest.h"
#include "transport/RequestOptions.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RequestPreviewPanel;
}

namespace PeeringDesk {

/// The request preview (RequestPreviewPanel.ui): the exact method, URL and body Create sends, or the same
/// request as curl, Atlas CLI or Terraform, with what each tool cannot express; then the access list entry the form
/// also asks for, in the same format. Never shows a secret.
class RequestPreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreviewPanel)

public:
    enum class Format { Http, Curl, AtlasCli, Terraform };

    explicit RequestPreviewPanel(QWidget *parent = nullptr);
    ~RequestPreviewPanel() override;

    /// `accessList`: the form's access list entry, sent right after the peering is created; shown after it.
    void setRequest(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options, Credentials::Kind auth,
                    const std::optional<AccessListRequest> &accessList = std::nullopt);
    void setFormat(Format format);
    Format format() const;
    QString text() const;
    /// Copies the current format's text; copyAs() copies another format without switching.
    void copy();
    void copyAs(Format format);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureUi();
    void refresh();
    QString render(Format format, QStringList *notes) const;

    /// Built when the tab is first shown: most sessions never open it, and the start stays light.
    std::unique_ptr<Ui::RequestPreviewPanel> m_ui;
    Format m_format = Format::Http;
    bool m_stale = true;
    PeeringRequest m_request;
    QUrl m_baseUrl;
    RequestOptions m_options;
    Credentials::Kind m_auth = Credentials::Kind::ApiKey;
    std::optional<AccessListRequest> m_accessList;
};

} // namespace PeeringDesk
