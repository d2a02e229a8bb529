#include "commandpalette.h"

#include "theme/theme.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(u"commandPalette"_s);
    setAttribute(Qt::WA_StyledBackground, true);
    resize(520, 380);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(18, 18));
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::UserRole + 1);
    m_list->setModel(m_proxy);
    l->addWidget(m_search);
    l->addWidget(m_list);
    m_search->installEventFilter(this);

    m_findDelay = new QTimer(this);
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(200);
    connect(m_findDelay, &QTimer::timeout, this, [this] {
        if (const QString text = m_search->text().trimmed(); text.size() >= 2)
            emit findRequested(text);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        m_findDelay->start();
    });
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::clicked, this, &CommandPalette::runCurrent);
}

void CommandPalette::setCommands(const QList<PaletteCommand> &commands)
{
    m_commands = commands;
    rebuild();
}

void CommandPalette::setFound(const QString &text, const QList<PaletteCommand> &found)
{
    if (text != m_search->text().trimmed())
        return; // typed on since: a newer search is on its way
    m_found = found;
    m_foundFor = text;
    rebuild();
    if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void CommandPalette::rebuild()
{
    m_model->clear();
    const QList<PaletteCommand> all = m_commands + m_found;
    for (int i = 0; i < all.size(); ++i) {
        const auto &c = all.at(i);
        auto *item = new QStandardItem(Theme::icon(c.icon), c.section + u"  ·  "_s + c.title);
        item->setData(i, Qt::UserRole);
        // A found row matched in the data (a SKU, a customer's email): it passes the filter it was found
        // with.
        const QString filterText = i < m_commands.size()
                                       ? QString(c.title + u' ' + c.section)
                                       : QString(c.title + u' ' + c.section + u' ' + m_foundFor);
        item->setData(filterText, Qt::UserRole + 1);
        m_model->appendRow(item);
    }
}

void CommandPalette::popup()
{
    m_search->setPlaceholderText(tr("Type a page, an action, a product or an order…"));
    m_found.clear();
    m_foundFor.clear();
    m_search->clear();
    rebuild();
    if (auto *p = parentWidget()) {
        const QPoint topCenter = p->mapToGlobal(QPoint(p->width() / 2, 80));
        move(topCenter.x() - width() / 2, topCenter.y());
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus();
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_proxy->rowCount();
        const int row = m_list->currentIndex().row();
        if (key->key() == Qt::Key_Down && rows > 0) {
            m_list->setCurrentIndex(m_proxy->index(qMin(row + 1, rows - 1), 0));
            return true;
        }
        if (key->key() == Qt::Key_Up && rows > 0) {
            m_list->setCurrentIndex(m_proxy->index(qMax(row - 1, 0), 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::runCurrent()
{
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        return;
    const int i = idx.data(Qt::UserRole).toInt();
    hide();
    const PaletteCommand command =
        i < m_commands.size() ? m_commands.value(i) : m_found.value(i - m_commands.size());
    if (command.run)
        command.run();
}

} // namespace bva::ui
