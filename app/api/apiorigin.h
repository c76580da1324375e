// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

/// The one rule for where the admin key may go: https anywhere, plain http only to this
/// computer (127.0.0.0/8, ::1, localhost), and never to another origin than the one it was
/// given for. The client, the session (keys are stored per origin) and main() all ask here.
namespace ApiOrigin {

/// scheme://host[:port] of @p url, lower-cased, without a default port; empty for a URL
/// without a host. E.g. "https://api.openai.com" or "http://127.0.0.1:8080".
[[nodiscard]] QString origin(const QUrl &url);
/// Both have a host and the same scheme, host and port (a default port counts as given).
[[nodiscard]] bool sameOrigin(const QUrl &a, const QUrl &b);
/// Why the admin key must not be sent to @p url, as a sentence; empty when it may.
[[nodiscard]] QString problem(const QUrl &url);
/// The key may be sent to @p url.
[[nodiscard]] inline bool isAllowed(const QUrl &url)
{
    return problem(url).isEmpty();
}

} // namespace ApiOrigin
