// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Turns response bodies into values. Hostile input (HTML, an empty or truncated body, wrong
/// types, a cursor that would loop) becomes an ApiError of kind BadResponse carrying
/// @p requestId, never a crash and never a half-filled page.
namespace ReplyParser {

/// A body that must be a JSON object; otherwise nullopt and, in @p why, what it was instead
/// ("an HTML page instead of JSON", "JSON cut off after 120 bytes"...).
[[nodiscard]] std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *why);

/// A list envelope. @p sentAfter is the cursor the request carried: a page that says
/// `has_more` but gives no new cursor is refused, so paging can never loop. A missing or
/// non-boolean `has_more` is refused too (we could not tell whether the list is complete).
[[nodiscard]] ApiResult<ProjectPage> page(const QByteArray &body, const QString &sentAfter,
                                          const QString &requestId = {});
/// The same, of a body already parsed by jsonObject().
[[nodiscard]] ApiResult<ProjectPage> page(const QJsonObject &json, const QString &sentAfter,
                                          const QString &requestId = {});

/// One project object (create, retrieve, modify, archive).
[[nodiscard]] ApiResult<Project> project(const QByteArray &body, const QString &requestId = {});

/// The error of a response with status >= 400 (or another unusable status). The API's
/// `{"error": {...}}` fields are kept; a body that is not that shape (a proxy's HTML page,
/// nothing at all) gives kind BadResponse, because the status alone may come from a proxy.
[[nodiscard]] ApiError error(int httpStatus, const QByteArray &body, const QString &requestId = {});

} // namespace ReplyParser
