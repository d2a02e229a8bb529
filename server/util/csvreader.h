// The CSV reader of every import (BVA-native products, offline sales): RFC 4180 as spreadsheets
// write it (comma separated, quoted cells with doubled quotes and line breaks inside, CRLF or LF,
// a UTF-8 byte-order mark skipped). Each record keeps the file line it starts on, so a preview can
// say "row 12" the way the seller's spreadsheet numbers it. The reverse of CsvWriter: a text cell
// CsvWriter guarded against formulas ('=…) reads back without its apostrophe.
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

// Records in file order, blank lines left out. An unterminated quote is an error naming its line.
Result<QList<CsvRecord>> readCsv(const QByteArray &bytes);

} // namespace bva
