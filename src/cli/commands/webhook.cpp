// xident webhook verify and sign (listen is in listen.cpp).
#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookcheck.h>
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
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <cmath>
#include <cstdio>
#include <future>
#include <system_error>

#if defined(Q_OS_LINUX)
#  include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// xident webhook verify and sign (webhook listen is ListenCommand).
class WebhookCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    void verify(const QStringList &args);
    void sign(const QStringList &args);
    //! The verdict of `webhook verify` for people or as JSON, with what --explain found.
    void printVerdict(const WebhookVerdict &verdict, const ForensicReport &report, bool explain, qint64 now);
    void printExplanation(const ForensicReport &report);
};

} // namespace

namespace {

// Memory for a large body, in huge pages where Linux gives them: 4 MiB are two page faults instead of a
// thousand. Under virtualisation with shadow page tables a fault costs microseconds, and a mapped file paid
// one per 64 KiB on first touch and again per 4 KiB page, which made `webhook verify` of a 4 MiB file three
// times the cost of `openssl dgst` reading it; read into huge pages, it is the HMAC's own cost again.
class HugeBuffer
{
public:
    HugeBuffer() = default;
    HugeBuffer(const HugeBuffer &) = delete;
    HugeBuffer &operator=(const HugeBuffer &) = delete;
    ~HugeBuffer()
    {
#if defined(Q_OS_LINUX)
        if (m_mapping)
            ::munmap(m_mapping, size_t(m_mappedBytes));
#endif
    }

    //! Room for \a bytes, aligned to a huge page; nullptr where that is not to be had.
    char *allocate(qint64 bytes)
    {
#if defined(Q_OS_LINUX)
        constexpr qint64 HugePage = 2 * 1024 * 1024;
        const qint64 rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        m_mappedBytes = rounded + HugePage;   // room to align the start
        void *mapping = ::mmap(nullptr, size_t(m_mappedBytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping == MAP_FAILED)
            return nullptr;
        m_mapping = mapping;
        const auto aligned = (quintptr(mapping) + HugePage - 1) & ~quintptr(HugePage - 1);
        ::madvise(reinterpret_cast<void *>(aligned), size_t(rounded), MADV_HUGEPAGE);   // a hint: without it, plain pages
        return reinterpret_cast<char *>(aligned);
#else
        Q_UNUSED(bytes);
        return nullptr;
#endif
    }

private:
    void *m_mapping = nullptr;
    qint64 m_mappedBytes = 0;
};

// A body read once into one buffer: a large regular file is read into huge pages, a smaller one is mapped
// (no copy at all), anything else is read whole. Byte for byte either way: no newline added or stripped, no
// re-encoding.
class Payload
{
public:
    bool open(const QString &source, QString *error)
    {
        if (isStandardInput(source)) {
            if (!m_file.open(stdin, QIODevice::ReadOnly)) {
                *error = Command::tr("cannot read standard input");
                return false;
            }
            return readBounded(Command::tr("standard input"), error);
        }
        m_file.setFileName(source);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = Command::tr("cannot read %1: %2").arg(source, m_file.errorString());
            return false;
        }
        const qint64 size = m_file.size();
        if (size > MaxBytes) {
            *error = Command::tr("%1 is larger than the %2 MiB a webhook body may have").arg(source, QString::number(MaxBytes >> 20));
            return false;
        }
        if (size >= HugeBufferBytes && !m_file.isSequential() && readIntoHugePages(size))
            return true;
        if (size > 0 && !m_file.isSequential()) {
            if (uchar *mapped = m_file.map(0, size)) {
                m_view = QByteArrayView(mapped, size);
                return true;
            }
        }
        return readBounded(source, error);   // a device or pipe (/dev/zero would never end): read up to the cap
    }
    QByteArrayView bytes() const { return m_view; }

    static constexpr qint64 MaxBytes = 64LL * 1024 * 1024;
    static constexpr qint64 HugeBufferBytes = 1024 * 1024;

private:
    bool readIntoHugePages(qint64 size)
    {
        char *data = m_huge.allocate(size);
        if (!data)
            return false;
        qint64 done = 0;
        while (done < size) {
            const qint64 got = m_file.read(data + done, size - done);
            if (got <= 0)
                break;
            done += got;
        }
        if (done != size || !m_file.atEnd()) {   // changed while being read: take the other way
            m_file.seek(0);
            return false;
        }
        m_view = QByteArrayView(data, size);
        return true;
    }

    bool readBounded(const QString &what, QString *error)
    {
        m_data = readUpTo(m_file, MaxBytes);
        if (m_file.error() != QFileDevice::NoError) {
            *error = Command::tr("cannot read %1: %2").arg(what, m_file.errorString());
            return false;
        }
        if (m_data.size() > MaxBytes) {
            *error = Command::tr("%1 is larger than the %2 MiB a webhook body may have").arg(what, QString::number(MaxBytes >> 20));
            m_data.clear();
            return false;
        }
        m_view = m_data;
        return true;
    }

    QFile m_file;
    HugeBuffer m_huge;
    QByteArray m_data;
    QByteArrayView m_view;
};

} // namespace

// The options both webhook commands share.
static void addWebhookOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({u"payload"_s, Command::tr("File with the raw body, or - for standard input."), Command::tr("file")});
    parser.addOption({u"secret"_s, Command::tr("Webhook secret whsec_... Visible in the process list: prefer the environment "
                                           "(XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed."), Command::tr("secret")});
    parser.addOption({u"secret-file"_s, Command::tr("Read the webhook secret from a file, or - for standard input."), Command::tr("file")});
    parser.addOption({u"json"_s, Command::tr("Machine-readable output.")});
}

void WebhookCommand::run(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == "verify"_L1) {
        verify(args.mid(1));
    } else if (sub == "sign"_L1) {
        sign(args.mid(1));
    } else if (sub.isEmpty() || sub == "--help"_L1) {
        (sub.isEmpty() ? m_err : m_out) << tr("Usage: xident webhook verify|sign|listen [options]\n"
                                              "Run \"xident webhook <command> --help\" for the options of each.\n");
        finish(sub.isEmpty() ? Usage : Success);
    } else {
        usageError(tr("unknown webhook command \"%1\": use verify, sign or listen.").arg(sub));
    }
}

// WebhookVerifier::verify(), with a large body's JSON check on a second thread while this one computes the
// HMAC: on more than one core the verdict then costs what the slower of the two costs, not both.
static WebhookVerdict verifyBesideTheJsonCheck(const WebhookVerifier &verifier, QByteArrayView payload, QByteArrayView header)
{
    constexpr qsizetype ParallelBytes = 512 * 1024;   // below this a thread costs more than it saves
    if (payload.size() < ParallelBytes || QThread::idealThreadCount() < 2)
        return verifier.verify(payload, header);
    std::future<std::optional<WebhookEvent>> summary;
    try {
        summary = std::async(std::launch::async, &WebhookVerifier::parseEventSummary, payload);
    } catch (const std::system_error &) {   // no thread to be had (a process limit): one after the other
        return verifier.verify(payload, header);
    }
    WebhookVerdict v = verifier.verifySignature(payload, header);
    const std::optional<WebhookEvent> event = summary.get();
    if (v.isValid()) {
        if (event)
            v.event = *event;
        else
            v.reason = WebhookVerdict::Reason::InvalidJson;
    }
    return v;
}

void WebhookCommand::verify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Verify a webhook's signature over its exact body."));
    addWebhookOptions(parser);
    parser.addOption({u"signature"_s, tr("The X-Xident-Signature header value."), tr("header")});
    parser.addOption({u"tolerance"_s, tr("Seconds a timestamp may be off, either way (default 300; 0 disables)."), tr("n")});
    parser.addOption({u"now"_s, tr("Evaluate at this Unix time instead of the clock."), tr("unix")});
    parser.addOption({u"explain"_s, tr("When the signature does not match, try the common accidental changes (line endings, "
                                            "a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the "
                                            "secret's white space or prefix) and say which one would make it valid.")});
    if (!parseCommand(parser, args, u"webhook verify"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(tr("webhook verify: --payload FILE|- is required."));
        return;
    }
    if (!parser.isSet(u"signature"_s)) {
        usageError(tr("webhook verify: --signature HEADER is required (quote it: it contains commas)."));
        return;
    }
    qint64 tolerance = WebhookVerifier::DefaultTolerance;
    if (!integerOption(parser, u"tolerance"_s, 0, 10LL * 365 * 86400, &tolerance, tr("whole seconds")))
        return;
    qint64 now = -1;
    if (!integerOption(parser, u"now"_s, 0, 253402300799LL, &now, tr("Unix seconds")))
        return;
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(tr("--payload: %1").arg(error));
        return;
    }
    m_redactor = Redactor(secret);   // a body that carries the secret does not get it printed
    WebhookVerifier verifier(secret.toUtf8(), int(tolerance));
    if (now >= 0)
        verifier.setClock([now] { return now; });
    // Only --json prints the event's data; otherwise the verdict alone is checked, without building a document.
    // A whole header line copied from a log is accepted too.
    const QByteArray header = signatureHeaderValue(parser.value(u"signature"_s).toUtf8());
    WebhookVerdict v = m_json ? verifier.constructEvent(payload.bytes(), header) : verifyBesideTheJsonCheck(verifier, payload.bytes(), header);
    if (v.reason == WebhookVerdict::Reason::SignatureUnavailable) {
        // Not a verdict on the webhook: a broken installation must not pass for a forgery (exit 11).
        if (m_json)
            m_out << jsonLine(QJsonObject{{"valid"_L1, false}, {"verdict"_L1, v.code()}, {"message"_L1, v.message()}});
        m_err << tr("xident: %1").arg(Text::WebhookText::detail(v, QDateTime::currentSecsSinceEpoch())) << Qt::endl
              << "  " << v.message() << Qt::endl;
        finish(Failure);
        return;
    }
    ForensicReport report;
    const bool explain = parser.isSet(u"explain"_s) && v.reason == WebhookVerdict::Reason::SignatureMismatch;
    if (explain)
        report = WebhookForensics::investigate(payload.bytes(), header, secret.toUtf8());
    printVerdict(v, report, explain, now);
    finish(v.isValid() ? Success : WebhookInvalid);
}

void WebhookCommand::printVerdict(const WebhookVerdict &v, const ForensicReport &report, bool explain, qint64 now)
{
    if (m_json) {
        QJsonObject o{{"valid"_L1, v.isValid()}, {"verdict"_L1, v.code()}, {"message"_L1, v.message()}};
        if (explain) {
            // One entry per explanation; a pair of changes at once lists both, the one to undo first first.
            QJsonArray why;
            for (qsizetype i = 0; i < report.findings.size(); ++i) {
                const ForensicFinding &f = report.findings.at(i);
                QJsonArray changes;
                if (report.isPairs())
                    changes.append(report.firstChanges.at(i).code());
                changes.append(f.code());
                QString sentence = QString::fromUtf8(f.sentence());
                if (report.isPairs())
                    sentence = QString::fromUtf8(report.firstChanges.at(i).sentence()) + u' ' + sentence;
                why.append(QJsonObject{{"code"_L1, report.code(i)}, {"changes"_L1, changes}, {"explanation"_L1, sentence},
                                       {"secret_changed"_L1, f.secretChanged}});
            }
            o.insert("explanations"_L1, why);
            o.insert("keys_sorted"_L1, report.reserialised);
            o.insert("pairs_tried"_L1, report.isPairs() || (report.findings.isEmpty() && !report.pairsSkipped));
        }
        if (v.timestamp)
            o.insert("timestamp"_L1, v.timestamp);
        if (v.reason == WebhookVerdict::Reason::TimestampOutsideTolerance || v.isValid())
            o.insert("age_seconds"_L1, v.ageSeconds);
        if (v.matchedSignature >= 0)
            o.insert("matched_signature"_L1, v.matchedSignature);
        o.insert("signatures"_L1, v.signatureCount);
        if (v.isValid())
            o.insert("event"_L1, QJsonObject{{"type"_L1, v.event.type}, {"id"_L1, v.event.id},
                                             {"created"_L1, v.event.created ? QJsonValue(*v.event.created) : QJsonValue()},
                                             {"data"_L1, v.event.data}});
        m_out << safe(jsonLine(o));
    } else {
        const qint64 at = now >= 0 ? now : QDateTime::currentSecsSinceEpoch();
        const QString detail = Text::WebhookText::detail(v, at);
        if (v.isValid())
            m_out << tr("valid: %1").arg(detail) << Qt::endl;
        else
            m_err << tr("invalid: %1. %2", "verdict title, then the sentence that explains it")
                         .arg(Text::WebhookText::title(v), detail)
                  << Qt::endl;
        if (explain)
            printExplanation(report);
        if (v.isValid())
            m_out << tr("event: %1 %2").arg(safe(v.event.type), safe(v.event.id)) << Qt::endl;
    }
}

void WebhookCommand::printExplanation(const ForensicReport &report)
{
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        if (report.isPairs())
            m_err << tr("why: two changes at once: %1 And: %2").arg(report.firstChanges.at(i).explanation(), report.findings.at(i).explanation())
                  << Qt::endl;
        else
            m_err << tr("why: %1").arg(report.findings.at(i).explanation()) << Qt::endl;
    }
    if (!report.findings.isEmpty())
        return;
    if (report.reserialised)
        m_err << tr("why: no common accidental change, alone or two at once, explains it. The body's keys are in "
                    "alphabetical order at every level, as a framework writes them after parsing: if your code parsed "
                    "and re-serialised the body, verify the raw body as received. Otherwise the content or the secret "
                    "differs.")
              << Qt::endl;
    else if (report.pairsSkipped)
        m_err << tr("why: no common accidental change explains it (two at once are tried up to %1 KiB, and this body "
                    "is larger); the bytes or the secret differ in another way.")
                     .arg(WebhookForensics::PairLimitBytes / 1024)
              << Qt::endl;
    else
        m_err << tr("why: no common accidental change, alone or two at once, explains it; the bytes or the secret "
                    "differ in another way.")
              << Qt::endl;
}

void WebhookCommand::sign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign a payload the way Xident does; prints the X-Xident-Signature value."));
    addWebhookOptions(parser);
    parser.addOption({u"timestamp"_s, tr("Unix time to sign with (default now)."), tr("unix")});
    if (!parseCommand(parser, args, u"webhook sign"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(tr("webhook sign: --payload FILE|- is required."));
        return;
    }
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    if (secret.isEmpty()) {
        usageError(tr("webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret)."));
        return;
    }
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (!integerOption(parser, u"timestamp"_s, 0, 999999999999LL, &timestamp, tr("Unix seconds")))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(tr("--payload: %1").arg(error));
        return;
    }
    const QByteArray header = WebhookVerifier::signatureHeader(payload.bytes(), secret.toUtf8(), timestamp);
    if (header.isEmpty()) {
        m_err << tr("xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend %1).")
                     .arg(QString::fromLatin1(hmacBackend()))
              << Qt::endl;
        finish(Failure);
        return;
    }
    if (m_json)
        m_out << jsonLine(QJsonObject{{"header"_L1, QString::fromLatin1(header)}, {"timestamp"_L1, timestamp},
                                      {"bytes"_L1, payload.bytes().size()}});
    else
        m_out << QString::fromLatin1(header) << Qt::endl;
    finish(Success);
}

std::unique_ptr<Command> makeWebhookCommand(Command::Done done)
{
    return std::make_unique<WebhookCommand>(std::move(done));
}

} // namespace Xident::Cli
