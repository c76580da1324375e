// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// What every fuzz target shares: the entry point's signature, a check that stops the run with a
// message when an invariant breaks, a reader for the targets' line-based inputs, and the
// invariants of values that more than one reader produces. Header-only and without state, so
// one input cannot change how the next one is judged.

#include "apierror.h"
#include "project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// abort() rather than an exception or a return code: libFuzzer and the replay driver both
// report a crash with the input that caused it, and a check can never be silently swallowed.
#define FUZZ_CHECK(condition, what)                                                          \
    do {                                                                                     \
        if (!(condition))                                                                    \
            fuzzharness::fail(__FILE__, __LINE__, #condition, what);                         \
    } while (false)

namespace fuzzharness {

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const char *what)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s (%s)\n", file, line, what, condition);
    std::abort();
}

/// The input as lines: targets read a few header-like lines, then the rest as a body, so the
/// corpus stays readable text and the dictionary's words land where they mean something.
class Lines
{
public:
    Lines(const std::uint8_t *data, std::size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size)) // a copy: ASan sees overreads
    {
    }

    /// The next line without its '\n' (empty once the input is used up).
    [[nodiscard]] QByteArray next()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        const QByteArray line = m_bytes.mid(m_pos, stop - m_pos);
        m_pos = end < 0 ? m_bytes.size() : end + 1;
        return line;
    }

    /// Everything after the lines read so far.
    [[nodiscard]] QByteArray rest() const { return m_bytes.mid(m_pos); }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

/// Characters an OpenAI key is made of after its `sk-` (sk-admin-…, sk-proj-…, sk-svcacct-…).
[[nodiscard]] inline bool isKeyCharacter(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
}

/// How much of a key's secret a person could read in @p text: the most key characters after
/// an `sk-` that starts a word, leaving out the key's kind (`admin-`,
/// `proj-`, `svcacct-`), which is no secret: OrgDesk's own sentences name it ("an admin key
/// (sk-admin-…)"). A plain scan, independent of the masking's regular expression, so that a
/// fault of the expression or of its engine cannot hide itself.
[[nodiscard]] inline qsizetype longestVisibleSecret(QStringView text)
{
    qsizetype longest = 0;
    for (qsizetype at = text.indexOf(u"sk-"); at >= 0; at = text.indexOf(u"sk-", at + 1)) {
        if (at > 0 && isKeyCharacter(text.at(at - 1)) && text.at(at - 1) != u'-')
            continue; // inside a word: "task-1234", "disk-usage"
        qsizetype start = at + 3;
        for (const QStringView kind : {u"admin-", u"proj-", u"svcacct-"}) {
            if (text.mid(start).startsWith(kind)) {
                start += kind.size();
                break;
            }
        }
        // The service's own redaction, "sk-admin-****abcd", leaves part of the secret after
        // its asterisks: they do not end the key, and are not counted.
        qsizetype secret = 0;
        for (qsizetype i = start; i < text.size() && (isKeyCharacter(text.at(i)) || text.at(i) == u'*'); ++i)
            secret += text.at(i) == u'*' ? 0 : 1;
        longest = std::max(longest, secret);
    }
    return longest;
}

/// The masking leaves at most this much of a key readable: three characters are no secret,
/// and words like "sk-a" stay readable.
constexpr qsizetype MaxVisibleSecret = 3;

/// What holds for every project a reader accepts, wherever it came from.
inline void checkProject(const Project &project)
{
    FUZZ_CHECK(!project.id.isEmpty(), "an accepted project has an id");
    FUZZ_CHECK(!project.status.isEmpty(), "an accepted project has a status, given or derived");
    if (project.status == QLatin1String("archived") || project.status == QLatin1String("active"))
        FUZZ_CHECK(project.isArchived() == (project.status == QLatin1String("archived")),
                   "a known status decides isArchived()");

    // The sandbox and the tests write projects with toJson(): reading one back gives the same.
    const auto again = Project::fromJson(project.toJson());
    FUZZ_CHECK(again.has_value(), "a project written by toJson() is read back");
    FUZZ_CHECK(*again == project, "toJson() then fromJson() gives the same project");
}

/// What holds for every answer a reader refuses: a BadResponse that says why, keeps the
/// request id for support, and shows no key.
inline void checkRefusal(const ApiError &error, const QString &requestId)
{
    FUZZ_CHECK(error.kind() == ApiError::Kind::BadResponse, "a refused answer is a BadResponse");
    FUZZ_CHECK(!error.detail().isEmpty(), "a refused answer says why");
    FUZZ_CHECK(error.requestId() == requestId, "a refused answer keeps the request id");
    FUZZ_CHECK(longestVisibleSecret(error.userMessage()) <= MaxVisibleSecret, "no key in the sentence");
}

} // namespace fuzzharness
