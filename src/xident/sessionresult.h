#pragma once

#include "xidentglobal.h"

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Xident {

//! Session states; Unknown keeps the server's word verbatim in SessionResult::statusText().
enum class SessionStatus { Pending, InProgress, Success, Failed, Canceled, Claimed, Unknown };

//! Maps a wire status ("completed" included, as the legacy name of success) to SessionStatus.
XIDENTQT_EXPORT SessionStatus sessionStatusFromString(const QString &status);
XIDENTQT_EXPORT QString sessionStatusToString(SessionStatus status);
XIDENTQT_EXPORT bool isTerminalStatus(SessionStatus status);

//! One check of a session (liveness, age, document, face_match, eu_wallet, aml, risk).
struct XIDENTQT_EXPORT CheckResult
{
    QString name;
    bool performed = false;
    std::optional<bool> passed;   //!< unknown when the server did not say
    QJsonObject details;          //!< everything else the server said about the check
};

//! A session as GET /result returns it, in either wire shape (v1 contract or legacy), with nothing lost.
class XIDENTQT_EXPORT SessionResult
{
public:
    enum class Shape { V1, Legacy };

    //! Parses either shape; the raw object is kept as given.
    static SessionResult fromJson(const QJsonObject &data);

    Shape shape() const { return m_shape; }
    QJsonObject raw() const { return m_raw; }

    SessionStatus status() const { return m_status; }
    QString statusText() const { return m_statusText; }

    bool isVerified() const { return m_status == SessionStatus::Success; }
    bool isCompleted() const { return isVerified(); }
    bool isFailed() const { return m_status == SessionStatus::Failed; }
    bool isPending() const { return m_status == SessionStatus::Pending || m_status == SessionStatus::InProgress; }
    bool isTerminal() const { return isTerminalStatus(m_status); }
    //! The verified age bracket: checks.age.gate when the age check passed (legacy: age_result.verified_bracket).
    //! None when the age check did not pass, whatever age was estimated.
    std::optional<int> ageBracket() const;
    //! The age the service estimated, when it says one (legacy: age_result.estimated_age; v1: checks.age's
    //! estimated_age, which the contract does not promise). An estimate, never a verified bracket.
    std::optional<int> estimatedAge() const;
    //! verification_type (legacy: age_result.method).
    QString method() const;

    // Both shapes
    QString token() const { return m_token; }          //!< v1: result token; legacy: empty
    QString id() const { return m_id; }                //!< legacy session UUID; v1: empty
    QString externalUserId() const { return m_externalUserId; }
    QString createdAt() const { return m_createdAt; }
    QString startedAt() const { return m_startedAt; }
    QString completedAt() const { return m_completedAt; }
    QString expiresAt() const { return m_expiresAt; }

    // v1 contract
    std::optional<bool> verified() const { return m_verified; }
    QString reason() const { return m_reason; }
    QString verificationType() const { return m_verificationType; }
    QString ipCountry() const { return m_ipCountry; }
    QString riskBand() const { return m_riskBand; }

    // legacy shape
    std::optional<int> minAge() const { return m_minAge; }
    QString countryCode() const { return m_countryCode; }
    QStringList requiredMethods() const { return m_requiredMethods; }
    std::optional<int> remainingAttempts() const { return m_remainingAttempts; }
    QJsonValue livenessResult() const { return m_raw.value(QLatin1StringView("liveness_result")); }
    QJsonValue ageResult() const { return m_raw.value(QLatin1StringView("age_result")); }
    QJsonValue ocrResult() const { return m_raw.value(QLatin1StringView("ocr_result")); }
    QJsonValue faceMatchResult() const { return m_raw.value(QLatin1StringView("face_match_result")); }
    QString ocrTaskId() const { return m_ocrTaskId; }
    QString regime() const { return m_regime; }

    //! Every check in a fixed order; legacy *_result objects are mapped onto the same names.
    QList<CheckResult> checks() const { return m_checks; }
    std::optional<CheckResult> check(const QString &name) const;

    //! The country to show: ip_country, else country_code, else the document's country.
    QString country() const;

private:
    Shape m_shape = Shape::V1;
    QJsonObject m_raw;
    SessionStatus m_status = SessionStatus::Unknown;
    QString m_statusText;
    QString m_token, m_id, m_externalUserId;
    QString m_createdAt, m_startedAt, m_completedAt, m_expiresAt;
    std::optional<bool> m_verified;
    QString m_reason, m_verificationType, m_ipCountry, m_riskBand;
    std::optional<int> m_minAge;
    QString m_countryCode;
    QStringList m_requiredMethods;
    std::optional<int> m_remainingAttempts;
    QString m_ocrTaskId, m_regime;
    QList<CheckResult> m_checks;
};

} // namespace Xident

Q_DECLARE_METATYPE(Xident::SessionResult)
