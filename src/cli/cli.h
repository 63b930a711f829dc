#pragma once

#include <XidentQt/client.h>
#include <XidentQt/error.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionresult.h>
#include "cli/commandtable.h"
#include "http/httpserver.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <memory>
#include <optional>
#include <utility>

class QCommandLineParser;

namespace Xident {
struct Face2faChallenge;
struct ForensicFinding;
struct WebhookVerdict;
} // namespace Xident

namespace Xident::Cli {

void addApiOptions(QCommandLineParser &parser);
//! Whether \a source names standard input: "-", /dev/stdin and its other names.
bool isStandardInput(const QString &source);
void watchJob(Job *job, QTextStream &err);
QString jsonLine(const QJsonObject &o);
QJsonObject errorJson(const Error &e);

//! The xident command-line tool: parses a command, runs it on the event loop and reports an exit code.
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
    // The command table names the run...() functions below.
    friend const QList<CommandEntry> &commandTable();

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

    // commands/init.cpp
    void runInit(const QStringList &args);
    // commands/result.cpp
    void runResult(const QStringList &args);
    //! `result --wait`: polls until the session is final or the wait times out.
    void waitForResult(const QString &token, double interval, double waitTimeout);
    void printResult(const SessionResult &result, const QString &requestId);
    // commands/webhook.cpp
    void runWebhook(const QStringList &args);
    void runWebhookVerify(const QStringList &args);
    void runWebhookSign(const QStringList &args);
    //! The verdict of `webhook verify` for people or as JSON, with what --explain found.
    void printVerdict(const WebhookVerdict &verdict, const QList<ForensicFinding> &findings, bool explain, qint64 now);
    // commands/listen.cpp
    struct ListenState;
    void runWebhookListen(const QStringList &args);
    bool readListenOptions(const QStringList &args, ListenState *state);
    Http::Response onDelivery(const Http::Request &request, ListenState &state);
    void printDelivery(const Http::Request &request, const ListenState &state);
    void forwardDelivery(const Http::Request &request, const ListenState &state);
    // commands/blacklist.cpp
    void runBlacklist(const QStringList &args);
    //! True for a known subcommand; otherwise says how to use the command and finishes.
    bool knownBlacklistSubcommand(const QString &sub);
    void printBlacklistAnswer(const QString &subcommand, Job *job);
    // commands/face2fa.cpp
    void runFace2fa(const QStringList &args);
    //! True for a known subcommand; otherwise says how to use the command and finishes.
    bool knownFace2faSubcommand(const QString &sub);
    //! A 2FA call's answer; with \a wait (interval, timeout in seconds) a started challenge is followed to its verdict.
    void onFace2faAnswer(const QString &subcommand, Job *job, std::optional<std::pair<double, double>> wait);
    void waitForChallenge(const QString &challengeId, double interval, double waitTimeout);
    void printChallenge(const Face2faChallenge &challenge, const QString &requestId);

    //! Text bound for stdout with the key (or webhook secret) in use removed, whatever a server answered.
    QString safe(const QString &text) const { return m_redactor.applyText(text); }

    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_finished = false;
    std::unique_ptr<Client> m_client;
    Redactor m_redactor;
};

} // namespace Xident::Cli
