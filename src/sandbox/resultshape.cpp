#include "sandbox/resultshape.h"

#include "sandbox/sandbox.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(iso(dt)) : QJsonValue(QJsonValue::Null);
}

// What a session's outcome implies about its checks, the same in both shapes.
struct Outcome
{
    bool success, failed, settled;
    QString method;
    bool doc, face, wallet, liveness;
    bool agePassed;   // the age check ran and passed: the age was read and is at least the gate
    int gate;
};

Outcome outcomeOf(const Session &s)
{
    Outcome o;
    o.success = s.status == "success"_L1;
    o.failed = s.status == "failed"_L1;
    o.settled = o.success || o.failed;
    o.method = s.method.isEmpty() ? u"full"_s : s.method;
    o.doc = o.settled && (o.method == "full"_L1 || o.method == "ocr"_L1 || s.reason == "docverify_reject"_L1
                          || s.reason == "dob_unreadable"_L1);
    o.face = o.settled && (o.method == "full"_L1 || o.method == "ocr"_L1 || s.reason == "face_mismatch"_L1);
    o.wallet = o.settled && o.method == "eu_wallet"_L1;
    o.liveness = o.settled && o.method != "eu_wallet"_L1 && o.method != "self_declaration"_L1;
    o.agePassed = o.settled && s.reason != "age_below_threshold"_L1 && s.reason != "dob_unreadable"_L1;
    o.gate = s.minAge.value_or(18);
    return o;
}

QJsonObject legacyJson(const Session &s, const Outcome &x)
{
    const bool success = x.success, failed = x.failed, settled = x.settled, doc = x.doc, face = x.face,
               liveness = x.liveness;
    const QString &method = x.method;
    const int gate = x.gate;
    QJsonObject o;
    o.insert("id"_L1, s.id);
    o.insert("status"_L1, success ? u"completed"_s : s.status);
    o.insert("min_age"_L1, s.minAge ? QJsonValue(*s.minAge) : QJsonValue(QJsonValue::Null));
    o.insert("country_code"_L1, settled ? QJsonValue(u"DE"_s) : QJsonValue(QJsonValue::Null));
    o.insert("external_user_id"_L1, s.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.userId));
    QJsonArray required{u"liveness"_s, u"age"_s};
    if (doc)
        required.append(u"document"_s);
    o.insert("required_methods"_L1, required);
    o.insert("remaining_attempts"_L1, failed ? s.remainingAttempts - 1 : s.remainingAttempts);
    o.insert("liveness_result"_L1, liveness ? QJsonValue(QJsonObject{{"passed"_L1, s.reason != "face_not_detected"_L1},
                                                                      {"score"_L1, s.reason == "face_not_detected"_L1 ? 0.12 : 0.97}})
                                            : QJsonValue(QJsonValue::Null));
    if (settled) {
        // A bracket only when the age check passed; an unreadable date of birth leaves no age at all.
        QJsonObject age{{"method"_L1, method == "full"_L1 ? u"ml_fast"_s : method}};
        if (s.reason == "dob_unreadable"_L1)
            age.insert("estimated_age"_L1, QJsonValue::Null);
        else
            age.insert("estimated_age"_L1, s.reason == "age_below_threshold"_L1 ? gate - 3 : gate + 9);
        age.insert("verified_bracket"_L1, x.agePassed ? QJsonValue(gate) : QJsonValue(QJsonValue::Null));
        o.insert("age_result"_L1, age);
    } else {
        o.insert("age_result"_L1, QJsonValue::Null);
    }
    o.insert("ocr_result"_L1, doc ? QJsonValue(QJsonObject{{"document_type"_L1, u"passport"_s},
                                                            {"passed"_L1, s.reason != "docverify_reject"_L1 && s.reason != "dob_unreadable"_L1}})
                                  : QJsonValue(QJsonValue::Null));
    o.insert("face_match_result"_L1, face ? QJsonValue(QJsonObject{{"passed"_L1, s.reason != "face_mismatch"_L1}})
                                          : QJsonValue(QJsonValue::Null));
    o.insert("ocr_task_id"_L1, doc ? QJsonValue(u"ocr_"_s + s.id.left(8)) : QJsonValue(QJsonValue::Null));
    o.insert("regime"_L1, s.livenessDifficulty.isEmpty() ? u"medium"_s : s.livenessDifficulty);
    o.insert("created_at"_L1, iso(s.createdAt));
    o.insert("started_at"_L1, isoOrNull(s.startedAt));
    o.insert("completed_at"_L1, isoOrNull(s.completedAt));
    o.insert("expires_at"_L1, isoOrNull(s.expiresAt));
    if (failed)
        o.insert("reason"_L1, s.reason);
    return o;
}

QJsonObject v1Json(const Session &s, const Outcome &x)
{
    const bool success = x.success, failed = x.failed, settled = x.settled, doc = x.doc, face = x.face,
               wallet = x.wallet, liveness = x.liveness;
    const QString &method = x.method;
    const int gate = x.gate;
    const auto check = [](bool performed, bool passed) {
        return QJsonObject{{"performed"_L1, performed}, {"passed"_L1, performed && passed}};
    };
    QJsonObject age = check(settled, x.agePassed);
    age.insert("gate"_L1, gate);
    QJsonObject document = check(doc, s.reason != "docverify_reject"_L1 && s.reason != "dob_unreadable"_L1);
    document.insert("document_type"_L1, doc ? QJsonValue(u"passport"_s) : QJsonValue(QJsonValue::Null));
    document.insert("country"_L1, doc ? QJsonValue(u"DE"_s) : QJsonValue(QJsonValue::Null));
    QString band = u"low"_s;
    if (s.reason == "blacklist_match"_L1)
        band = u"high"_s;
    else if (failed)
        band = u"medium"_s;

    QJsonObject o;
    o.insert("token"_L1, s.resultToken);
    o.insert("status"_L1, s.status);
    o.insert("verified"_L1, success);
    o.insert("reason"_L1, failed ? QJsonValue(s.reason) : QJsonValue(QJsonValue::Null));
    o.insert("verification_type"_L1, settled ? QJsonValue(method) : QJsonValue(QJsonValue::Null));
    o.insert("ip_country"_L1, u"DE"_s);
    o.insert("external_user_id"_L1, s.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.userId));
    o.insert("checks"_L1, QJsonObject{
                              {"liveness"_L1, check(liveness, s.reason != "face_not_detected"_L1)},
                              {"age"_L1, age},
                              {"document"_L1, document},
                              {"face_match"_L1, check(face, s.reason != "face_mismatch"_L1)},
                              {"eu_wallet"_L1, check(wallet, true)},
                              {"aml"_L1, check(settled, s.reason != "blacklist_match"_L1)},
                          });
    o.insert("risk"_L1, QJsonObject{{"band"_L1, settled ? QJsonValue(band) : QJsonValue(QJsonValue::Null)}});
    o.insert("created_at"_L1, iso(s.createdAt));
    o.insert("completed_at"_L1, isoOrNull(s.completedAt));
    o.insert("expires_at"_L1, isoOrNull(s.expiresAt));
    return o;
}

} // namespace

QJsonObject resultJson(const Session &s, bool legacy)
{
    const Outcome outcome = outcomeOf(s);
    return legacy ? legacyJson(s, outcome) : v1Json(s, outcome);
}

} // namespace Xident::Sandbox
