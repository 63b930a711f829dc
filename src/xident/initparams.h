#pragma once

#include "error.h"
#include "xidentglobal.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Xident {

//! Parameters of POST /init; unset fields are omitted from the body.
struct XIDENTQT_EXPORT InitParams
{
    QString callbackUrl;                 //!< required; absolute http(s) URL
    std::optional<int> minAge;           //!< 12, 15, 18, 21, 25 (seed); 1–99, 0 with purpose id_verification (newer API)
    QString successUrl;
    QString failedUrl;
    QString userId;
    QString theme;                       //!< light, dark, auto, system
    QString locale;                      //!< en, de, fr, ...
    QString metadata;
    QString livenessDifficulty;          //!< easy, medium, hard
    QString purpose;                     //!< age_verification, id_verification or free text
    QString verificationMode;            //!< auto, document, facial

    //! The JSON body, with unset fields left out.
    QJsonObject toJson() const;
    //! Local checks that need no server (callback URL present and absolute http(s), min_age range, URL fields).
    Error validate() const;
};

//! What POST /init returns.
struct XIDENTQT_EXPORT InitResult
{
    QString token;      //!< xit_..., valid for 10 minutes
    QString verifyUrl;  //!< where the end user completes the verification
    QString requestId;
    QJsonObject raw;

    static std::optional<InitResult> fromJson(const QJsonObject &data);
};

} // namespace Xident
