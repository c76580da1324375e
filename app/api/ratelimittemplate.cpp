// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimittemplate.h"

#include "displaytext.h"
#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1StringView FormatKey("orgdesk_rate_limit_template");
const QLatin1StringView ModelsKey("models");
constexpr int FormatVersion = 1;

std::nullopt_t refuse(QString *why, const QString &sentence)
{
    if (why)
        *why = sentence;
    return std::nullopt;
}

} // namespace

void RateLimitTemplate::set(const QString &model, const RateLimitChange &change)
{
    m_models[model] = change;
}

std::optional<RateLimitChange> RateLimitTemplate::forModel(const QString &model) const
{
    const auto found = m_models.find(model);
    if (found == m_models.end())
        return std::nullopt;
    return found->second;
}

RateLimitTemplate RateLimitTemplate::fromLimits(const QList<RateLimit> &limits)
{
    RateLimitTemplate result;
    for (const RateLimit &limit : limits) {
        RateLimitChange fields;
        for (int i = 0; i < RateLimitFieldCount; ++i) {
            if (const auto value = limit.value(RateLimitField(i)))
                fields.set(RateLimitField(i), *value);
        }
        result.set(limit.model, fields);
    }
    return result;
}

QByteArray RateLimitTemplate::toJson() const
{
    QJsonObject models;
    for (const auto &[model, change] : m_models)
        models.insert(model, change.toJson());
    const QJsonObject root{{FormatKey, FormatVersion}, {ModelsKey, models}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RateLimitTemplate> RateLimitTemplate::fromJson(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(why, tr("The file is not a rate-limit template: it is not a JSON object."));
    const QJsonObject root = document.object();
    if (JsonFields::wholeNumber(root.value(FormatKey)) != FormatVersion)
        return refuse(why, tr("The file is not an OrgDesk rate-limit template (version %1).").arg(FormatVersion));
    const QJsonValue modelsValue = root.value(ModelsKey);
    if (!modelsValue.isObject() || modelsValue.toObject().isEmpty())
        return refuse(why, tr("The template names no model."));
    const QJsonObject models = modelsValue.toObject();
    if (models.size() > MaxModels)
        return refuse(why, tr("The template names more than %1 models.").arg(MaxModels));

    RateLimitTemplate result;
    for (auto model = models.begin(); model != models.end(); ++model) {
        const QString name = model.key();
        const QString shownName = DisplayText::isolated(name);
        if (name.trimmed().isEmpty())
            return refuse(why, tr("The template has a model without a name."));
        if (!model.value().isObject() || model.value().toObject().isEmpty())
            return refuse(why, tr("The template sets nothing for the model %1.").arg(shownName));
        const QJsonObject fields = model.value().toObject();
        RateLimitChange change;
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            const auto known = rateLimitFieldNamed(field.key());
            if (!known) {
                return refuse(why, tr("The template sets an unknown value %1 for the model %2.")
                                       .arg(DisplayText::isolated(field.key()), shownName));
            }
            const auto value = JsonFields::wholeNumber(field.value());
            if (!value || *value < 1 || *value > MaxValue) {
                return refuse(why, tr("The template's %1 for the model %2 is not a positive whole number.")
                                       .arg(field.key(), shownName));
            }
            change.set(*known, *value);
        }
        result.set(name, change);
    }
    return result;
}
