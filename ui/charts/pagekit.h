// Small building blocks shared by the analytics pages: cards, section titles, empty states and the
// stylesheet that gives cards their look (palette colors, so dark mode follows).
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace bva::ui {

QString analyticsStyleSheet();
// A card with a title; its layout is returned through `body`.
QFrame *makeCard(const QString &title, QVBoxLayout **body, QWidget *parent);
QLabel *makePageTitle(const QString &text, QWidget *parent);
// Says what to do; `button` is optional (null: no button).
QWidget *makeEmptyState(const QString &headline, const QString &hint, QWidget *parent, QPushButton **button = nullptr,
                        const QString &buttonText = QString());
void styleTable(QTableView *view);

} // namespace bva::ui
