// xident evidence: an evidence file for a ticket, from GET /result and, when given, the console's history.
#include <XidentQt/exchange.h>
#include <XidentQt/job.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "text/evidence.h"
#include "text/phrasebook.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSaveFile>
#include <QtCore/QUrl>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

//! What the console's history file (read-only) holds about one session.
struct Kept
{
    bool found = false;
    QString token, status, ticket, note, profileId;
    QStringList aliases;
    QByteArray resultJson;
    QList<Text::Evidence::Change> timeline;
};

class EvidenceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    ~EvidenceCommand() override;
    void run(const QStringList &args) override;

private:
    bool openHistory(const QString &path);
    Kept kept(const QString &token) const;
    void next();
    void add(const QString &token, const QString &status, const QByteArray &resultJson, const QString &requestId,
             const QString &problem);
    void write();

    QStringList m_tokens;
    QString m_path;
    bool m_userId = false, m_raw = false;
    QString m_connection;
    QList<QPair<QDateTime, Exchange>> m_exchanges;   // with the time each answer came
    Text::Evidence m_evidence;
};

EvidenceCommand::~EvidenceCommand()
{
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

bool EvidenceCommand::openHistory(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        usageError(tr("evidence: --history: %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        usageError(tr("evidence: --history: %1 is not a file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_connection = u"evidence-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);   // never written
    QSqlQuery version(db);
    if (!db.open() || !version.exec(u"PRAGMA user_version"_s) || !version.next() || version.value(0).toInt() < 1) {
        usageError(tr("evidence: --history: %1 is not a history file of Xident Console.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

Kept EvidenceCommand::kept(const QString &token) const
{
    Kept k;
    if (m_connection.isEmpty())
        return k;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // A file of an older version has no aliases, ticket or note yet.
    const bool v6 = q.exec(u"SELECT aliases, ticket, note FROM sessions LIMIT 0"_s);
    q.prepare(v6 ? u"SELECT token, status, result_json, profile_id, aliases, ticket, note FROM sessions"
                   " WHERE token = ? OR (' ' || aliases || ' ') LIKE ('% ' || ? || ' %')"_s
                 : u"SELECT token, status, result_json, profile_id, '', '', '' FROM sessions WHERE token = ? OR ? = ''"_s);
    q.addBindValue(token);
    q.addBindValue(token);
    if (!q.exec() || !q.next())
        return k;
    k.found = true;
    k.token = q.value(0).toString();
    k.status = q.value(1).toString();
    k.resultJson = q.value(2).toByteArray();
    k.profileId = q.value(3).toString();
    k.aliases = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    k.ticket = q.value(5).toString();
    k.note = q.value(6).toString();
    QSqlQuery changes(db);
    changes.prepare(u"SELECT at, from_status, to_status, request_id, event FROM status_changes WHERE token = ? ORDER BY at, id"_s);
    changes.addBindValue(k.token);
    if (changes.exec()) {
        while (changes.next())
            k.timeline.append({QDateTime::fromMSecsSinceEpoch(changes.value(0).toLongLong(), Qt::UTC), changes.value(1).toString(),
                               changes.value(2).toString(), changes.value(3).toString(), changes.value(4).toString()});
    }
    return k;
}

void EvidenceCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write one HTML file with the verdict, the reply sentence, the checks, the timeline "
                                        "and the requests of sessions, for a support ticket. It is in the language of "
                                        "--lang; keys and secrets are never written."));
    addApiOptions(parser);
    parser.addPositionalArgument(u"tokens"_s, tr("The init tokens (xit_...) or result tokens (xtk_...)."), tr("TOKEN..."));
    parser.addOption({u"out"_s, tr("The file to write (.html)."), tr("file")});
    parser.addOption({u"include-user-id"_s, tr("Write the user id too (personal data).")});
    parser.addOption({u"include-raw"_s, tr("Write the raw result JSON too.")});
    parser.addOption({u"history"_s, tr("The console's history file, read only: the timeline, ticket and note."), tr("file")});
    if (!parseCommand(parser, args, u"evidence"_s))
        return;
    m_tokens = parser.positionalArguments();
    m_tokens.removeDuplicates();
    if (m_tokens.isEmpty()) {
        usageError(tr("evidence: at least one TOKEN is required."));
        return;
    }
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty()) {
        usageError(tr("evidence: --out FILE.html is required."));
        return;
    }
    m_path = parser.value(u"out"_s);
    m_userId = parser.isSet(u"include-user-id"_s);
    m_raw = parser.isSet(u"include-raw"_s);
    if (parser.isSet(u"history"_s) && !openHistory(parser.value(u"history"_s)))
        return;
    if (!setUpClient(parser))
        return;
    connect(m_client.get(), &Client::exchangeFinished, this, [this](const Exchange &x) {
        m_exchanges.append({QDateTime::currentDateTimeUtc(), x});
    });
    m_evidence.language = Text::Phrasebook(QLocale().name()).language();   // English where --lang has no catalog
    m_evidence.exportedAt = QDateTime::currentDateTimeUtc();
    m_evidence.consoleVersion = QStringLiteral(XIDENT_VERSION);
    m_evidence.libraryVersion = Client::version();
    m_evidence.qtVersion = QString::fromLatin1(qVersion());
    next();
}

void EvidenceCommand::next()
{
    if (m_tokens.isEmpty()) {
        write();
        return;
    }
    const QString token = m_tokens.takeFirst();
    ResultJob *job = m_client->getResult(token);
    watchJob(job, m_err);
    connect(job, &Job::finished, this, [this, job, token] {
        const Error e = job->error();
        if (!e)
            add(token, job->result().statusText(), QJsonDocument(job->result().raw()).toJson(QJsonDocument::Compact),
                job->requestId(), {});
        else if (e.kind() == ErrorKind::NotFound && e.code() == "TOKEN_EXPIRED"_L1)
            add(token, u"expired"_s, {}, job->requestId(), {});
        else if (kept(token).found)
            add(token, {}, {}, job->requestId(), e.message());
        else {
            m_err << tr("xident: evidence: %1:").arg(token) << Qt::endl;
            printError(e);
            finish(exitCodeFor(e.kind()));
            return;
        }
        next();
    });
    job->start();
}

void EvidenceCommand::add(const QString &token, const QString &status, const QByteArray &resultJson,
                          const QString &requestId, const QString &problem)
{
    const Kept k = kept(token);
    // The server's answer when it gave one; what the history kept when it could not.
    const QByteArray json = resultJson.isEmpty() ? k.resultJson : resultJson;
    Text::Evidence::Session part = Text::evidenceFromResult(k.found ? k.token : token, status.isEmpty() ? k.status : status,
                                                            json, m_userId, m_raw);
    for (const QString &alias : k.aliases + QStringList{token}) {
        if (alias != part.token && !part.otherTokens.contains(alias))
            part.otherTokens.append(alias);
    }
    part.ticket = k.ticket;
    part.note = k.note;
    part.timeline = k.timeline;
    part.host = QUrl(m_client->config().baseUrl()).host();
    for (const auto &[at, x] : std::as_const(m_exchanges)) {
        if (x.requestId == requestId || x.url.path().endsWith(token))
            part.exchanges.append({at, QString::fromLatin1(x.method), x.url.toString(QUrl::FullyEncoded),
                                   x.requestId, x.error ? x.error.message() : QString(), x.httpStatus, x.attempt, x.durationMs});
    }
    if (!problem.isEmpty())
        part.unfilled.append({u"exchanges"_s, tr("The server did not answer for it now (%1); the history's last result is "
                                                 "shown.").arg(problem)});   // in the tool's language: it quotes the server
    if (m_connection.isEmpty()) {
        part.unfilled.append({u"timeline"_s, QString::fromLatin1(Text::Evidence::Gap::NoHistoryGiven)});
    } else if (!k.found) {
        part.unfilled.append({u"timeline"_s, QString::fromLatin1(Text::Evidence::Gap::NotInHistory)});
    }
    part.unfilled.append({u"webhooks"_s, QString::fromLatin1(Text::Evidence::Gap::WebhooksInConsole)});
    m_evidence.sessions.append(part);
}

void EvidenceCommand::write()
{
    const QByteArray bytes = Text::evidenceHtml(m_evidence, [this](const QString &text) { return safe(text); });
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << tr("xident: evidence: %1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), file.errorString())
              << Qt::endl;
        finish(Usage);
        return;
    }
    if (m_json)
        m_out << jsonLine(QJsonObject{{"written"_L1, m_path}, {"sessions"_L1, int(m_evidence.sessions.size())},
                                      {"language"_L1, m_evidence.language}});
    else
        printFields({{tr("written"), QDir::toNativeSeparators(m_path)},
                     {tr("sessions"), QString::number(m_evidence.sessions.size())},
                     {tr("language"), m_evidence.language}});
    finish(Success);
}

} // namespace

std::unique_ptr<Command> makeEvidenceCommand(Command::Done done)
{
    return std::make_unique<EvidenceCommand>(std::move(done));
}

} // namespace Xident::Cli
