// Settings → Platform apps: the seller's own app on Shopee Open Platform and on Lazada Open Platform,
// through which BVA reads real shops (docs/connecting-real-shops.md). Per platform: the app's id and
// secret (into the vault, never shown back; left empty it stays as it is), the region and, under
// Advanced, the hosts (the platform's defaults prefilled); read-only, the redirect and push URLs to
// register on the platform's console. Loads and saves through PlatformApps off the GUI thread; its
// refusals are shown under the form.
#pragma once

#include "domain/platform.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace bva {
struct PlatformAppView;
}

namespace bva::ui {

class UserSession;
struct UiServices;

class PlatformAppsSettings final : public QWidget
{
    Q_OBJECT
public:
    PlatformAppsSettings(const UiServices &services, UserSession *session, QWidget *parent = nullptr);
    ~PlatformAppsSettings() override;

    QLineEdit *appIdField(ApiKind kind) const { return m_forms.value(int(kind))->appId; }
    QLineEdit *secretField(ApiKind kind) const { return m_forms.value(int(kind))->secret; }
    QComboBox *regionBox(ApiKind kind) const { return m_forms.value(int(kind))->region; }
    QLineEdit *apiHostField(ApiKind kind) const { return m_forms.value(int(kind))->apiHost; }
    QLineEdit *authHostField(ApiKind kind) const { return m_forms.value(int(kind))->authHost; }
    QLineEdit *callbackField(ApiKind kind) const { return m_forms.value(int(kind))->callback; }
    QLineEdit *pushField(ApiKind kind) const { return m_forms.value(int(kind))->push; }
    QPushButton *saveButton(ApiKind kind) const { return m_forms.value(int(kind))->save; }
    QString status(ApiKind kind) const;
    bool isConfigured(ApiKind kind) const { return m_forms.value(int(kind))->configured; }

public slots:
    void reload();
    void save(bva::ApiKind kind);
    // Brings `kind`'s form into view with why it is needed (from the Integrations page).
    void showApp(bva::ApiKind kind, const QString &why);

signals:
    void loaded();
    void saved(bva::ApiKind kind, bool ok); // status() says what happened

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Form
    {
        ApiKind kind = ApiKind::ShopeeOpen;
        bool configured = false;
        QString shownRegion; // its default hosts follow a change of region
        QFrame *card = nullptr;
        QLabel *title = nullptr, *state = nullptr, *help = nullptr;
        QLabel *appIdLabel = nullptr, *secretLabel = nullptr, *regionLabel = nullptr;
        QLabel *apiHostLabel = nullptr, *authHostLabel = nullptr;
        QLabel *callbackLabel = nullptr, *callbackHelp = nullptr, *pushLabel = nullptr, *pushHelp = nullptr;
        QLineEdit *appId = nullptr, *secret = nullptr, *apiHost = nullptr, *authHost = nullptr;
        QLineEdit *callback = nullptr, *push = nullptr;
        QComboBox *region = nullptr;
        QToolButton *advanced = nullptr, *copyCallback = nullptr, *copyPush = nullptr;
        QLabel *status = nullptr;
        QPushButton *save = nullptr;
    };

    Form *addForm(ApiKind kind);
    void show(Form &form, const PlatformAppView &view);
    void regionChanged(Form &form);
    void showUrls(Form &form);
    void setStatus(Form &form, const QString &text, bool ok);
    void retranslate(Form &form);
    void retranslate();
    QString defaultHost(ApiKind kind, const QString &region, bool auth) const;

    const UiServices &m_services;
    UserSession *m_session;
    QLabel *m_intro = nullptr;
    QHash<int, Form *> m_forms; // by ApiKind
};

} // namespace bva::ui
