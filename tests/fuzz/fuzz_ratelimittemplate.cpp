// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The rate-limit template a user imports (RateLimitTemplate::fromJson): a file from anywhere.
// Input: the file's bytes.

#include "fuzzharness.h"
#include "ratelimittemplate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    const std::optional<RateLimitTemplate> read = RateLimitTemplate::fromJson(bytes, &why);
    if (!read) {
        FUZZ_CHECK(!why.isEmpty(), "a refusal says why");
        return 0;
    }
    FUZZ_CHECK(!read->isEmpty() && read->modelCount() <= RateLimitTemplate::MaxModels, "a template names 1..MaxModels models");
    for (const auto &[model, change] : read->models()) {
        FUZZ_CHECK(!model.trimmed().isEmpty(), "every model has a name");
        FUZZ_CHECK(!change.isEmpty(), "every model sets something");
        for (const auto &[field, value] : change.values())
            FUZZ_CHECK(value >= 1 && value <= RateLimitTemplate::MaxValue, "values are positive and exact");
        FUZZ_CHECK(read->forModel(model).has_value(), "a model read is found again");
    }
    // What OrgDesk writes, it reads back the same.
    QString again;
    const std::optional<RateLimitTemplate> reread = RateLimitTemplate::fromJson(read->toJson(), &again);
    FUZZ_CHECK(reread.has_value() && *reread == *read, "export then import is the same template");
    return 0;
}
