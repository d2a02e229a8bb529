// Build-time tool: renders the application icon SVG into the PNG sizes of the hicolor icon theme,
// through Qt's SVG image plugin (no extra build dependency).
// Usage: bva-iconrender ICON.svg OUTDIR NAME SIZE...  writes OUTDIR/SIZExSIZE/apps/NAME.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: bva-iconrender ICON.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    for (const QString &sizeText : args.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "bva-iconrender: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImageReader reader(args.at(1), "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        if (image.isNull()) {
            std::fprintf(stderr, "bva-iconrender: %s: %s (is Qt's SVG image plugin installed?)\n",
                         qPrintable(args.at(1)), qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = args.at(2) + u'/' + sizeText + u'x' + sizeText + u"/apps"_s;
        const QString file = dir + u'/' + args.at(3) + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "bva-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
