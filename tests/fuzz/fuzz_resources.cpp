// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The project workspace's readers (ResourceReader): the pages of members, organization users,
// service accounts and API keys, a member, a created service account and a delete's answer.
// Input: which reader on the first line (members, users, serviceaccounts, apikeys, member,
// created, deletion; anything else: all of them), the request's `after` cursor on the second,
// then the response body.

#include "fuzzharness.h"
#include "replyparser.h"
#include "resourcereader.h"

#include <QJsonArray>

#include <QDebug>

using namespace fuzzharness;

namespace {

const QString RequestId = QStringLiteral("req_fuzz");

// What holds for every page any list reader accepts or refuses.
template <typename T>
void checkPage(const ApiResult<ListPage<T>> &result, const QByteArray &body, const QString &sentAfter)
{
    if (!result.ok()) {
        checkRefusal(result.error(), RequestId);
        return;
    }
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    FUZZ_CHECK(json.has_value(), "an accepted page is a JSON object");
    const QJsonArray items = json->value(QLatin1String("data")).toArray();
    const ListPage<T> &page = result.value();
    FUZZ_CHECK(page.items.size() == items.size(), "every item becomes a value, none dropped");
    for (qsizetype i = 0; i < items.size(); ++i) {
        FUZZ_CHECK(!page.items.at(i).id.isEmpty(), "an accepted item has an id");
        FUZZ_CHECK(page.items.at(i).id == items.at(i).toObject().value(QLatin1String("id")).toString(),
                   "items keep their order and ids");
    }
    FUZZ_CHECK(page.hasMore == json->value(QLatin1String("has_more")).toBool(), "has_more is kept");
    if (page.hasMore)
        FUZZ_CHECK(!page.nextCursor.isEmpty() && page.nextCursor != sentAfter, "paging never loops");
    FUZZ_CHECK(page.requestId == RequestId, "a page keeps its request id");
}

void checkCreated(const QByteArray &body)
{
    const ApiResult<CreatedServiceAccount> result = ResourceReader::createdServiceAccount(body, RequestId);
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    const QJsonValue value = json ? json->value(QLatin1String("api_key")).toObject().value(QLatin1String("value"))
                                  : QJsonValue();
    const bool carriesKey = value.isString() && !value.toString().isEmpty();
    if (!result.ok()) {
        checkRefusal(result.error(), RequestId);
        FUZZ_CHECK(!carriesKey, "an answer that carries a key is never refused: the key would be lost");
        return;
    }
    const CreatedServiceAccount &created = result.value();
    FUZZ_CHECK(created.apiKey.has_value() == carriesKey, "a key is read exactly when one is sent");
    if (!carriesKey)
        return;
    FUZZ_CHECK(created.apiKey->value.reveal() == value.toString(), "the key is kept as sent");
    QString text;
    QDebug(&text) << created;
    // A short value may happen to be a word of the debug text itself; a real key is long.
    if (value.toString().size() >= 8)
        FUZZ_CHECK(!text.contains(value.toString()), "the key never appears in debug output");
}

void checkDeletion(const QByteArray &body)
{
    const ApiResult<Deletion> result = ResourceReader::deletion(body, RequestId);
    if (!result.ok()) {
        checkRefusal(result.error(), RequestId);
        return;
    }
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    FUZZ_CHECK(json && json->value(QLatin1String("deleted")) == QJsonValue(true), "only \"deleted\": true is a deletion");
    FUZZ_CHECK(!result.value().alreadyGone, "an answer is never a 404");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    const QByteArray reader = input.next().trimmed();
    const QString sentAfter = QString::fromUtf8(input.next());
    const QByteArray body = input.rest();
    const bool all = reader != "members" && reader != "users" && reader != "serviceaccounts" && reader != "apikeys"
        && reader != "member" && reader != "created" && reader != "deletion";

    if (all || reader == "members")
        checkPage(ResourceReader::projectUsers(body, sentAfter, RequestId), body, sentAfter);
    if (all || reader == "users")
        checkPage(ResourceReader::organizationUsers(body, sentAfter, RequestId), body, sentAfter);
    if (all || reader == "serviceaccounts")
        checkPage(ResourceReader::serviceAccounts(body, sentAfter, RequestId), body, sentAfter);
    if (all || reader == "apikeys") {
        const ApiResult<ApiKeyPage> keys = ResourceReader::apiKeys(body, sentAfter, RequestId);
        checkPage(keys, body, sentAfter);
        if (keys.ok()) {
            for (const ApiKey &key : keys.value().items)
                FUZZ_CHECK(key.isDeletable() != key.owner.isServiceAccount(), "a service account's key goes with it");
        }
    }
    if (all || reader == "member") {
        const ApiResult<ProjectUser> member = ResourceReader::projectUser(body, RequestId);
        if (!member.ok())
            checkRefusal(member.error(), RequestId);
        else
            FUZZ_CHECK(!member.value().id.isEmpty(), "an accepted member has an id");
    }
    if (all || reader == "created")
        checkCreated(body);
    if (all || reader == "deletion")
        checkDeletion(body);
    return 0;
}
