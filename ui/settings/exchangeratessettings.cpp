#include "exchangeratessettings.h"

#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "shell/async.h"
#include "shell/uiservices.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

// The currencies offered as a target besides the shops' own.
QStringList commonCurrencies()
{
    return {u"PHP"_s, u"IDR"_s, u"MYR"_s, u"SGD"_s, u"THB"_s, u"VND"_s, u"USD"_s};
}

// Shown in the user's language ("0,0035" in Indonesian), stored with a point.
QString shownRate(const QString &stored)
{
    return QString(stored).replace(u'.', QLocale().decimalPoint());
}

QString storedRate(const QString &typed)
{
    QString text = typed.trimmed();
    const QString point = QLocale().decimalPoint();
    if (point != u"."_s && !text.contains(u'.'))
        text.replace(point, u"."_s);
    return text;
}

} // namespace

ExchangeRatesSettings::ExchangeRatesSettings(const UiServices &services, UserSession *session,
                                             QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 16, 0, 0);
    auto *card = new QFrame(this);
    card->setObjectName(u"card"_s);
    card->setMaximumWidth(640);
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(20, 18, 20, 18);
    l->setSpacing(10);
    m_title = new QLabel(card);
    m_title->setObjectName(u"h3"_s);
    m_help = new QLabel(card);
    m_help->setObjectName(u"muted"_s);
    m_help->setWordWrap(true);
    l->addWidget(m_title);
    l->addWidget(m_help);

    auto *targetRow = new QHBoxLayout();
    m_targetLabel = new QLabel(card);
    m_target = new QComboBox(card);
    m_target->setObjectName(u"rateTarget"_s);
    m_targetLabel->setBuddy(m_target);
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addStretch();
    l->addLayout(targetRow);

    m_grid = new QGridLayout();
    m_grid->setHorizontalSpacing(8);
    l->addLayout(m_grid);
    m_empty = new QLabel(card);
    m_empty->setObjectName(u"muted"_s);
    m_empty->setWordWrap(true);
    l->addWidget(m_empty);

    m_status = new QLabel(card);
    m_status->setWordWrap(true);
    l->addWidget(m_status);
    auto *buttons = new QHBoxLayout();
    buttons->addStretch();
    m_clear = new QPushButton(card);
    m_save = new QPushButton(card);
    m_save->setObjectName(u"primary"_s);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    l->addLayout(buttons);
    outer->addWidget(card);
    outer->addStretch();

    connect(m_target, &QComboBox::currentTextChanged, this, [this] {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            m_typed.insert(it.key(), it.value()->text());
        rebuildRows();
    });
    connect(m_save, &QPushButton::clicked, this, &ExchangeRatesSettings::save);
    connect(m_clear, &QPushButton::clicked, this, &ExchangeRatesSettings::clear);
    if (m_session) {
        connect(m_session, &UserSession::shopsChanged, this, &ExchangeRatesSettings::rebuildRows);
        connect(m_session, &UserSession::userChanged, this, &ExchangeRatesSettings::reload);
    }
    retranslate();
    reload();
}

QStringList ExchangeRatesSettings::shopCurrencies() const
{
    QStringList list;
    if (m_session) {
        for (const Shop &s : m_session->shops()) {
            if (!list.contains(s.currency))
                list.append(s.currency);
        }
    }
    return list;
}

QString ExchangeRatesSettings::status() const
{
    return m_status->text();
}

void ExchangeRatesSettings::setStatus(const QString &text, bool ok)
{
    m_status->setObjectName(ok ? u"muted"_s : u"error"_s);
    m_status->setText(text);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void ExchangeRatesSettings::reload()
{
    AnalyticsService *analytics = m_services.analytics;
    const qint64 userId = m_session ? m_session->user().id : 0;
    if (!analytics || userId <= 0)
        return;
    runAsync(
        this, [analytics, userId] { return analytics->exchangeRates(userId); },
        [this](Result<ExchangeRates> r) {
            if (!r.ok()) {
                setStatus(r.error().message, false);
                return;
            }
            m_rates = *r;
            m_typed.clear();
            for (auto it = m_rates.rates.cbegin(); it != m_rates.rates.cend(); ++it)
                m_typed.insert(it.key(), shownRate(it.value()));
            rebuildRows();
            emit loaded();
        });
}

void ExchangeRatesSettings::rebuildRows()
{
    // The target: what was saved, else the first shop's currency.
    QStringList targets = shopCurrencies();
    for (const QString &c : commonCurrencies()) {
        if (!targets.contains(c))
            targets.append(c);
    }
    const QString current = m_target->currentText();
    const QString target = !current.isEmpty()          ? current
                           : !m_rates.target.isEmpty() ? m_rates.target
                                                       : targets.value(0);
    if (!m_rates.target.isEmpty() && !targets.contains(m_rates.target))
        targets.append(m_rates.target);
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItems(targets);
        m_target->setCurrentText(target);
    }

    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_fields.clear();
    // A row per other shop currency, and per currency that already has a rate.
    QStringList rows;
    for (const QString &c : shopCurrencies() + m_rates.rates.keys()) {
        if (c != target && !rows.contains(c))
            rows.append(c);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString &c = rows.at(i);
        auto *before = new QLabel(tr("1 %1 =").arg(c), this);
        auto *field = new QLineEdit(m_typed.value(c), this);
        field->setObjectName(u"rate_"_s + c);
        field->setPlaceholderText(tr("e.g. %1").arg(shownRate(u"0.0035"_s)));
        auto *after = new QLabel(target, this);
        before->setBuddy(field);
        m_grid->addWidget(before, i, 0);
        m_grid->addWidget(field, i, 1);
        m_grid->addWidget(after, i, 2);
        m_rowWidgets << before << field << after;
        m_fields.insert(c, field);
    }
    m_empty->setText(rows.isEmpty()
                         ? tr("All your shops sell in %1: there is nothing to convert.").arg(target)
                         : QString());
    m_empty->setVisible(rows.isEmpty());
}

ExchangeRates ExchangeRatesSettings::typed() const
{
    ExchangeRates rates;
    rates.target = m_target->currentText();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            rates.rates.insert(it.key(), storedRate(it.value()->text()));
    }
    return rates;
}

void ExchangeRatesSettings::save()
{
    AnalyticsService *analytics = m_services.analytics;
    const qint64 userId = m_session ? m_session->user().id : 0;
    if (!analytics || userId <= 0)
        return;
    const ExchangeRates rates = typed();
    m_save->setEnabled(false);
    runAsync(
        this, [analytics, userId, rates] { return analytics->setExchangeRates(userId, rates); },
        [this, rates](Result<void> r) {
            m_save->setEnabled(true);
            if (!r.ok()) {
                setStatus(r.error().message, false);
            } else {
                m_rates = rates;
                setStatus(
                    rates.rates.isEmpty()
                        ? tr("Saved. Add a rate to see converted totals.")
                        : tr("Saved. Totals are converted to %1 at these rates, and marked as converted.")
                              .arg(rates.target),
                    true);
            }
            emit saved();
        });
}

void ExchangeRatesSettings::clear()
{
    for (QLineEdit *field : std::as_const(m_fields))
        field->clear();
    m_typed.clear();
    AnalyticsService *analytics = m_services.analytics;
    const qint64 userId = m_session ? m_session->user().id : 0;
    if (!analytics || userId <= 0)
        return;
    runAsync(
        this, [analytics, userId] { return analytics->setExchangeRates(userId, ExchangeRates{}); },
        [this](Result<void> r) {
            if (r.ok())
                m_rates = {};
            setStatus(r.ok() ? tr("Rates removed: each currency is shown on its own.") : r.error().message,
                      r.ok());
            emit saved();
        });
}

void ExchangeRatesSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            m_typed.insert(it.key(), it.value()->text());
        rebuildRows();
    }
    QWidget::changeEvent(event);
}

void ExchangeRatesSettings::retranslate()
{
    m_title->setText(tr("Exchange rates"));
    m_help->setText(tr("Shops that sell in different currencies are never added together: the dashboard and "
                       "reports show each currency side by side. To also see one total, choose the currency "
                       "to convert into and say what one unit of each other currency is worth in it. "
                       "Converted totals are always marked as converted."));
    m_targetLabel->setText(tr("Convert totals into"));
    m_save->setText(tr("Save rates"));
    m_clear->setText(tr("Remove rates"));
}

} // namespace bva::ui
