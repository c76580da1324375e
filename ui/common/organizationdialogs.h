// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>

class AdminApiClient;
class QDialog;
class QMainWindow;

/// Dialogs that belong to the organization they were opened for: a project's create, rename
/// and archive, the workspace's (members, service accounts, API keys, set rate limits) and the
/// export. What they show, and what they would send, is that organization's; so when the
/// client's key or address changes (another connection, another admin key) they close, and the
/// status bar says why, instead of ending in a "key changed" error.
///
/// The dialog that shows a new service account's key once is not marked: closing it would
/// lose the key.
namespace OrganizationDialogs {

/// @p dialog closes when the organization changes, and is deleted when closed. Mark it
/// before open().
void mark(QDialog *dialog);

/// Raises and activates the first of @p dialogs that is open (a dialog asked for again comes to
/// the front rather than opening twice); false if none is. For any dialog, marked or not.
bool raiseFirstOpen(std::initializer_list<QDialog *> dialogs);

/// From now on, every marked dialog under @p window closes at @p client's clean cut
/// (AdminApiClient::credentialsChanged), and @p window's status bar says so.
void closeOnCut(AdminApiClient *client, QMainWindow *window);

} // namespace OrganizationDialogs
