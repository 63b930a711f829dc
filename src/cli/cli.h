#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <memory>

namespace Xident::Cli {

class Command;

//! The xident command-line tool: answers --help and --version, and otherwise finds the command in the command
//! table, makes it and runs it on the event loop; done() reports its exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    Cli(QStringList arguments, QObject *parent = nullptr);
    ~Cli() override;

    //! Starts the command; done() follows (possibly before the event loop runs).
    void run();

Q_SIGNALS:
    void done(int exitCode);

private:
    void finish(int code);

    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
    std::unique_ptr<Command> m_command;
};

} // namespace Xident::Cli
