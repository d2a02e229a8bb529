// Qt's own texts in BVA's languages: the menus of text fields, spin and date boxes, and the widget
// file dialog of the exports are translated (Qt ships no Filipino or Indonesian), and no menu or
// dialog gives two of its entries the same accelerator (Indonesian "Po&tong" and "&Tempel" did).
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// Installed last, so asked first: notes every text a widget asks for and lets the others answer.
class RecordingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        m_asked.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable std::set<std::pair<QString, QString>> m_asked;
};

// The accelerator of "Cu&t" is 't'; "&&" is a literal ampersand.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The texts whose accelerators clash, e.g. "T: Po&tong, &Tempel".
QStringList clashes(const QStringList &texts)
{
    QMap<QChar, QStringList> byKey;
    for (const QString &t : texts)
        if (const QChar key = accelerator(t.section(u'\t', 0, 0)); !key.isNull())
            byKey[key].append(t.section(u'\t', 0, 0));
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            out.append(QString(it.key()) + u": "_s + it.value().join(u", "_s));
    return out;
}

QStringList textsOf(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions)
        if (!a->isSeparator())
            out.append(a->text());
    return out;
}

// A spin or date box builds its menu in its context menu event and runs it: read it while it is open.
QStringList spinBoxMenu(QAbstractSpinBox &box)
{
    box.show();
    QStringList texts;
    QTimer::singleShot(0, &box, [&texts] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            texts = textsOf(menu->actions());
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(2, 2), box.mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(&box, &event);
    return texts;
}

} // namespace

class TstQtTexts : public QObject
{
    Q_OBJECT
private slots:
    void translatedWithoutClashingAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fil") << u"fil"_s;
        QTest::newRow("id") << u"id"_s;
    }
    void translatedWithoutClashingAccelerators()
    {
        QFETCH(QString, language);
        QTranslator bva;
        QVERIFY(bva.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&bva);
        RecordingTranslator recorder;
        QCoreApplication::installTranslator(&recorder);

        QStringList clashing;
        QLineEdit field(u"text"_s);
        field.selectAll();
        const std::unique_ptr<QMenu> fieldMenu(field.createStandardContextMenu());
        clashing << clashes(textsOf(fieldMenu->actions()));
        QPlainTextEdit note(u"text"_s);
        note.selectAll();
        const std::unique_ptr<QMenu> noteMenu(note.createStandardContextMenu());
        clashing << clashes(textsOf(noteMenu->actions()));
        QSpinBox quantity;
        const QStringList spinTexts = spinBoxMenu(quantity);
        QVERIFY2(spinTexts.size() >= 8, qPrintable(spinTexts.join(u", "_s))); // the field's and Step up/down
        clashing << clashes(spinTexts);
        QDateEdit day;
        clashing << clashes(spinBoxMenu(day));

        // The exports' save dialog: its labels and buttons, and its file list's context menu.
        QFileDialog save(nullptr, u"Export CSV"_s, QDir::tempPath(), u"CSV (*.csv)"_s);
        save.setOption(QFileDialog::DontUseNativeDialog);
        save.setAcceptMode(QFileDialog::AcceptSave);
        save.show();
        QStringList dialogTexts;
        for (const QLabel *l : save.findChildren<QLabel *>())
            dialogTexts << l->text();
        for (const QPushButton *b : save.findChildren<QPushButton *>())
            dialogTexts << b->text();
        clashing << clashes(dialogTexts);
        QStringList listMenu;
        for (const char *name :
             {"qt_rename_action", "qt_delete_action", "qt_show_hidden_action", "qt_new_folder_action"})
            if (const auto *a = save.findChild<QAction *>(QLatin1String(name)))
                listMenu << a->text();
        QCOMPARE(listMenu.size(), 4);
        clashing << clashes(listMenu);
        save.close();
        QCoreApplication::removeTranslator(&recorder);
        QCoreApplication::removeTranslator(&bva);

        QStringList untranslated;
        for (const auto &[context, source] : recorder.m_asked) {
            // Key names and shortcuts stay as Qt writes them (QKeySequence reads them back).
            if (context == u"QShortcut"_s || context == u"QGuiApplication"_s || source.startsWith(u"Alt+"_s))
                continue;
            if (bva.translate(context.toUtf8().constData(), source.toUtf8().constData()).isEmpty())
                untranslated << context + u"::"_s + source;
        }
        QVERIFY2(recorder.m_asked.size() > 40, "the widgets asked for their texts");
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
        QVERIFY2(clashing.isEmpty(), qPrintable(clashing.join(u" | "_s)));
    }
};

QTEST_MAIN(TstQtTexts)
#include "tst_qttexts.moc"
