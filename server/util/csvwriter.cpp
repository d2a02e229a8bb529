#include "csvwriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bva {

QString CsvWriter::guarded(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // full-width = + - @, which some spreadsheets fold to the ASCII ones
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return u'\'' + cell;
    default:
        return cell;
    }
}

QString CsvWriter::quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString out = cell;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

void CsvWriter::add(const QString &cell)
{
    if (m_rowOpen)
        m_out += u',';
    m_out += quoted(cell);
    m_rowOpen = true;
}

CsvWriter &CsvWriter::text(const QString &cell)
{
    add(guarded(cell));
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    add(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::number(const QString &formatted)
{
    add(formatted);
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    add(QString());
    return *this;
}

void CsvWriter::endRow()
{
    m_out += m_lineEnd == LineEnd::CrLf ? u"\r\n"_s : u"\n"_s;
    m_rowOpen = false;
}

void CsvWriter::row(const QStringList &texts)
{
    for (const QString &t : texts)
        text(t);
    endRow();
}

void CsvWriter::blankLine()
{
    if (m_rowOpen)
        endRow();
    endRow();
}

Result<void> CsvWriter::save(const QString &path, bool byteOrderMark) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(file.errorString());
    if (byteOrderMark)
        file.write("\xEF\xBB\xBF");
    file.write(toUtf8());
    if (!file.commit())
        return Error::storage(file.errorString());
    return {};
}

} // namespace bva
