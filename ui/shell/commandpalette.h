// Ctrl+K: type to find any page or action, or a product or an order, and open it with Enter.
#pragma once

#include <QDialog>
#include <functional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;

namespace bva::ui {

struct PaletteCommand
{
    QString title;
    QString section; // "Go to", "Action"
    QString icon;
    std::function<void()> run;
};

class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    void setCommands(const QList<PaletteCommand> &commands);
    // What the data holds for `text` (products, orders), shown under the commands while the search
    // field still reads `text`.
    void setFound(const QString &text, const QList<PaletteCommand> &found);
    void popup();
    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *model() const { return m_proxy; }

signals:
    // The search settled on `text` (two characters or more): look in the data.
    void findRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCurrent();
    void rebuild();

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QList<PaletteCommand> m_commands;
    QList<PaletteCommand> m_found;
    QString m_foundFor;
    QTimer *m_findDelay = nullptr;
};

} // namespace bva::ui
