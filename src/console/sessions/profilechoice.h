#pragma once

#include <QtCore/QString>

class QWidget;

namespace Xident::Console {

class ProfileStore;

//! Asks which profile \a count sessions should be polled with (a list of the profiles, LIVE ones marked, the one
//! they have now first); the chosen profile's id, or empty when the operator cancels or keeps the one they have.
QString chooseProfileFor(QWidget *parent, const ProfileStore *profiles, const QString &currentId, int count);

//! The xident:// link that opens \a token with the profile called \a profileName in another console.
QString colleagueLink(const QString &token, const QString &profileName);

} // namespace Xident::Console
