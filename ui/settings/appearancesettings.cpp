#include "appearancesettings.h"

#include "appsettings.h"
#include "language.h"
#include "notifications/notificationcenter.h"
#include "theme/format.h"
#include "theme/theme.h"
#include "util/clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

AppearanceSettings::AppearanceSettings(NotificationCenter *notifications, QWidget *parent)
    : QWidget(parent)
    , m_notifications(notifications)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(16);
    auto makeCard = [this, l] {
        auto *c = new QFrame(this);
        c->setObjectName(u"card"_s);
        c->setMaximumWidth(640);
        auto *v = new QVBoxLayout(c);
        v->setContentsMargins(20, 18, 20, 18);
        v->setSpacing(10);
        l->addWidget(c);
        return v;
    };

    auto *theme = makeCard();
    m_themeTitle = new QLabel(this);
    m_themeTitle->setObjectName(u"h3"_s);
    m_system = new QRadioButton(this);
    m_light = new QRadioButton(this);
    m_dark = new QRadioButton(this);
    m_group = new QButtonGroup(this);
    m_group->addButton(m_system, int(Appearance::System));
    m_group->addButton(m_light, int(Appearance::Light));
    m_group->addButton(m_dark, int(Appearance::Dark));
    theme->addWidget(m_themeTitle);
    theme->addWidget(m_system);
    theme->addWidget(m_light);
    theme->addWidget(m_dark);
    const Appearance current = appearanceFromKey(settings::appearance().get());
    m_group->button(int(current))->setChecked(true);

    auto *lang = makeCard();
    m_languageTitle = new QLabel(this);
    m_languageTitle->setObjectName(u"h3"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    for (const auto &info : Language::available())
        m_language->addItem(info.nativeName, info.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    m_previewTitle = new QLabel(this);
    m_previewTitle->setObjectName(u"muted"_s);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"notice"_s);
    lang->addWidget(m_languageTitle);
    lang->addWidget(m_language);
    lang->addWidget(m_previewTitle);
    lang->addWidget(m_preview);

    auto *notify = makeCard();
    m_notifyTitle = new QLabel(this);
    m_notifyTitle->setObjectName(u"h3"_s);
    m_tray = new QCheckBox(this);
    m_tray->setChecked(settings::trayNotifications().get());
    notify->addWidget(m_notifyTitle);
    notify->addWidget(m_tray);
    l->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [](int id) {
        const auto a = Appearance(id);
        settings::appearance().set(appearanceKey(a));
        Theme::apply(a);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        settings::language().set(Language::apply(code));
    });
    connect(m_tray, &QCheckBox::toggled, this, [this](bool on) {
        settings::trayNotifications().set(on);
        m_notifications->setTrayEnabled(on);
    });
    retranslate();
}

void AppearanceSettings::updatePreview()
{
    m_preview->setText(tr("Number: %1\nMoney: %2 · %3\nDate: %4")
                           .arg(Format::number(1234567), Format::money(123456789, u"PHP"_s),
                                Format::money(1500000000, u"IDR"_s),
                                Format::dateTime(Clock::nowUtc().toLocalTime())));
}

void AppearanceSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppearanceSettings::retranslate()
{
    m_themeTitle->setText(tr("Appearance"));
    m_system->setText(tr("Follow the system"));
    m_light->setText(tr("Light"));
    m_dark->setText(tr("Dark"));
    m_languageTitle->setText(tr("Language"));
    m_previewTitle->setText(tr("Numbers, money and dates in this language:"));
    m_notifyTitle->setText(tr("Notifications"));
    m_tray->setText(tr("Also show notifications in the system tray"));
    updatePreview();
}

} // namespace bva::ui
