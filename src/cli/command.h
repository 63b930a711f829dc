#pragma once

#include <XidentQt/client.h>
#include <XidentQt/error.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QIODevice>
#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace Xident::Cli {

void addApiOptions(QCommandLineParser &parser);
//! Whether \a source names standard input: "-", /dev/stdin and its other names.
bool isStandardInput(const QString &source);
//! Everything \a device gives until its end, or \a limit + 1 bytes (so that "too large" can be told).
QByteArray readUpTo(QIODevice &device, qint64 limit);
void watchJob(Job *job, QTextStream &err);
QString jsonLine(const QJsonObject &o);
QJsonObject errorJson(const Error &e);

//! One command of the xident tool: it parses its own options, runs on the event loop and ends with an exit code.
//! This base holds what every command shares: the output streams, the option helpers, the API client and the
//! redactor that keeps the key (or webhook secret) in use out of everything printed. Commands speak in the
//! tool's translation context (Xident::Cli::Cli), whichever class they are.
class Command : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    //! Called once, with the exit code, when the command is done.
    using Done = std::function<void(int exitCode)>;

    explicit Command(Done done, QObject *parent = nullptr);
    ~Command() override;

    //! Runs the command; \a args are the words after the program's name, the command's own first.
    virtual void run(const QStringList &args) = 0;

protected:
    void finish(int code);
    int usageError(const QString &message, const QString &hint = {});
    bool setUpClient(QCommandLineParser &parser);
    //! Parses a command's flags; false when it already finished (usage error or --help).
    bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command);
    void printError(const Error &error);
    //! "label: value" lines, aligned, for people (--json is for scripts); empty values are left out.
    using Field = QPair<QString, QString>;
    void printFields(const QList<Field> &fields);
    //! A secret from --<flag>-file (a file or - for standard input), --<flag>, or the environment.
    bool secretOption(const QCommandLineParser &parser, const QString &flag, const QString &envName, QString *value);
    //! A finite number in [min, max]; false after a usage error.
    bool numberOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *value,
                      const QString &what);
    bool integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
                       const QString &what);
    //! At most one of \a flags may read standard input ("-").
    bool oneStdinReader(const QCommandLineParser &parser, const QStringList &flags);
    //! Reads an image file (or - for standard input) for the 2FA and blacklist commands.
    bool readImage(const QString &source, QByteArray *image);
    //! Text bound for stdout with the key (or webhook secret) in use removed, whatever a server answered.
    QString safe(const QString &text) const { return m_redactor.applyText(text); }

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    std::unique_ptr<Client> m_client;
    Redactor m_redactor;

private:
    Done m_done;
    bool m_finished = false;
};

} // namespace Xident::Cli
