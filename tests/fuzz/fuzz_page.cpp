// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The list page: ReplyParser::page(), from bytes and from parsed JSON.
// Input: the cursor the request carried (`after`) on the first line, then the response body.

#include "fuzzharness.h"
#include "replyparser.h"

#include <QJsonArray>

using namespace fuzzharness;

namespace {

void checkAccepted(const ProjectPage &page, const QJsonObject &json, const QString &sentAfter)
{
    const QJsonArray items = json.value(QLatin1String("data")).toArray();
    // Nothing dropped and nothing reordered. Two projects with the same id are kept: the table
    // model drops repeats within and across pages (a project created while paging shifts the
    // list), so refusing or thinning the page here would lose nothing but add a second rule.
    FUZZ_CHECK(page.projects.size() == items.size(), "every item becomes a project");
    for (qsizetype i = 0; i < items.size(); ++i) {
        checkProject(page.projects.at(i));
        FUZZ_CHECK(page.projects.at(i).id == items.at(i).toObject().value(QLatin1String("id")).toString(),
                   "projects keep the order and ids of the items");
    }
    FUZZ_CHECK(page.hasMore == json.value(QLatin1String("has_more")).toBool(), "has_more is kept");

    if (page.hasMore)
        FUZZ_CHECK(!page.nextCursor.isEmpty() && page.nextCursor != sentAfter, "paging never loops");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    const QString sentAfter = QString::fromUtf8(input.next());
    const QByteArray body = input.rest();
    const QString requestId = QStringLiteral("req_fuzz");

    const ApiResult<ProjectPage> fromBytes = ReplyParser::page(body, sentAfter, requestId);
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    if (!json) {
        FUZZ_CHECK(!why.isEmpty(), "jsonObject() says why it refused");
        FUZZ_CHECK(!fromBytes.ok(), "page() refuses what jsonObject() refuses");
        checkRefusal(fromBytes.error(), requestId);
        return 0;
    }

    // AdminApiClient parses once and calls the second overload: both must judge alike.
    const ApiResult<ProjectPage> fromJson = ReplyParser::page(*json, sentAfter, requestId);
    FUZZ_CHECK(fromBytes.ok() == fromJson.ok(), "both page() overloads accept alike");
    if (!fromJson.ok()) {
        checkRefusal(fromJson.error(), requestId);
        FUZZ_CHECK(fromJson.error() == fromBytes.error(), "both page() overloads refuse alike");
        return 0;
    }
    const ProjectPage &page = fromJson.value();
    FUZZ_CHECK(page.projects == fromBytes.value().projects && page.hasMore == fromBytes.value().hasMore
                   && page.nextCursor == fromBytes.value().nextCursor,
               "both page() overloads give the same page");
    checkAccepted(page, *json, sentAfter);
    return 0;
}
