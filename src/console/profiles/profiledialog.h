#pragma once

#include "console/core/profile.h"

#include <QtWidgets/QDialog>

#include <memory>

class QLabel;

namespace Ui {
class ProfileDialog;
}

namespace Xident::Console {

class ProfileService;

//! Create, edit, duplicate, delete and switch connection profiles. Secrets are masked until revealed.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ProfileService *profiles, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    //! Selects a profile for editing.
    void selectProfile(const QString &id);
    //! The form as a profile (not validated).
    Profile formProfile() const;
    //! Saves the form when it is valid; otherwise shows each problem next to its field.
    bool save();
    bool isDirty() const { return m_dirty; }

private:
    //! The reveal buttons, and the checks and dirty marks as fields are edited.
    void connectFields();
    //! The list and the buttons beside it.
    void connectButtons();
    void reloadList();
    void clearListSelection();
    void loadForm(const Profile &profile);
    void showProblems(const QList<Profile::Problem> &problems);
    bool confirmLeave();
    void updateKeychainNotice();
    //! The headers as the form means them: masked credential values stand for the kept ones.
    Config::HeaderList formHeaders() const;
    static Config::HeaderList masked(Config::HeaderList headers);
    static QString mask();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileService *m_profiles;
    Profile m_editing;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_headersRevealed = false;
};

} // namespace Xident::Console
