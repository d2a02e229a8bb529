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

// An unterminated quote is an error naming its line.
Result<CsvTable> readCsv(const QByteArray &bytes);

} // namespace bva
