// The strip above every page: title, shop/platform filter, live indicator, palette hint,
// notifications bell and the user menu.
#pragma once

#include "analytics/analyticsscope.h"
#include "domain/shop.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTimer;

namespace bva::ui {

class ElidingComboBox;

class DateRangePopup;

class TopBar final : public QWidget
{
    Q_OBJECT
public:
    explicit TopBar(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setShops(const QList<Shop> &shops);
    QString scopeKey() const; // "all", "platform:SHOPEE", "shop:12"
    void setScopeKey(const QString &key);
    QString presetKey() const;             // "today", "7d", "30d", "90d", "1y", "custom"
    void setPresetKey(const QString &key); // "custom" only once a custom range is set
    // The days of the "custom" preset (invalid until the user applied one in the popup).
    DateRange customRange() const { return m_custom; }
    void setCustomRange(const DateRange &range); // also selects "custom"
    void setServerUp(bool up, const QString &address);
    void setLastEvent(const QDateTime &at);
    void setUnreadCount(qint64 count);
    void setUserName(const QString &name);
    QToolButton *bellButton() const { return m_bell; }
    QToolButton *userButton() const { return m_user; }
    bool isCompact() const { return m_compact; } // too narrow for the texts: icons only

signals:
    // The shop filter or the date preset changed.
    void scopeChanged(const QString &key);
    void paletteRequested();
    void bellClicked();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void refreshLive();
    void updateCompact();
    void applyCompact(bool compact);
    void refreshIcons();
    void updateCustomText();
    int customIndex() const;

    QLabel *m_title = nullptr;
    ElidingComboBox *m_scope = nullptr;
    QComboBox *m_preset = nullptr;
    DateRangePopup *m_rangePopup = nullptr;
    DateRange m_custom;
    int m_lastPresetIndex = 2;
    QLabel *m_live = nullptr;
    QPushButton *m_paletteHint = nullptr;
    QToolButton *m_bell = nullptr;
    QLabel *m_badge = nullptr;
    QToolButton *m_user = nullptr;
    QTimer *m_tick = nullptr;
    QList<Shop> m_shops;
    bool m_serverUp = false;
    QString m_address;
    QDateTime m_lastEvent;
    bool m_updating = false;
    bool m_compact = false;
    QString m_paletteText;
};

} // namespace bva::ui
