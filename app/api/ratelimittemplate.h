// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ratelimit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>
#include <optional>

/// A project's rate limits as a small JSON file, to copy them to other projects:
///
///     {"orgdesk_rate_limit_template": 1,
///      "models": {"gpt-4o": {"max_tokens_per_1_minute": 150000, ...}, ...}}
///
/// Only the six updatable fields, by their API names; no ids (they belong to one project).
/// A single-model change made in the "Set rate limits" dialog is a template of one model.
class RateLimitTemplate
{
    Q_DECLARE_TR_FUNCTIONS(RateLimitTemplate)
public:
    /// More than this many models is not a template a person made.
    static constexpr int MaxModels = 1000;
    /// The largest value accepted: every integer up to it is exact in a JSON number.
    static constexpr qint64 MaxValue = 9'000'000'000'000'000;

    /// Sets @p model's fields to @p change (replacing what the template had for it).
    void set(const QString &model, const RateLimitChange &change);
    [[nodiscard]] bool isEmpty() const { return m_models.empty(); }
    [[nodiscard]] int modelCount() const { return int(m_models.size()); }
    [[nodiscard]] const std::map<QString, RateLimitChange> &models() const { return m_models; }
    /// The fields to set for @p model; none when the template does not name it.
    [[nodiscard]] std::optional<RateLimitChange> forModel(const QString &model) const;

    /// Every present field of every limit in @p limits.
    [[nodiscard]] static RateLimitTemplate fromLimits(const QList<RateLimit> &limits);

    /// Indented JSON, models in name order.
    [[nodiscard]] QByteArray toJson() const;
    /// Reads a template. Refuses (nothing, and @p why set to a sentence for the user) what is
    /// not JSON, another file's JSON, an unknown field, a value that is not a positive whole
    /// number up to MaxValue, an empty model name, or no model at all.
    [[nodiscard]] static std::optional<RateLimitTemplate> fromJson(const QByteArray &json, QString *why = nullptr);

    friend bool operator==(const RateLimitTemplate &a, const RateLimitTemplate &b)
    {
        return a.toJson() == b.toJson();
    }

private:
    std::map<QString, RateLimitChange> m_models;
};
