// xident init: creates a verification session.
#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>
#include "cli/cli.h"
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

void Cli::runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a verification session (POST /init)."));
    addApiOptions(parser);
    parser.addOption({u"callback-url"_s, Cli::tr("Required: where the user returns (absolute http(s) URL)."), Cli::tr("url")});
    parser.addOption({u"min-age"_s, Cli::tr("Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification)."), Cli::tr("n")});
    parser.addOption({u"success-url"_s, Cli::tr("Redirect on success."), Cli::tr("url")});
    parser.addOption({u"failed-url"_s, Cli::tr("Redirect on failure."), Cli::tr("url")});
    parser.addOption({u"user-id"_s, Cli::tr("Your user id (echoed as external_user_id)."), Cli::tr("id")});
    parser.addOption({u"theme"_s, Cli::tr("light, dark, auto or system."), Cli::tr("theme")});
    parser.addOption({u"locale"_s, Cli::tr("Widget locale: en, de, fr, ..."), Cli::tr("locale")});
    parser.addOption({u"metadata"_s, Cli::tr("Opaque string stored with the session."), Cli::tr("text")});
    parser.addOption({u"liveness-difficulty"_s, Cli::tr("easy, medium or hard."), Cli::tr("level")});
    parser.addOption({u"purpose"_s, Cli::tr("age_verification, id_verification or free text."), Cli::tr("purpose")});
    parser.addOption({u"verification-mode"_s, Cli::tr("auto, document or facial."), Cli::tr("mode")});
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

} // namespace Xident::Cli
