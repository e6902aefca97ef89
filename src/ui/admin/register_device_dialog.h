#pragma once

#include "storage/store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace xiuhua::ui {

// A new field device: the id the phone's app sends, the officer it reports for and, only when the
// station hands out its own tokens, the token (left empty, a strong one is made).
class RegisterDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterDeviceDialog(const storage::StoreReader& reader, QWidget* parent = nullptr);

    QString identifier() const;
    core::Id responderId() const;
    QString token() const;

    // For scripts and tests.
    void setIdentifier(const QString& identifier);
    bool selectResponder(core::Id responderId);
    void setToken(const QString& token);
    QString problem() const;

    void accept() override;

private:
    QLineEdit* m_identifier;
    QComboBox* m_responder;
    QLineEdit* m_token;
    QLabel* m_problem;
};

} // namespace xiuhua::ui
