// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDocumentControls.h"

#include "ui_MainWindow.h"

#include "ConnectionChooser.h"
#include "FormDocument.h"

#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

namespace PeeringDesk {

FormDocumentControls::FormDocumentControls(FormDocument *document, ConnectionChooser *connection, Ui::MainWindow *ui,
                                           QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_connection(connection)
    , m_ui(ui)
    , m_window(window)
{
    const std::tuple<QAction *, QKeySequence::StandardKey, const char *> actions[] = {
        {m_ui->newAction, QKeySequence::New, "document-new"},
        {m_ui->openAction, QKeySequence::Open, "document-open"},
        {m_ui->saveAction, QKeySequence::Save, "document-save"},
        {m_ui->saveAsAction, QKeySequence::SaveAs, "document-save-as"}};
    for (const auto &[action, key, icon] : actions) {
        action->setShortcuts(key);
        action->setIcon(QIcon::fromTheme(QLatin1String(icon)));
    }
    connect(m_ui->newAction, &QAction::triggered, document,
            [document] { document->maybeDiscard([document] { document->newForm(); }); });
    connect(m_ui->openAction, &QAction::triggered, document,
            [document] { document->maybeDiscard([document] { document->showOpenDialog(); }); });
    connect(m_ui->saveAction, &QAction::triggered, document, [document] { document->save(); });
    connect(m_ui->saveAsAction, &QAction::triggered, document, [document] { document->saveAs(); });
    connect(m_ui->requestComboBox, &QComboBox::activated, document, &FormDocument::chooseRequest);
    connect(m_ui->addRequestButton, &QToolButton::clicked, document, &FormDocument::addRequest);
    connect(m_ui->removeRequestButton, &QToolButton::clicked, document, &FormDocument::removeRequest);
    connect(document, &FormDocument::requestsChanged, this, &FormDocumentControls::showRequests);
    connect(document, &FormDocument::recentFilesChanged, this, &FormDocumentControls::rebuildRecentMenu);
    connect(document, &FormDocument::titleChanged, this, &FormDocumentControls::updateTitle);
    connect(connection, &ConnectionChooser::choiceChanged, this, &FormDocumentControls::updateTitle);
    rebuildRecentMenu();
    updateTitle();
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

void FormDocumentControls::showRequests()
{
    QComboBox *combo = m_ui->requestComboBox;
    combo->clear();
    combo->addItems(m_document->requestLabels());
    combo->setCurrentIndex(m_document->requestIndex());
    // While the form is locked (Create All Missing runs) the list of requests must not change under it.
    m_ui->removeRequestButton->setEnabled(m_document->requestCount() > 1 && combo->isEnabled());
}

void FormDocumentControls::rebuildRecentMenu()
{
    QMenu *menu = m_ui->recentMenu;
    menu->clear();
    const QStringList recent = m_document->recentFiles();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_document, [this, path] { m_document->maybeOpen(path); });
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear the List")), &QAction::triggered, m_document,
                &FormDocument::clearRecentFiles);
    }
    menu->setEnabled(!recent.isEmpty());
}

void FormDocumentControls::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    m_window->setWindowFilePath(path);
    // The application's name comes last and once: the platform appends the display name only to a title that
    // does not already end with it.
    m_window->setWindowTitle(tr("%1[*] — %2 — Peering Desk").arg(name, m_connection->connectionName()));
    m_window->setWindowModified(m_document->isModified());
}

bool FormDocumentControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)) {
        return QObject::eventFilter(watched, event);
    }
    // One local file is a form to open; anything else is not for this window.
    auto *drop = static_cast<QDropEvent *>(event);
    const QList<QUrl> urls = drop->mimeData()->urls();
    if (event->type() == QEvent::DragEnter) {
        if (urls.size() == 1 && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
        }
        return true;
    }
    const QString path = urls.value(0).toLocalFile();
    if (!path.isEmpty()) {
        drop->acceptProposedAction();
        m_document->maybeOpen(path);
    }
    return true;
}

} // namespace PeeringDesk
