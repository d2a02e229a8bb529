#include "upgradesplash.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

UpgradeSplash::UpgradeSplash(QWidget *parent)
    : QWidget(parent, Qt::SplashScreen | Qt::FramelessWindowHint)
{
    setWindowTitle(tr("BVA — Business Virtual Assistant"));
    setWindowIcon(QIcon(u":/bva/icons/app.svg"_s));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/bva/icons/app.svg"_s).pixmap(40, 40));
    auto *title = new QLabel(tr("Updating your data for this version of BVA"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    auto *explain = new QLabel(tr("This happens once after an update. With many orders it can take a minute; "
                                  "please keep BVA open. Nothing is lost if it is interrupted."),
                               this);
    explain->setWordWrap(true);
    m_step = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    for (QLabel *label : {title, explain, m_step})
        label->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    setFixedWidth(460);
}

void UpgradeSplash::showStep(int step, int steps)
{
    m_step->setText(tr("Step %1 of %2").arg(step).arg(steps));
    m_bar->setRange(0, steps);
    m_bar->setValue(step - 1);
    if (!isVisible()) {
        adjustSize();
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            move(screen->availableGeometry().center() - rect().center());
        show();
    }
    raise();
    repaint();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

QString UpgradeSplash::stepText() const
{
    return m_step->text();
}

} // namespace bva::ui
