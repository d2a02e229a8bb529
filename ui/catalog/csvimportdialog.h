// Import products or offline sales from a CSV file into a BVA channel: choose the file, see every
// row with what will happen to it or why it cannot be imported (row number and reason), then import
// the valid rows only or nothing unless every row is valid. For sales, rows without a date are errors
// unless the seller picks a date for them, and selling beyond stock needs a tick. Reading and the
// preview run off the GUI thread (CatalogImport through runAsync); importing the same file again
// changes nothing (docs/user-guide.md "Importing from CSV" says which columns key a row).
#pragma once

#include "auth/actor.h"
#include "auth/shopaccess.h"
#include "sync/catalogimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace bva::ui {

class CsvImportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Products, Sales };

    CsvImportDialog(Kind kind, NativeCatalog &catalog, const Actor &actor,
                    const QList<AccessibleShop> &channels, const QDateTime &now, QWidget *parent = nullptr);

    // Reads and previews the file (what "Choose file…" does after its dialog).
    void loadFile(const QString &path);

    QTableWidget *previewTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QRadioButton *validOnlyChoice() const { return m_validOnly; }
    QRadioButton *allOrNothingChoice() const { return m_allOrNothing; }
    QCheckBox *defaultDateChoice() const { return m_useDefaultDate; }
    QDateTimeEdit *defaultDateField() const { return m_defaultDate; }
    QCheckBox *oversellChoice() const { return m_oversell; }
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }

signals:
    void previewShown();
    void imported(const bva::ImportOutcome &outcome);
    void failed(const QString &message);

private:
    void chooseFile();
    void refreshPreview();
    void showPreview(const Result<ImportPreview> &preview);
    void runImport();
    SalesImportOptions salesOptions() const;

    Kind m_kind;
    NativeCatalog &m_catalog;
    Actor m_actor;
    QList<AccessibleShop> m_channels;
    QByteArray m_bytes;
    std::optional<ImportPreview> m_preview;
    std::optional<ImportOutcome> m_outcome;
    QComboBox *m_channel;
    QLabel *m_file;
    QPushButton *m_choose;
    QCheckBox *m_useDefaultDate = nullptr;
    QDateTimeEdit *m_defaultDate = nullptr;
    QCheckBox *m_oversell = nullptr;
    QTableWidget *m_table;
    QLabel *m_summary;
    QRadioButton *m_validOnly;
    QRadioButton *m_allOrNothing;
    QPushButton *m_import;
};

} // namespace bva::ui
