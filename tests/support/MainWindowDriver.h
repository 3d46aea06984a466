// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QString>
#include <QWidget>

class QLineEdit;

namespace PeeringDesk {
class MainWindow;
class SandboxServer;
} // namespace PeeringDesk

namespace PeeringDesk::TestSupport {

/// Drives the real main window as a person would (focus, key clicks, mouse clicks), through its public interface
/// and its widgets' objectNames only, so that a rewrite of the window's insides does not break the suites.
class MainWindowDriver
{
public:
    explicit MainWindowDriver(MainWindow &window);
    ~MainWindowDriver();
    MainWindowDriver(const MainWindowDriver &) = delete;
    MainWindowDriver &operator=(const MainWindowDriver &) = delete;

    MainWindow &window() const { return m_window; }
    /// The sandbox the suite handed the window (a SandboxSession), or null before it runs.
    SandboxServer *sandboxServer() const;

    /// The child widget with this objectName; aborts the test run if there is none (a renamed widget).
    template <typename T = QWidget>
    T *find(const char *objectName) const
    {
        T *widget = findChildOf<T>(objectName);
        if (!widget)
            qFatal("no widget %s", objectName);
        return widget;
    }
    /// The line edit of a request field, by its wire name ("vpcId" finds vpcIdLineEdit).
    QLineEdit *field(const char *wire) const;
    /// The problem the form shows under that field, or empty while its helper line shows the example.
    QString problem(const char *wire) const;
    /// Replaces the field's text by typing: focus, select all, backspace, then one key click per character.
    void type(const char *wire, const QString &text);
    /// The results panel of the outcome on show (the selected request's).
    QWidget *results() const;
    /// A child of the outcome on show (results, tracker), by objectName; aborts the run if there is none.
    template <typename T = QWidget>
    T *inOutcome(const char *objectName) const
    {
        T *widget = outcome()->findChild<T *>(QLatin1String(objectName));
        if (!widget)
            qFatal("no widget %s in the outcome on show", objectName);
        return widget;
    }
    /// Its headline and message.
    QString title() const;
    QString message() const;

    void selectProvider(Provider provider);
    void fillAws(const QString &vpcId = QStringLiteral("vpc-0123456789abcdef0"));
    void fillAzure();
    void fillGcp();

    /// Turns the sandbox on and waits until the demo project is filled in and its lists have arrived.
    bool startSandbox(int timeoutMs = 10000);
    /// After startSandbox(): waits until the project list has been answered, the window lists nothing and the
    /// sandbox has answered every request it read, so what the start reads has landed in the form.
    bool waitUntilFormSettled(int timeoutMs = 10000);
    /// Waits until Create is enabled (the form is valid and nothing blocks it).
    bool waitForCreateEnabled(int timeoutMs = 5000);
    /// Waits until the create (or the failure) is shown: Cancel is off and the title no longer ends in "…".
    bool waitForResult(int timeoutMs = 15000);
    /// Waits for Create to be enabled, clicks it and waits for the result.
    bool submitAndWait(int timeoutMs = 15000);

private:
    template <typename T>
    T *findChildOf(const char *objectName) const
    {
        return windowWidget()->findChild<T *>(QLatin1String(objectName));
    }
    QWidget *windowWidget() const;
    QWidget *outcome() const;

    MainWindow &m_window;
    QMetaObject::Connection m_answers;
    int m_answered = 0;
    bool m_projectsAnswered = false;
};

} // namespace PeeringDesk::TestSupport
