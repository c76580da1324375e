// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class ProjectTableModel;
struct Project;

/// What a search looks through, each project's name and id, case-folded once into compact
/// UTF-8 in row order and kept in step with a ProjectTableModel's rows.
///
/// A keystroke tests every project. Read from the projects themselves that is two strings
/// per project scattered over the heap, each folded character by character through Qt's
/// Unicode tables, and the first search after a long listing also touches every page of the
/// project list, which moved as the list grew (on the benchmark's virtual machine a moved page
/// costs microseconds the first time it is read: 25 ms at 50,000 projects, against 9 ms for the
/// keystrokes after). Read from here it is one pass over a few bytes per project, held in
/// blocks that are filled once and never moved (docs/bench/README.md, finding 5).
///
/// Folding is Qt's own simple case folding (QChar::toCaseFolded), so a byte search here gives
/// the answer QString::contains(..., Qt::CaseInsensitive) gives. The rare text that cannot be
/// compared that way (a search text with characters beyond the Basic Multilingual Plane, a
/// name with a broken surrogate pair or over about 1,300 characters) is compared by Qt, on the
/// project itself.
class ProjectSearchIndex
{
public:
    /// A search text, folded once for the many rows it is tested against.
    class Query
    {
    public:
        explicit Query(const QString &text = {});

    private:
        friend class ProjectSearchIndex;
        QString m_text;
        std::string m_folded; ///< m_text folded as the index is, in UTF-8
        bool m_indexed = false; ///< false: every row is compared by Qt (see the class comment)
    };

    /// Indexes every row of @p model afresh (a new model, a reset, a move).
    void rebuild(const ProjectTableModel &model);
    /// Rows @p first to @p last were just inserted into @p model.
    void insertRows(const ProjectTableModel &model, int first, int last);
    /// Rows @p first to @p last were just removed.
    void removeRows(int first, int last);
    /// Rows @p first to @p last of @p model changed in place (a rename, say).
    void updateRows(const ProjectTableModel &model, int first, int last);

    /// Whether the name or the id of @p model's project at @p row contains @p query, ignoring
    /// case: the answer QString::contains(..., Qt::CaseInsensitive) gives.
    [[nodiscard]] bool matches(const ProjectTableModel &model, int row, const Query &query) const;

    /// Rows indexed (the model's row count when in step).
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    /// Rows that Qt compares instead (see the class comment).
    [[nodiscard]] int rowsNotIndexed() const;
    /// Bytes held for text, including space that renames and removals left unused.
    [[nodiscard]] qsizetype textCapacity() const;

private:
    // Where a row's folded name, then its id, stand in the blocks.
    struct Row
    {
        quint32 offset = NotIndexed; ///< block * BlockSize + position in the block
        quint16 nameBytes = 0;
        quint16 idBytes = 0;
    };
    static constexpr quint32 NotIndexed = 0xffffffff;

    [[nodiscard]] Row append(const Project &project);
    [[nodiscard]] char *room(qsizetype bytes);
    [[nodiscard]] Row commit(qsizetype nameBytes, qsizetype idBytes);
    [[nodiscard]] const char *textOf(Row row) const;
    void forget(Row row);
    void compactIfWasteful();

    QList<Row> m_rows;
    // Blocks small enough for the C library to take from its heap, never grown in place: a
    // block that grew by realloc() would be remapped, and on the benchmark machine a remapped
    // page costs microseconds the first time it is read again.
    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_used = 0;    ///< bytes used in the last block
    qsizetype m_written = 0; ///< bytes rows point at, plus m_unused
    qsizetype m_unused = 0;  ///< bytes no row points at any more
};
