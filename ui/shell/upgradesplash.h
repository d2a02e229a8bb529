// Shown while a new version of BVA upgrades the seller's database at start-up, before the main
// window exists: a large store takes a while (migration 048 rebuilds every order line), and a
// blank screen for that long reads as a hang.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace bva::ui {

class UpgradeSplash final : public QWidget
{
    Q_OBJECT
public:
    explicit UpgradeSplash(QWidget *parent = nullptr);
    // Shows the splash (once) at this step, from 1, of the upgrade, and paints it now: the event
    // loop is not running while the store migrates.
    void showStep(int step, int steps);

    QString stepText() const;

private:
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace bva::ui
