#pragma once

#include "text/evidence.h"

#include <QtWidgets/QDialog>

namespace Xident::Console {

//! An evidence file opened in the console: its sessions read-only, marked with the file they came from, every value
//! shown as plain text. They are never polled, tracked or merged with the watchlist.
class EvidenceViewer : public QDialog
{
    Q_OBJECT
public:
    EvidenceViewer(const Text::Evidence &evidence, const QString &path, QWidget *parent = nullptr);
    //! Sessions that come from elsewhere than a file (a scenario's run, say): \a title names them and \a source says
    //! where they come from.
    static EvidenceViewer *showSessions(const Text::Evidence &evidence, const QString &title, const QString &source, QWidget *parent);

    //! Reads \a path and shows it in a new viewer (deleted when closed); the problem in a sentence when it cannot.
    static QString open(const QString &path, QWidget *parent);
};

} // namespace Xident::Console
