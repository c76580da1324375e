// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "organizationdialogs.h"

#include "adminapiclient.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace {

constexpr char Marker[] = "orgdesk_organizationDialog";

QString closedText(const QStringList &titles)
{
    if (titles.size() == 1) {
        return QCoreApplication::translate(
                   "OrganizationDialogs", "“%1” was closed because the connection or its admin key changed.")
            .arg(titles.constFirst());
    }
    return QCoreApplication::translate(
        "OrganizationDialogs", "%n dialog(s) closed because the connection or its admin key changed.",
        nullptr, int(titles.size()));
}

} // namespace

void OrganizationDialogs::mark(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty(Marker, true);
}

bool OrganizationDialogs::raiseFirstOpen(std::initializer_list<QDialog *> dialogs)
{
    for (QDialog *dialog : dialogs) {
        if (dialog) {
            dialog->raise();
            dialog->activateWindow();
            return true;
        }
    }
    return false;
}

void OrganizationDialogs::closeOnCut(AdminApiClient *client, QMainWindow *window)
{
    QObject::connect(client, &AdminApiClient::credentialsChanged, window, [window] {
        QStringList closed;
        for (QDialog *dialog : window->findChildren<QDialog *>()) {
            if (!dialog->isVisible() || !dialog->property(Marker).toBool())
                continue;
            closed.append(dialog->windowTitle());
            // done(), not reject(): a dialog waiting for its request refuses reject(), and
            // that request ends with the cut anyway, its answer going nowhere.
            dialog->done(QDialog::Rejected);
        }
        if (closed.isEmpty())
            return;
        qCInfo(lcUi) << closed.size() << "dialog(s) of the previous organization closed";
        // After the requests the cut ends have reported: this is the last word. Longer than
        // the 8 s of a change's message: a dialog vanished that the person did not close.
        QMetaObject::invokeMethod(window, [window, text = closedText(closed)] {
            window->statusBar()->showMessage(text, 15000);
        }, Qt::QueuedConnection);
    });
}
