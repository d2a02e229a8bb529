// The CSV reader of every import (BVA-native products, offline sales): RFC 4180 as spreadsheets
// write it (quoted cells with doubled quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order
// mark skipped). The separator is the one the header line uses most: a comma, or the semicolon
// spreadsheets write where the decimal mark is a comma (Indonesia, much of Europe), or a tab. Each record
// keeps the file line it starts on, so a preview can say "row 12" the way the seller's spreadsheet numbers
// it. The reverse of CsvWriter: a text cell CsvWriter guarded against formulas ('=…) reads back without its
// apostrophe.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bva {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList cells;
};

struct CsvTable
{
    QList<CsvRecord> records; // in file order, blank lines left out; the first is the header
    QChar separator = u',';
    // Spreadsheets separate cells with semicolons where the decimal mark is a comma.
    bool decimalComma() const { return separator == u';'; }
};

// What one file may hold: a spreadsheet's export of a catalog or a year of a shop's sales fits; a file of
// a million rows or a cell of 50 MB is refused before it is held in memory (each record costs a list and
// a string per cell: 32 MB of one-character rows would take gigabytes), with what was refused.
struct CsvLimits
{
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxRecords = 50'000 + 1; // the header and 50,000 rows
    int maxCellChars = 20'000;   // in code points; the longest field a record takes (a description)
};

// An unterminated quote is an error naming its line; so are a file, a row count or a cell beyond `limits`.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits = {});

} // namespace bva
