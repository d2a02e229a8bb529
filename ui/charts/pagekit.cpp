#include "pagekit.h"

#include "charttheme.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

QString analyticsStyleSheet()
{
    return u"QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }"
           "QLabel#cardTitle { font-weight: 600; }"
           "QLabel#pageTitle { font-size: 20px; font-weight: 600; }"
           "QLabel#emptyHeadline { font-size: 16px; font-weight: 600; }"
           "QTableView { border: none; background: palette(base); }"
           "QHeaderView::section { border: none; border-bottom: 1px solid palette(midlight); padding: 4px 6px; "
           "background: palette(base); font-weight: 600; }"_s;
}

QFrame *makeCard(const QString &title, QVBoxLayout **body, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(u"card"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    if (!title.isEmpty()) {
        auto *label = new QLabel(title, card);
        label->setObjectName(u"cardTitle"_s);
        layout->addWidget(label);
    }
    if (body)
        *body = layout;
    return card;
}

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"pageTitle"_s);
    return label;
}

QWidget *makeEmptyState(const QString &headline, const QString &hint, QWidget *parent, QPushButton **button,
                        const QString &buttonText)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->addStretch();
    auto *h = new QLabel(headline, w);
    h->setObjectName(u"emptyHeadline"_s);
    h->setAlignment(Qt::AlignCenter);
    auto *t = new QLabel(hint, w);
    t->setAlignment(Qt::AlignCenter);
    t->setWordWrap(true);
    QPalette muted = t->palette();
    muted.setColor(QPalette::WindowText, colors::muted());
    t->setPalette(muted);
    layout->addWidget(h);
    layout->addWidget(t);
    if (button) {
        *button = new QPushButton(buttonText, w);
        auto *row = new QHBoxLayout();
        row->addStretch();
        row->addWidget(*button);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addStretch();
    return w;
}

void styleTable(QTableView *view)
{
    view->setAlternatingRowColors(false);
    view->setShowGrid(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(26);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
}

QString openIntegrationsText()
{
    // The context the translations already carry for this button (the table pages had it first).
    return QCoreApplication::translate("bva::ui::TablePage", "Open Integrations");
}

AnalyticsPageFrame buildAnalyticsPage(QWidget *page, QStackedWidget *stack, const AnalyticsPageTexts &texts,
                                      QLabel *subtitle)
{
    AnalyticsPageFrame f;
    page->setStyleSheet(analyticsStyleSheet());
    f.outer = new QVBoxLayout(page);
    f.outer->setContentsMargins(20, 16, 20, 16);
    f.outer->setSpacing(10);
    f.header = new QHBoxLayout();
    f.header->addWidget(makePageTitle(texts.title, page));
    if (subtitle) {
        f.header->addSpacing(12);
        f.header->addWidget(subtitle);
    }
    f.header->addStretch();
    f.outer->addLayout(f.header);
    f.outer->addWidget(stack, 1);
    stack->addWidget(
        makeEmptyState(texts.emptyHeadline, texts.emptyHint, page, &f.connectButton, openIntegrationsText()));
    return f;
}

QVBoxLayout *addScrollPage(QStackedWidget *stack)
{
    auto *scroll = new QScrollArea(stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    scroll->setWidget(content);
    stack->addWidget(scroll);
    return layout;
}

void layOutNow()
{
    // A scroll page takes two rounds (the content, then the scroll area that sizes it): both are sent,
    // since requests posted while sending are sent in the same call.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace bva::ui
