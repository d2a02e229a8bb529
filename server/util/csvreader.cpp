#include "csvreader.h"

#include "codepoints.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::CsvReader)
};

QString unguarded(const QString &cell)
{
    static constexpr QStringView kFormulaStarts = u"=+-@\t\r＝＋－＠";
    if (cell.size() > 1 && cell.at(0) == u'\'' && kFormulaStarts.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

bool blank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The separator the first line uses most outside quotes; a comma when it has none.
QChar separatorOf(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

} // namespace

Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return Error::invalid(Text::tr("the file is larger than %1 MB; split it into smaller files")
                                  .arg(limits.maxBytes / (1024 * 1024)));
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError())
        return Error::invalid(Text::tr("the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
    const QChar separator = separatorOf(text);
    QList<CsvRecord> records;
    CsvRecord current;
    QString cell;
    bool quoted = false;      // inside a quoted cell
    bool cellStarted = false; // the record has a cell in progress
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    QString refusal; // why reading stopped early
    const auto endCell = [&] {
        if (refusal.isEmpty() && longerThanCodePoints(cell, limits.maxCellChars))
            refusal = Text::tr("row %1: a cell is longer than %2 characters")
                          .arg(current.line)
                          .arg(limits.maxCellChars);
        current.cells.append(unguarded(cell));
        cell.clear();
    };
    const auto endRecord = [&] {
        if (cellStarted || !cell.isEmpty() || !current.cells.isEmpty())
            endCell();
        if (!blank(current.cells)) {
            if (records.size() >= limits.maxRecords && refusal.isEmpty())
                refusal = Text::tr("the file has more than %1 rows; split it into smaller files")
                              .arg(limits.maxRecords - 1);
            else
                records.append(current);
        }
        current = CsvRecord();
        cellStarted = false;
    };
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (current.cells.isEmpty() && cell.isEmpty() && !cellStarted)
            current.line = line;
        if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endCell();
            cellStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            if (!refusal.isEmpty())
                return Error::invalid(refusal);
            ++line;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(Text::tr("row %1: a quoted cell is never closed").arg(quoteLine));
    endRecord();
    if (!refusal.isEmpty())
        return Error::invalid(refusal);
    return CsvTable{std::move(records), separator};
}

} // namespace bva
