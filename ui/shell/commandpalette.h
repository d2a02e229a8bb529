// Ctrl+K: type to find any page or action and run it with Enter.
#pragma once

#include <QDialog>
#include <functional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

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
    void popup();
    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *model() const { return m_proxy; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCurrent();

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QList<PaletteCommand> m_commands;
};

} // namespace bva::ui
