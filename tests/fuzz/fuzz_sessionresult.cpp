// libFuzzer target: SessionResult::fromJson() on arbitrary JSON objects, bare and wrapped as {"data": ...}.
#include <XidentQt/sessionresult.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

volatile qsizetype g_sink = 0;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_sessionresult: invariant violated: %s\n", what);
    std::abort();
}

void touch(const QString &s)
{
    g_sink = g_sink + s.size();
}

void exercise(const QJsonObject &obj)
{
    using Xident::SessionResult;
    using Xident::SessionStatus;
    const SessionResult r = SessionResult::fromJson(obj);

    if (r.raw() != obj)
        fail("raw() is not the object given");
    if (Xident::sessionStatusFromString(r.statusText()) != r.status())
        fail("status() does not match statusText()");
    touch(Xident::sessionStatusToString(r.status()));
    if (r.isVerified() != (r.status() == SessionStatus::Success) || r.isCompleted() != r.isVerified())
        fail("isVerified()/isCompleted() disagree with status()");
    if (r.isTerminal() != Xident::isTerminalStatus(r.status()))
        fail("isTerminal() disagrees with isTerminalStatus()");
    if (r.isPending() && r.isTerminal())
        fail("pending and terminal at once");
    (void)r.isFailed();
    (void)r.shape();

    if (auto bracket = r.ageBracket())
        g_sink = g_sink + *bracket;
    touch(r.method());
    touch(r.country());
    touch(r.token());
    touch(r.id());
    touch(r.externalUserId());
    touch(r.createdAt());
    touch(r.startedAt());
    touch(r.completedAt());
    touch(r.expiresAt());
    (void)r.verified();
    touch(r.reason());
    touch(r.verificationType());
    touch(r.ipCountry());
    touch(r.riskBand());
    (void)r.minAge();
    touch(r.countryCode());
    for (const QString &m : r.requiredMethods())
        touch(m);
    (void)r.remainingAttempts();
    (void)r.livenessResult();
    (void)r.ageResult();
    (void)r.ocrResult();
    (void)r.faceMatchResult();
    touch(r.ocrTaskId());
    touch(r.regime());

    const QList<Xident::CheckResult> checks = r.checks();
    if (r.shape() == SessionResult::Shape::Legacy ? checks.size() != 4 : checks.size() < 6)
        fail("unexpected number of checks for the shape");
    for (const Xident::CheckResult &c : checks) {
        touch(c.name);
        (void)c.performed;
        (void)c.passed;
        g_sink = g_sink + c.details.size();
        const std::optional<Xident::CheckResult> found = r.check(c.name);
        if (!found || found->name != c.name)
            fail("check(name) does not find a listed check");
    }
    for (const QString &name : {u"liveness"_s, u"age"_s, u"document"_s, u"face_match"_s, u"eu_wallet"_s, u"aml"_s,
                                u"risk"_s, u"nonexistent"_s}) {
        if (auto c = r.check(name)) {
            if (c->name != name)
                fail("check(name) returned another name");
        }
    }
    if (r.check(u"nonexistent"_s) && !obj.value("checks"_L1).toObject().contains("nonexistent"_L1))
        fail("check() invents a check");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject obj = doc.object();
    exercise(obj);
    // The API's envelope: {"data": {...}}; callers may hand over either level.
    QJsonObject wrapped;
    wrapped.insert("data"_L1, obj);
    exercise(wrapped);
    if (obj.value("data"_L1).isObject())
        exercise(obj.value("data"_L1).toObject());
    return 0;
}
