// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace PeeringDesk {

class ConnectionChooser;
class FormDocument;

/// The window's controls of a FormDocument: New, Open, Save and Save As, Open Recent, the request list with its
/// add and remove buttons, a form file dropped on the window, and the window title.
class FormDocumentControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDocumentControls)

public:
    FormDocumentControls(FormDocument *document, ConnectionChooser *connection, Ui::MainWindow *ui, QWidget *window,
                         QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRequests();
    void rebuildRecentMenu();
    void updateTitle();

    FormDocument *m_document;
    ConnectionChooser *m_connection;
    Ui::MainWindow *m_ui;
    QWidget *m_window;
};

} // namespace PeeringDesk
