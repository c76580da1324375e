// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// One project object: ReplyParser::project() and Project::fromJson().
// Input: the body of a create, retrieve, modify or archive answer.

#include "fuzzharness.h"
#include "replyparser.h"

using namespace fuzzharness;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = Lines(data, size).rest();
    const QString requestId = QStringLiteral("req_fuzz");

    const ApiResult<Project> result = ReplyParser::project(body, requestId);
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    const std::optional<Project> direct = json ? Project::fromJson(*json) : std::nullopt;
    if (!result.ok()) {
        checkRefusal(result.error(), requestId);
        FUZZ_CHECK(!direct, "project() refuses only what fromJson() refuses");
        return 0;
    }
    const Project &project = result.value();
    FUZZ_CHECK(direct && *direct == project, "project() gives what fromJson() gives");
    checkProject(project);

    // The strict fields are the service's own values.
    FUZZ_CHECK(project.id == json->value(QLatin1String("id")).toString(), "the id is the service's");
    FUZZ_CHECK(double(project.createdAt) == json->value(QLatin1String("created_at")).toDouble(),
               "created_at is the service's");
    const QJsonValue archivedAt = json->value(QLatin1String("archived_at"));
    FUZZ_CHECK(project.archivedAt.has_value() == !(archivedAt.isNull() || archivedAt.isUndefined()),
               "archived_at is kept, null or missing means none");
    return 0;
}
