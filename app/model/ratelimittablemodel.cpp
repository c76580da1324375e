// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimittablemodel.h"

#include "displaytext.h"
#include "ratelimittemplate.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

RateLimitTableModel::RateLimitTableModel(Fetch fetch, Update update, QObject *parent)
    : PagedTableModel(parent)
    , m_update(std::move(update))
{
    setPager(new Pager([this, fetch = std::move(fetch)](const QString &after, const Pager::Deliver &deliver) {
        return fetch(after, [this, deliver, first = after.isEmpty()](const ApiResult<RateLimitPage> &result) {
            if (!result.ok()) {
                deliver(result.error());
                return;
            }
            const RateLimitPage &page = result.value();
            deliver(Pager::Reply{page.nextCursor, page.hasMore, page.requestId, page.items.isEmpty(),
                                 [this, page, first] { return take(page, first); }});
        });
    }, this));
}

RateLimitTableModel::~RateLimitTableModel() = default;

QString RateLimitTableModel::fieldTitle(RateLimitField field)
{
    switch (field) {
    case RateLimitField::RequestsPerMinute:
        return tr("Requests/min");
    case RateLimitField::TokensPerMinute:
        return tr("Tokens/min");
    case RateLimitField::ImagesPerMinute:
        return tr("Images/min");
    case RateLimitField::AudioMegabytesPerMinute:
        return tr("Audio MB/min");
    case RateLimitField::RequestsPerDay:
        return tr("Requests/day");
    case RateLimitField::BatchInputTokensPerDay:
        return tr("Batch input tokens/day");
    }
    return {};
}

int RateLimitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RateLimitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateLimitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == ModelColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(row.edited.model) : QVariant();
    if (index.column() == ResultColumn) {
        if (role == Qt::DisplayRole)
            return resultText(row);
        // The request id, for a support request about a refusal, where the row has room.
        if (role == Qt::ToolTipRole && row.state == RowState::Failed && !row.error.requestId().isEmpty())
            return resultText(row) + QLatin1Char('\n') + tr("Request ID: %1").arg(row.error.requestId());
        if (role == Qt::ToolTipRole)
            return resultText(row);
        return {};
    }
    return fieldData(row, fieldOf(index.column()), role);
}

QVariant RateLimitTableModel::fieldData(const Row &row, RateLimitField field, int role) const
{
    const std::optional<qint64> value = row.edited.value(field);
    const std::optional<qint64> service = row.service.value(field);
    const bool changed = value != service;
    switch (role) {
    case Qt::DisplayRole:
        return value ? QLocale().toString(*value) : tr("—");
    case Qt::EditRole:
        return value ? QVariant(qlonglong(*value)) : QVariant();
    case Qt::AccessibleTextRole:
        return value ? QLocale().toString(*value) : tr("not applicable");
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (changed && service)
            return tr("Changed; the service has %1").arg(QLocale().toString(*service));
        return {};
    case ChangedRole:
        return changed;
    case ServiceValueRole:
        return service ? QVariant(qlonglong(*service)) : QVariant();
    default:
        return {};
    }
}

QString RateLimitTableModel::resultText(const Row &row) const
{
    switch (row.state) {
    case RowState::Saving:
        return tr("Saving…");
    case RowState::Failed: {
        // The service's own words say which limit it refused and why (its maximum).
        const QString said = row.error.apiMessage().trimmed();
        return said.isEmpty() ? row.error.userMessageWithoutRequestId() : DisplayText::visible(said);
    }
    case RowState::Saved:
        if (row.edited == row.service)
            return tr("Saved");
        break;
    case RowState::Clean:
        break;
    }
    return row.edited == row.service ? QString() : tr("Changed, not saved");
}

QVariant RateLimitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ModelColumn)
        return tr("Model");
    if (section == ResultColumn)
        return tr("Result");
    return fieldTitle(fieldOf(section));
}

Qt::ItemFlags RateLimitTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // Views ask for the root's flags too: an invalid index is no mistake here.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return flags;
    const Row &row = m_rows.at(index.row());
    const bool field = index.column() >= FirstFieldColumn && index.column() < ResultColumn;
    if (field && !m_readOnly && row.state != RowState::Saving && row.service.has(fieldOf(index.column())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RateLimitTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const qint64 number = value.typeId() == QMetaType::QString ? QLocale().toLongLong(value.toString().trimmed(), &ok)
                                                                : value.toLongLong(&ok);
    if (!ok || number < 1 || number > RateLimitTemplate::MaxValue)
        return false;
    Row &row = m_rows[index.row()];
    row.edited.values.at(size_t(fieldOf(index.column()))) = number;
    if (row.state == RowState::Saved)
        row.state = RowState::Clean;
    emitRowChanged(index.row());
    syncChanges();
    return true;
}

void RateLimitTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly)
        revertEdits();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {});
}

int RateLimitTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).service.id == id)
            return row;
    }
    return -1;
}

QList<RateLimit> RateLimitTableModel::serviceLimits() const
{
    QList<RateLimit> limits;
    limits.reserve(m_rows.size());
    for (const Row &row : m_rows)
        limits.append(row.service);
    return limits;
}

bool RateLimitTableModel::hasChanges() const
{
    for (const Row &row : m_rows) {
        if (row.state != RowState::Saving && !(row.edited == row.service))
            return true;
    }
    return false;
}

int RateLimitTableModel::save()
{
    if (m_readOnly)
        return 0;
    if (m_saving == 0) {
        m_savedInRound = 0;
        m_failedInRound = 0;
    }
    int sent = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const RateLimitChange change = RateLimitChange::between(row.service, row.edited);
        if (row.state == RowState::Saving || change.isEmpty())
            continue;
        row.state = RowState::Saving;
        row.error = {};
        ++m_saving;
        ++sent;
        emitRowChanged(i);
        const QString id = row.service.id;
        m_update(id, change, [this, id](const ApiResult<RateLimit> &result) { onSaved(id, result); });
    }
    syncChanges();
    return sent;
}

void RateLimitTableModel::onSaved(const QString &id, const ApiResult<RateLimit> &result)
{
    --m_saving;
    const int at = rowOf(id);
    if (at >= 0) {
        Row &row = m_rows[at];
        if (result.ok()) {
            row.service = result.value();
            row.edited = result.value();
            row.state = RowState::Saved;
            row.error = {};
            ++m_savedInRound;
        } else {
            // The user's input stays: they may correct it, or press Save again.
            row.state = RowState::Failed;
            row.error = result.error();
            ++m_failedInRound;
        }
        emitRowChanged(at);
    }
    syncChanges();
    if (m_saving == 0)
        Q_EMIT saveFinished(m_savedInRound, m_failedInRound);
}

void RateLimitTableModel::revertEdits()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state == RowState::Saving || (row.edited == row.service && row.state != RowState::Failed))
            continue;
        row.edited = row.service;
        row.state = RowState::Clean;
        row.error = {};
        emitRowChanged(i);
    }
    syncChanges();
}

void RateLimitTableModel::updateFromService(const RateLimit &limit)
{
    const int at = rowOf(limit.id);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    const bool wasEdited = !(row.edited == row.service);
    row.service = limit;
    if (!wasEdited)
        row.edited = limit;
    emitRowChanged(at);
    syncChanges();
}

int RateLimitTableModel::take(const RateLimitPage &page, bool first)
{
    const QScopedValueRollback taking(m_taking, true);
    if (first)
        m_listed.clear();
    int fresh = 0;
    for (const RateLimit &limit : page.items) {
        if (m_listed.contains(limit.id))
            continue;
        m_listed.insert(limit.id);
        ++fresh;
        const int at = rowOf(limit.id);
        if (at >= 0) {
            // Edits stay over a reload: the next save sends what differs from the new values.
            Row &row = m_rows[at];
            const bool wasEdited = !(row.edited == row.service);
            row.service = limit;
            if (!wasEdited)
                row.edited = limit;
            emitRowChanged(at);
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row{limit, limit, RowState::Clean, {}});
        endInsertRows();
    }
    if (!page.hasMore) {
        for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
            if (m_listed.contains(m_rows.at(at).service.id) || m_rows.at(at).state == RowState::Saving)
                continue;
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
    }
    syncChanges();
    return fresh;
}

void RateLimitTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RateLimitTableModel::syncChanges()
{
    const bool changes = hasChanges();
    if (changes == m_reportedChanges)
        return;
    m_reportedChanges = changes;
    Q_EMIT changesChanged(changes);
}
