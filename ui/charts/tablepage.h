// The frame the Orders and Products pages share: a title row, a filter row that starts with a
// search field and a platform box, an empty state that points to Integrations, and the table beside
// a detail card (a hint until a row is picked, then the detail page with its title and facts).
#pragma once

#include <QString>
#include <initializer_list>

class QComboBox;
class QHBoxLayout;
class QHeaderView;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace bva::ui {

class ElidingComboBox;

struct TablePageTexts
{
    QString title;
    QString searchHint;
    QString emptyHeadline; // no shop connected yet
    QString emptyHint;
    QString detailHeadline; // nothing selected yet
    QString detailHint;
};

struct TablePageWidgets
{
    QStackedWidget *stack; // 0: empty state, 1: table and detail
    QTableView *view;
    QLineEdit *search;
    ElidingComboBox *platform; // filled with "All platforms" and the marketplaces
    QStackedWidget *detailStack;
    QLabel *detailTitle;
    QLabel *detailFacts;
};

struct TablePageFrame
{
    QHBoxLayout *header = nullptr;        // title and a stretch; add counters and buttons
    QVBoxLayout *titleBlock = nullptr;    // the title; add a line under it
    QHBoxLayout *filters = nullptr;       // search and platform; add more boxes
    QVBoxLayout *detail = nullptr;        // the detail page, title and facts already in
    QWidget *detailPage = nullptr;        // parent for what goes into `detail`
    QPushButton *connectButton = nullptr; // the empty state's "Open Integrations"
};

TablePageFrame buildTablePage(QWidget *page, const TablePageTexts &texts, const TablePageWidgets &w);
// A filter's box beside the search field, after the others. It gives way in a narrow window (its
// choice elided with "…", in full in its plain tip: shop names are the marketplace's) so the search field
// keeps room to type in.
void addFilterBox(const TablePageFrame &frame, ElidingComboBox *box);

// Shows the model's columns in this order, from the left; columns not named keep their order after them.
void setVisualOrder(QHeaderView *header, std::initializer_list<int> columns);

} // namespace bva::ui
