#include "console/core/callcode.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Xident::Console::CallCode {

namespace {

using Op = ApiCall::Operation;

// One /init field: its wire key (the Python keyword and the PHP array key), its Xident-Qt member, its value.
struct InitField
{
    const char *key;
    const char *member;
    QString text;          // for strings
    std::optional<int> number;
};

QList<InitField> initFields(const InitParams &p)
{
    QList<InitField> all{
        {"callback_url", "callbackUrl", p.callbackUrl, {}},
        {"min_age", "minAge", {}, p.minAge},
        {"success_url", "successUrl", p.successUrl, {}},
        {"failed_url", "failedUrl", p.failedUrl, {}},
        {"user_id", "userId", p.userId, {}},
        {"theme", "theme", p.theme, {}},
        {"locale", "locale", p.locale, {}},
        {"metadata", "metadata", p.metadata, {}},
        {"purpose", "purpose", p.purpose, {}},
        {"verification_mode", "verificationMode", p.verificationMode, {}},
        {"liveness_difficulty", "livenessDifficulty", p.livenessDifficulty, {}},
    };
    QList<InitField> set;
    for (const InitField &f : all) {
        // The body leaves unset fields out; the callback URL is always sent, as the form requires it.
        if (f.number || !f.text.isEmpty() || qstrcmp(f.key, "callback_url") == 0)
            set.append(f);
    }
    return set;
}

// Text with each code point passed to \a escape first; what it returns (when not empty) replaces the point.
template<typename Escape>
QString escaped(const QString &text, Escape escape)
{
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        const QString replaced = escape(c);
        out += replaced.isEmpty() ? text.mid(i, units) : replaced;
        i += units - 1;
    }
    return out;
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).rightJustified(width, u'0');
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// --- curl ---------------------------------------------------------------------------------------------------

QString curlSnippet(const ApiCall &call)
{
    const QString continued = u" \\\n  "_s;
    QStringList options{u"curl -sS"_s + (call.method() == "GET" ? QString() : u" -X "_s + QString::fromLatin1(call.method()))};
    options << u"-H \"X-API-Key: $XIDENT_SECRET_KEY\""_s << u"-H "_s + shellQuoted(u"X-API-Version: "_s + call.apiVersion);
    for (const auto &h : call.headers)
        options << u"-H "_s + shellQuoted(QString::fromUtf8(h.first + ": " + h.second));
    QJsonObject body = call.body();
    QString pipe;
    if (!body.isEmpty())
        options << u"-H 'Content-Type: application/json'"_s;
    if (call.hasImage()) {
        // The image goes in as base64 from its file, between the JSON before and after it.
        body.remove("image"_L1);
        const QString rest = jsonText(body).mid(1);
        pipe = u"{ printf %s '{\"image\":\"'; base64 -w0 %1; printf %s %2; } | "_s.arg(
            shellQuoted(call.imageFile), shellQuoted(u"\""_s + (rest == "}"_L1 ? QString() : u","_s) + rest));
        options << u"--data-binary @-"_s;
    } else if (!body.isEmpty()) {
        options << u"--data-raw "_s + shellQuoted(jsonText(body));
    }
    options << shellQuoted(call.url().toString(QUrl::FullyEncoded));
    return pipe + options.join(continued) + u'\n';
}

// --- Python --------------------------------------------------------------------------------------------------

QString pythonCall(const ApiCall &call)
{
    const auto str = pythonString;
    switch (call.operation) {
    case Op::Init: {
        QString args;
        for (const InitField &f : initFields(call.init))
            args += u"    %1=%2,\n"_s.arg(QLatin1StringView(f.key), f.number ? QString::number(*f.number) : str(f.text));
        return u"session = client.verification.init(\n"_s + args + u")\nprint(session.token, session.verify_url)\n"_s;
    }
    case Op::Result:
        return u"result = client.verification.get_result(%1)\nprint(result.status.value, result.is_verified())\n"_s.arg(str(call.token));
    case Op::BlacklistList:
        return u"page = client.blacklist.list(page=%1, per_page=%2)\nfor entry in page.entries:\n"
               "    print(entry.id, entry.source, entry.reason)\nprint(page.total)\n"_s.arg(call.page).arg(call.perPage);
    case Op::BlacklistAddSession:
        return u"print(client.blacklist.add_by_session(session_token=%1, reason=%2))\n"_s.arg(str(call.token), str(call.reason));
    case Op::BlacklistAddImage:
        return u"print(client.blacklist.add_by_image(image=image, reason=%1))\n"_s.arg(str(call.reason));
    case Op::BlacklistRemove:
        return u"client.blacklist.remove(%1)\n"_s.arg(call.entryId);
    case Op::FaceRegister:
    case Op::FaceVerify:
        return u"challenge = client.face_2fa.%1(user_id=%2, image=image)\nprint(challenge.challenge_id, challenge.status)\n"_s.arg(
            call.operation == Op::FaceRegister ? u"register"_s : u"verify"_s, str(call.userId));
    case Op::FaceStatus:
        return u"status = client.face_2fa.get_status(%1)\nprint(status.kind, status.status, status.passed, status.failure_reason)\n"_s.arg(
            str(call.challengeId));
    case Op::FaceUser:
        return u"user = client.face_2fa.get_user(%1)\nprint(user.enrolled, user.enrolled_at)\n"_s.arg(str(call.userId));
    case Op::FaceDeleteUser:
        return u"print(client.face_2fa.delete_user(%1))\n"_s.arg(str(call.userId));
    }
    return {};
}

QString pythonSnippet(const ApiCall &call)
{
    QString out = call.hasImage() ? u"import base64\nimport os\n\n"_s : u"import os\n\n"_s;
    out += u"from xident import Xident\n\n"_s;
    QString headers = pythonString(u"X-API-Version"_s) + u": "_s + pythonString(call.apiVersion);
    for (const auto &h : call.headers)
        headers += u", "_s + pythonString(QString::fromUtf8(h.first)) + u": "_s + pythonString(QString::fromUtf8(h.second));
    out += u"client = Xident(\n    os.environ[\"XIDENT_SECRET_KEY\"],\n    base_url=%1,\n    headers={%2},\n)\n"_s.arg(
        pythonString(call.baseUrl), headers);
    if (call.hasImage())
        out += u"with open(%1, \"rb\") as f:\n    image = base64.b64encode(f.read()).decode(\"ascii\")\n"_s.arg(pythonString(call.imageFile));
    return out + pythonCall(call);
}

// --- PHP -----------------------------------------------------------------------------------------------------

QString phpCall(const ApiCall &call)
{
    const auto str = phpString;
    switch (call.operation) {
    case Op::Init: {
        QString items;
        for (const InitField &f : initFields(call.init))
            items += u"    '%1' => %2,\n"_s.arg(QLatin1StringView(f.key), f.number ? QString::number(*f.number) : str(f.text));
        return u"$session = $client->verification()->init([\n"_s + items
               + u"]);\necho $session->token, \"\\n\", $session->verifyUrl, \"\\n\";\n"_s;
    }
    case Op::Result:
        return u"$result = $client->verification()->getResult(%1);\necho $result->status->value, \"\\n\";\n"_s.arg(str(call.token));
    case Op::BlacklistList:
        return u"$list = $client->blacklist()->list(%1, %2);\nforeach ($list->entries as $entry) {\n"
               "    echo $entry->id, ' ', $entry->source, ' ', $entry->reason, \"\\n\";\n}\necho $list->total, \"\\n\";\n"_s
            .arg(call.page)
            .arg(call.perPage);
    case Op::BlacklistAddSession:
        return u"echo $client->blacklist()->addBySession(%1, %2), \"\\n\";\n"_s.arg(str(call.token), str(call.reason));
    case Op::BlacklistAddImage:
        return u"echo $client->blacklist()->addByImage($image, %1), \"\\n\";\n"_s.arg(str(call.reason));
    case Op::BlacklistRemove:
        return u"$client->blacklist()->remove(%1);\n"_s.arg(call.entryId);
    case Op::FaceRegister:
    case Op::FaceVerify:
        return u"$challenge = $client->face2fa()->%1(%2, $image);\necho $challenge->challengeId, ' ', $challenge->status, \"\\n\";\n"_s.arg(
            call.operation == Op::FaceRegister ? u"register"_s : u"verify"_s, str(call.userId));
    case Op::FaceStatus:
        return u"$status = $client->face2fa()->getStatus(%1);\n"
               "echo $status->kind, ' ', $status->status, ' ', $status->failureReason ?? '', \"\\n\";\n"_s.arg(str(call.challengeId));
    case Op::FaceUser:
        return u"$user = $client->face2fa()->getUser(%1);\necho $user->enrolled ? 'enrolled' : 'not enrolled', \"\\n\";\n"_s.arg(
            str(call.userId));
    case Op::FaceDeleteUser:
        return u"$client->face2fa()->deleteUser(%1);\n"_s.arg(str(call.userId));
    }
    return {};
}

QString phpSnippet(const ApiCall &call)
{
    QString out = u"<?php\n"_s + u"# composer require xident-io/php-sdk\n"_s
                  + u"require __DIR__ . '/vendor/autoload.php';\n\nuse Xident\\SDK\\Client;\n\n"_s;
    QString headers = u"'X-API-Version' => "_s + phpString(call.apiVersion);
    for (const auto &h : call.headers)
        headers += u", "_s + phpString(QString::fromUtf8(h.first)) + u" => "_s + phpString(QString::fromUtf8(h.second));
    out += u"$client = new Client(\n    apiKey: getenv('XIDENT_SECRET_KEY'),\n    baseUrl: %1,\n    headers: [%2],\n);\n"_s.arg(
        phpString(call.baseUrl), headers);
    if (call.hasImage())
        out += u"$image = base64_encode(file_get_contents(%1));\n"_s.arg(phpString(call.imageFile));
    return out + phpCall(call);
}

// --- C++ with Xident-Qt ---------------------------------------------------------------------------------------

struct CppParts
{
    QString header;   // the job's header besides client.h
    QString setup;    // lines before the job is made
    QString make;     // the expression that makes the job
    QString print;    // lines that print the outcome, inside the slot (out is a QTextStream on stdout)
};

CppParts cppParts(const ApiCall &call)
{
    const auto str = [](const QString &s) { return cppString(s); };
    switch (call.operation) {
    case Op::Init: {
        QString setup = u"    Xident::InitParams params;\n"_s;
        for (const InitField &f : initFields(call.init))
            setup += u"    params.%1 = %2;\n"_s.arg(QLatin1StringView(f.member), f.number ? QString::number(*f.number) : str(f.text));
        return {u"job.h"_s, setup, u"client.init(params)"_s,
                u"        out << job->result().token << ' ' << job->result().verifyUrl << '\\n';\n"_s};
    }
    case Op::Result:
        return {u"job.h"_s, {}, u"client.getResult(%1)"_s.arg(str(call.token)),
                u"        out << job->result().statusText() << ' ' << job->result().token() << '\\n';\n"_s};
    case Op::BlacklistList:
        return {u"blacklist.h"_s, {}, u"client.blacklist(%1, %2)"_s.arg(call.page).arg(call.perPage),
                u"        for (const Xident::BlacklistEntry &entry : job->entries())\n"
                "            out << entry.id << ' ' << entry.source << ' ' << entry.reason << '\\n';\n"
                "        out << job->pagination().total << '\\n';\n"_s};
    case Op::BlacklistAddSession:
        return {u"blacklist.h"_s, {}, u"client.blacklistSession(%1, %2)"_s.arg(str(call.token), str(call.reason)),
                u"        out << job->status() << '\\n';\n"_s};
    case Op::BlacklistAddImage:
        return {u"blacklist.h"_s, {}, u"client.blacklistImage(image, %1)"_s.arg(str(call.reason)),
                u"        out << job->status() << '\\n';\n"_s};
    case Op::BlacklistRemove:
        return {u"blacklist.h"_s, {}, u"client.removeBlacklistEntry(%1)"_s.arg(call.entryId),
                u"        out << job->requestId() << '\\n';\n"_s};
    case Op::FaceRegister:
    case Op::FaceVerify:
        return {u"face2fa.h"_s, {},
                u"client.%1(%2, image)"_s.arg(call.operation == Op::FaceRegister ? u"registerFace"_s : u"verifyFace"_s, str(call.userId)),
                u"        out << job->challengeId() << ' ' << job->status() << '\\n';\n"_s};
    case Op::FaceStatus:
        return {u"face2fa.h"_s, {}, u"client.face2faStatus(%1)"_s.arg(str(call.challengeId)),
                u"        const Xident::Face2faChallenge challenge = job->challenge();\n"
                "        out << challenge.kind << ' ' << challenge.status << ' ' << challenge.failureReason << '\\n';\n"_s};
    case Op::FaceUser:
        return {u"face2fa.h"_s, {}, u"client.face2faUser(%1)"_s.arg(str(call.userId)),
                u"        out << job->user().enrolled << ' ' << job->user().enrolledAt << '\\n';\n"_s};
    case Op::FaceDeleteUser:
        return {u"face2fa.h"_s, {}, u"client.deleteFace2faUser(%1)"_s.arg(str(call.userId)),
                u"        out << job->deleted() << '\\n';\n"_s};
    }
    return {};
}

QString cppSnippet(const ApiCall &call)
{
    const CppParts parts = cppParts(call);
    QString out = u"#include <XidentQt/client.h>\n#include <XidentQt/%1>\n\n#include <QtCore/QCoreApplication>\n"_s.arg(parts.header);
    if (call.hasImage())
        out += u"#include <QtCore/QFile>\n"_s;
    out += u"#include <QtCore/QTextStream>\n\nusing namespace Qt::StringLiterals;\n\n"
           "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n"
           "    Xident::Config config(qEnvironmentVariable(\"XIDENT_SECRET_KEY\"));\n"_s;
    out += u"    config.setBaseUrl(%1);\n    config.setApiVersion(%2);\n"_s.arg(cppString(call.baseUrl), cppString(call.apiVersion));
    for (const auto &h : call.headers) {
        out += u"    config.addExtraHeader(%1.toUtf8(), %2.toUtf8());\n"_s.arg(cppString(QString::fromUtf8(h.first)),
                                                                            cppString(QString::fromUtf8(h.second)));
    }
    out += u"    Xident::Client client(config);\n"_s;
    if (call.hasImage()) {
        out += u"    QFile file(%1);\n    if (!file.open(QIODevice::ReadOnly)) {\n"
               "        QTextStream(stderr) << file.fileName() << \": \" << file.errorString() << '\\n';\n"
               "        return 1;\n    }\n    const QByteArray image = file.readAll();\n"_s.arg(cppString(call.imageFile));
    }
    out += parts.setup;
    out += u"    auto *job = %1;\n"
           "    QObject::connect(job, &Xident::Job::finished, &app, [job] {\n"
           "        if (job->error()) {\n"
           "            QTextStream(stderr) << job->error().toString() << '\\n';\n"
           "            QCoreApplication::exit(1);\n"
           "            return;\n"
           "        }\n"
           "        QTextStream out(stdout);\n"_s.arg(parts.make);
    out += parts.print;
    out += u"        QCoreApplication::exit(0);\n    });\n    job->start();\n    return app.exec();\n}\n"_s;
    return out;
}

} // namespace

QList<Language> languages()
{
    return {Language::Curl, Language::Python, Language::Php, Language::Cpp};
}

QString languageName(Language language)
{
    switch (language) {
    case Language::Curl: return QCoreApplication::translate("CallCode", "curl");
    case Language::Python: return QCoreApplication::translate("CallCode", "Python (xident)");
    case Language::Php: return QCoreApplication::translate("CallCode", "PHP (xident-io/php-sdk)");
    case Language::Cpp: return QCoreApplication::translate("CallCode", "C++ (Xident-Qt)");
    }
    return {};
}

QString snippet(const ApiCall &call, Language language)
{
    switch (language) {
    case Language::Curl: return curlSnippet(call);
    case Language::Python: return pythonSnippet(call);
    case Language::Php: return phpSnippet(call);
    case Language::Cpp: return cppSnippet(call);
    }
    return {};
}

QString shellQuoted(const QString &text)
{
    // Inside single quotes only the quote itself needs care: close, an escaped quote, open again.
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QString pythonString(const QString &text)
{
    return u'"' + escaped(text, [](char32_t c) -> QString {
               switch (c) {
               case '\\': return u"\\\\"_s;
               case '"': return u"\\\""_s;
               case '\n': return u"\\n"_s;
               case '\r': return u"\\r"_s;
               case '\t': return u"\\t"_s;
               default: break;
               }
               if (isControl(c))
                   return u"\\x"_s + hex(c, 2);
               if (QChar::isSurrogate(c))   // a lone half of a pair: not encodable as UTF-8
                   return u"\\u"_s + hex(c, 4);
               return {};
           }) + u'"';
}

QString phpString(const QString &text)
{
    // Single quotes unless a control character needs an escape that only double quotes know.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()) || c.isSurrogate(); });
    if (plain)
        return u'\'' + QString(text).replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) + u'\'';
    return u'"' + escaped(text, [](char32_t c) -> QString {
               switch (c) {
               case '\\': return u"\\\\"_s;
               case '"': return u"\\\""_s;
               case '$': return u"\\$"_s;
               case '\n': return u"\\n"_s;
               case '\r': return u"\\r"_s;
               case '\t': return u"\\t"_s;
               default: break;
               }
               if (isControl(c))
                   return u"\\x"_s + hex(c, 2);
               if (QChar::isSurrogate(c))
                   return u"\\u{fffd}"_s;
               return {};
           }) + u'"';
}

QString cppString(const QString &text)
{
    // A u"" literal with universal character names for everything outside printable ASCII, so the snippet
    // means the same whatever the source encoding a compiler assumes.
    return u"u\""_s + escaped(text, [](char32_t c) -> QString {
               switch (c) {
               case '\\': return u"\\\\"_s;
               case '"': return u"\\\""_s;
               case '?': return u"\\?"_s;
               case '\n': return u"\\n"_s;
               case '\r': return u"\\r"_s;
               case '\t': return u"\\t"_s;
               default: break;
               }
               if (isControl(c))
                   return u"\\"_s + QString::number(uint(c), 8).rightJustified(3, u'0');
               if (QChar::isSurrogate(c))
                   return u"\\ufffd"_s;
               if (c > 0xffff)
                   return u"\\U"_s + hex(c, 8);
               if (c > 0x7e)
                   return u"\\u"_s + hex(c, 4);
               return {};
           }) + u"\"_s"_s;
}

} // namespace Xident::Console::CallCode
