// The one CSV writer of every export (report tables, the restock shopping list, the audit trail,
// bva-forecast's output): RFC 4180 (comma separated, quotes doubled, a cell quoted only when it must
// be), UTF-8. A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return, or their full-width forms) gets a leading apostrophe; figures written with
// number() are left alone, so a negative amount stays a number.
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace bva {

class CsvWriter final
{
public:
    enum class LineEnd { CrLf, Lf };

    explicit CsvWriter(LineEnd lineEnd = LineEnd::CrLf)
        : m_lineEnd(lineEnd)
    {}

    // Cells of the current row.
    CsvWriter &text(const QString &cell); // guarded against formulas
    CsvWriter &number(qint64 value);
    CsvWriter &number(const QString &formatted); // an already formatted figure ("-12.50", "NA")
    CsvWriter &empty();
    void endRow();
    // A whole row of text cells.
    void row(const QStringList &texts);
    void blankLine();

    const QString &content() const { return m_out; }
    QByteArray toUtf8() const { return m_out.toUtf8(); }
    // Writes atomically; with a byte order mark by default so spreadsheet programs read UTF-8.
    Result<void> save(const QString &path, bool byteOrderMark = true) const;

    // The pieces, for callers that build one cell at a time.
    static QString guarded(const QString &cell);
    static QString quoted(const QString &cell);
    // A text cell as it goes on a line: guarded, then quoted if needed.
    static QString textCell(const QString &cell) { return quoted(guarded(cell)); }

private:
    void add(const QString &cell);

    LineEnd m_lineEnd;
    QString m_out;
    bool m_rowOpen = false;
};

} // namespace bva
