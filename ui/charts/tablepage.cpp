#include "tablepage.h"

#include "domain/platform.h"
#include "elided.h"
#include "models/displayformat.h"
#include "pagekit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

TablePageFrame buildTablePage(QWidget *page, const TablePageTexts &texts, const TablePageWidgets &w)
{
    TablePageFrame f;
    page->setStyleSheet(analyticsStyleSheet());
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(20, 16, 20, 16);
    outer->setSpacing(10);
    f.header = new QHBoxLayout();
    f.titleBlock = new QVBoxLayout();
    f.titleBlock->setSpacing(0);
    // It gives way to the buttons beside it in a small window: the Filipino buttons are longer, and
    // "Mga Produkto at Imbentaryo" took the room the last one needed.
    QLabel *title = makePageTitle(texts.title, page);
    title->setWordWrap(true);
    f.titleBlock->addWidget(title);
    f.header->addLayout(f.titleBlock);
    f.header->addStretch();
    outer->addLayout(f.header);

    f.filters = new QHBoxLayout();
    w.search->setPlaceholderText(texts.searchHint);
    w.search->setClearButtonEnabled(true);
    // In a 1024-pixel window in Filipino four boxes as wide as their longest choice left it "Han…".
    w.search->setMinimumWidth(w.search->fontMetrics().horizontalAdvance(u'M') * 12);
    f.filters->addWidget(w.search, 2);
    w.platform->addItem(QCoreApplication::translate("bva::ui::TablePage", "All platforms"), QString());
    w.platform->addItem(u"Shopee"_s, platformName(Platform::Shopee));
    w.platform->addItem(u"Lazada"_s, platformName(Platform::Lazada));
    w.platform->addItem(u"TikTok"_s, platformName(Platform::TikTok));
    w.platform->addItem(platformDisplayName(Platform::Other), platformName(Platform::Other));
    outer->addLayout(f.filters);
    addFilterBox(f, w.platform);
    outer->addWidget(w.stack, 1);

    w.stack->addWidget(
        makeEmptyState(texts.emptyHeadline, texts.emptyHint, page, &f.connectButton, openIntegrationsText()));

    auto *split = new QSplitter(Qt::Horizontal, page);
    styleTable(w.view);
    split->addWidget(w.view);
    QVBoxLayout *body = nullptr;
    QFrame *detail = makeCard(QString(), &body, split);
    detail->setMinimumWidth(320);
    w.detailStack->addWidget(makeEmptyState(texts.detailHeadline, texts.detailHint, detail));
    f.detailPage = new QWidget(detail);
    f.detail = new QVBoxLayout(f.detailPage);
    f.detail->setContentsMargins(0, 0, 0, 0);
    w.detailTitle->setObjectName(u"cardTitle"_s);
    w.detailTitle->setTextFormat(Qt::PlainText); // a product's name, an order's id: the marketplace's words
    w.detailTitle->setWordWrap(true);
    w.detailFacts->setWordWrap(true);
    w.detailFacts->setTextFormat(Qt::RichText);
    f.detail->addWidget(w.detailTitle);
    f.detail->addWidget(w.detailFacts);
    w.detailStack->addWidget(f.detailPage);
    body->addWidget(w.detailStack);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    w.stack->addWidget(split);
    return f;
}

void addFilterBox(const TablePageFrame &frame, ElidingComboBox *box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(9);
    frame.filters->addWidget(box, 1);
}

void setVisualOrder(QHeaderView *header, std::initializer_list<int> columns)
{
    int visual = 0;
    for (int column : columns)
        header->moveSection(header->visualIndex(column), visual++);
}

} // namespace bva::ui
