// Small building blocks shared by the analytics pages: cards, section titles, empty states and the
// stylesheet that gives cards their look (palette colors, so dark mode follows).
#pragma once

#include <QString>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace bva::ui {

QString analyticsStyleSheet();
// A card with a title; its layout is returned through `body`.
QFrame *makeCard(const QString &title, QVBoxLayout **body, QWidget *parent);
QLabel *makePageTitle(const QString &text, QWidget *parent);
// Says what to do; `button` is optional (null: no button).
QWidget *makeEmptyState(const QString &headline, const QString &hint, QWidget *parent,
                        QPushButton **button = nullptr, const QString &buttonText = QString());
void styleTable(QTableView *view);
// The empty states' button that leads to Settings → Integrations.
QString openIntegrationsText();

struct AnalyticsPageTexts
{
    QString title;
    QString emptyHeadline; // no shop in scope
    QString emptyHint;
};

struct AnalyticsPageFrame
{
    QVBoxLayout *outer = nullptr;         // the header row, then the stack
    QHBoxLayout *header = nullptr;        // title, subtitle and a stretch; add status and actions
    QPushButton *connectButton = nullptr; // the empty state's "Open Integrations"
};

// The frame the SmartShelf, Restock, MarketMate and Reports pages share: the card stylesheet, a
// header row (title, then `subtitle` when given), and `stack` whose page 0 is the empty state.
AnalyticsPageFrame buildAnalyticsPage(QWidget *page, QStackedWidget *stack, const AnalyticsPageTexts &texts,
                                      QLabel *subtitle = nullptr);
// Adds a scrolling page to `stack`; lay out the cards in the returned layout, with its
// parentWidget() as their parent.
QVBoxLayout *addScrollPage(QStackedWidget *stack);
// Lays out now what the last changes moved, before anything paints: a page that has just shown new
// figures is drawn whole, never for a frame with its old geometry (word-wrapped notes over each other,
// cards cut short) while the layout requests wait in the event queue; and whoever hears `refreshed`
// reads the final layout.
void layOutNow();

} // namespace bva::ui
