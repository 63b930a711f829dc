// xident init: creates a verification session.
#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "text/errortext.h"
#include "text/failuretext.h"
#include "text/webhooktext.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// xident init: creates a verification session.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;
};

} // namespace

void InitCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a verification session (POST /init)."));
    addApiOptions(parser);
    parser.addOption({u"callback-url"_s, tr("Required: where the user returns (absolute http(s) URL)."), tr("url")});
    parser.addOption({u"min-age"_s, tr("Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification)."), tr("n")});
    parser.addOption({u"success-url"_s, tr("Redirect on success."), tr("url")});
    parser.addOption({u"failed-url"_s, tr("Redirect on failure."), tr("url")});
    parser.addOption({u"user-id"_s, tr("Your user id (echoed as external_user_id)."), tr("id")});
    parser.addOption({u"theme"_s, tr("light, dark, auto or system."), tr("theme")});
    parser.addOption({u"locale"_s, tr("Widget locale: en, de, fr, ..."), tr("locale")});
    parser.addOption({u"metadata"_s, tr("Opaque string stored with the session."), tr("text")});
    parser.addOption({u"liveness-difficulty"_s, tr("easy, medium or hard."), tr("level")});
    parser.addOption({u"purpose"_s, tr("age_verification, id_verification or free text."), tr("purpose")});
    parser.addOption({u"verification-mode"_s, tr("auto, document or facial."), tr("mode")});
    if (!parseCommand(parser, args, u"init"_s))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("init takes no positional arguments (got \"%1\").").arg(parser.positionalArguments().join(u' ')));
        return;
    }
    if (!parser.isSet(u"callback-url"_s)) {
        usageError(tr("init: --callback-url is required."));
        return;
    }
    InitParams params;
    params.callbackUrl = parser.value(u"callback-url"_s);
    if (parser.isSet(u"min-age"_s)) {
        qint64 age = 0;
        if (!integerOption(parser, u"min-age"_s, 0, 150, &age, tr("a whole number")))
            return;
        params.minAge = int(age);
    }
    params.successUrl = parser.value(u"success-url"_s);
    params.failedUrl = parser.value(u"failed-url"_s);
    params.userId = parser.value(u"user-id"_s);
    params.theme = parser.value(u"theme"_s);
    params.locale = parser.value(u"locale"_s);
    params.metadata = parser.value(u"metadata"_s);
    params.livenessDifficulty = parser.value(u"liveness-difficulty"_s);
    params.purpose = parser.value(u"purpose"_s);
    params.verificationMode = parser.value(u"verification-mode"_s);

    if (!setUpClient(parser))
        return;
    InitJob *job = m_client->init(params);
    watchJob(job, m_err);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            printError(job->error());
            finish(exitCodeFor(job->error().kind()));
            return;
        }
        const InitResult r = job->result();
        if (m_json) {
            m_out << safe(jsonLine(QJsonObject{{"token"_L1, r.token}, {"verify_url"_L1, r.verifyUrl}, {"request_id"_L1, job->requestId()}}));
        } else {
            printFields({{tr("token"), r.token}, {tr("verify_url"), r.verifyUrl}, {tr("request_id"), job->requestId()}});
        }
        finish(Success);
    });
    job->start();
}

std::unique_ptr<Command> makeInitCommand(Command::Done done)
{
    return std::make_unique<InitCommand>(std::move(done));
}

} // namespace Xident::Cli
