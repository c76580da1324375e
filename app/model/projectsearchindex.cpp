// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectsearchindex.h"

#include "projecttablemodel.h"

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype BlockSize = 64 * 1024; // under glibc's 128 KiB mmap threshold
constexpr qsizetype MaxBlocks = 0xffffffff / BlockSize;
// The most one row may need (3 UTF-8 bytes per UTF-16 unit, at most); longer rows go to Qt.
constexpr qsizetype MaxRowBytes = 4096;

void putUtf8(char32_t c, char *&out)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xc0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *out++ = char(0xe0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    } else {
        *out++ = char(0xf0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3f));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
}

// Writes @p text at @p out as UTF-8, each UTF-16 unit case-folded the way Qt's
// case-insensitive search folds it (QChar::toCaseFolded; ASCII inline), and returns the end;
// at most 3 bytes per unit. A character beyond the Basic Multilingual Plane is written as it
// is: a search text that could match one is never looked up here (see Query). Returns nullptr
// for a surrogate that is not part of a pair, which UTF-8 cannot carry.
char *foldToUtf8(QStringView text, char *out)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            *out++ = char(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit);
        } else if (!QChar::isSurrogate(unit)) {
            putUtf8(QChar::toCaseFolded(char32_t(unit)), out);
        } else if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p)) {
            putUtf8(QChar::surrogateToUcs4(unit, *p++), out);
        } else {
            return nullptr;
        }
    }
    return out;
}

} // namespace

ProjectSearchIndex::Query::Query(const QString &text)
    : m_text(text)
{
    // With no surrogates, a match in UTF-16 is a match of whole characters of the Basic
    // Multilingual Plane, and so a byte match in UTF-8 (which only ever matches whole
    // characters); a search text with surrogates is left to Qt.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); }))
        return;
    m_folded.resize(3 * size_t(text.size()));
    const char *end = foldToUtf8(text, m_folded.data());
    m_folded.resize(size_t(end - m_folded.data()));
    m_indexed = true;
}

char *ProjectSearchIndex::room(qsizetype bytes)
{
    if (m_blocks.empty() || m_used + bytes > BlockSize) {
        if (qsizetype(m_blocks.size()) >= MaxBlocks)
            return nullptr;
        m_blocks.push_back(std::unique_ptr<char[]>(new char[BlockSize]));
        m_used = 0;
    }
    return m_blocks.back().get() + m_used;
}

ProjectSearchIndex::Row ProjectSearchIndex::commit(qsizetype nameBytes, qsizetype idBytes)
{
    const Row row{quint32(qsizetype(m_blocks.size() - 1) * BlockSize + m_used), quint16(nameBytes),
                  quint16(idBytes)};
    m_used += nameBytes + idBytes;
    m_written += nameBytes + idBytes;
    return row;
}

ProjectSearchIndex::Row ProjectSearchIndex::append(const Project &project)
{
    const QString &name = project.name;
    const QString &id = project.id;
    const qsizetype mostBytes = 3 * (name.size() + id.size());
    char *const start = mostBytes <= MaxRowBytes ? room(mostBytes) : nullptr;
    char *const nameEnd = start ? foldToUtf8(name, start) : nullptr;
    char *const end = nameEnd ? foldToUtf8(id, nameEnd) : nullptr;
    if (!end)
        return {}; // compared by Qt; nothing was committed
    return commit(nameEnd - start, end - nameEnd);
}

const char *ProjectSearchIndex::textOf(Row row) const
{
    return m_blocks[row.offset / BlockSize].get() + row.offset % BlockSize;
}

void ProjectSearchIndex::forget(Row row)
{
    if (row.offset != NotIndexed)
        m_unused += row.nameBytes + row.idBytes;
}

void ProjectSearchIndex::rebuild(const ProjectTableModel &model)
{
    *this = {};
    insertRows(model, 0, model.rowCount() - 1);
}

void ProjectSearchIndex::insertRows(const ProjectTableModel &model, int first, int last)
{
    if (first < 0 || last < first || first > m_rows.size())
        return;
    m_rows.insert(first, last - first + 1, Row{});
    for (int row = first; row <= last; ++row)
        m_rows[row] = append(model.projectAt(row));
}

void ProjectSearchIndex::removeRows(int first, int last)
{
    last = std::min(last, int(m_rows.size()) - 1);
    if (first < 0 || last < first)
        return;
    for (int row = first; row <= last; ++row)
        forget(m_rows.at(row));
    m_rows.remove(first, last - first + 1);
    compactIfWasteful();
}

void ProjectSearchIndex::updateRows(const ProjectTableModel &model, int first, int last)
{
    last = std::min(last, int(m_rows.size()) - 1);
    for (int row = std::max(first, 0); row <= last; ++row) {
        forget(m_rows.at(row));
        m_rows[row] = append(model.projectAt(row));
    }
    compactIfWasteful();
}

// Renames and removals leave their old text behind; once that is over half of all written,
// the text is copied afresh in row order (linear, and rare: half of it must have changed).
void ProjectSearchIndex::compactIfWasteful()
{
    if (m_unused <= BlockSize || m_unused <= m_written / 2)
        return;
    const std::vector<std::unique_ptr<char[]>> old = std::exchange(m_blocks, {});
    m_used = m_written = m_unused = 0;
    for (Row &row : m_rows) {
        if (row.offset == NotIndexed)
            continue;
        const char *text = old[row.offset / BlockSize].get() + row.offset % BlockSize;
        char *to = room(row.nameBytes + row.idBytes); // never null: less than before is needed
        std::copy_n(text, row.nameBytes + row.idBytes, to);
        row = commit(row.nameBytes, row.idBytes);
    }
}

bool ProjectSearchIndex::matches(const ProjectTableModel &model, int row, const Query &query) const
{
    if (query.m_indexed && row >= 0 && row < m_rows.size()) {
        const Row indexed = m_rows.at(row);
        if (indexed.offset != NotIndexed) {
            const char *text = textOf(indexed);
            const std::string_view name(text, indexed.nameBytes);
            const std::string_view id(text + indexed.nameBytes, indexed.idBytes);
            return name.find(query.m_folded) != std::string_view::npos
                   || id.find(query.m_folded) != std::string_view::npos;
        }
    }
    const Project &project = model.projectAt(row);
    return project.name.contains(query.m_text, Qt::CaseInsensitive)
           || project.id.contains(query.m_text, Qt::CaseInsensitive);
}

int ProjectSearchIndex::rowsNotIndexed() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](Row row) { return row.offset == NotIndexed; }));
}

qsizetype ProjectSearchIndex::textCapacity() const
{
    return qsizetype(m_blocks.size()) * BlockSize;
}
