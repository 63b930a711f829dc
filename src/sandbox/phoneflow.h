#pragma once

#include "sandbox/httpfrontend.h"

#include <QtCore/QString>

namespace Xident::Sandbox {

struct Session;
struct WidgetTexts;
struct PhoneTexts;

//! The hosted widget as a customer sees it on a phone (verify_url?flow=phone): a welcome, a selfie, a photo of
//! the ID, a short check and the result, ending with the same choice post and redirect as the tester's panel.
//! Photos are only ever shown on the phone itself; nothing of them is sent.
class PhoneFlow
{
public:
    //! The flow's script, served from the sandbox itself: the pages allow no other.
    static constexpr auto ScriptPath = "/widget/assets/phone.js";
    //! The pages' content security policy: the script above, images the script makes from the phone's own photos.
    static constexpr auto ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; img-src 'self' blob:; style-src 'unsafe-inline'; "
        "form-action 'self'; base-uri 'none'";
    //! Seconds the result stays on screen before the browser goes on to the merchant.
    static constexpr int ResultSeconds = 4;

    //! Whether \a request belongs to the phone flow: flow=phone in its query or in its posted form.
    static bool wanted(const HttpRequest &request);
    //! GET ScriptPath.
    static HttpReply script();
    //! Where the phone goes once it has posted, to see its result: /widget/{\a token}/return?flow=phone.
    static QString returnPath(const QString &token);

    explicit PhoneFlow(const Session &session);

    //! The steps from the welcome to the check, one on screen at a time.
    HttpReply steps() const;
    //! The check while the outcome is worked out; the browser asks /return again after \a refreshSeconds.
    HttpReply processing(int refreshSeconds) const;
    //! A final session's result, with a tick or a cross and a sentence; then on to /continue.
    HttpReply result() const;

private:
    QString page(const QString &step, const QString &body, bool cancellable) const;
    QString welcome() const;
    QString photo(const QString &kind, int number) const;
    QString finishForm() const;
    QString checking(bool current) const;

    const Session &m_session;
    const WidgetTexts &m_shared;
    const PhoneTexts &m_texts;
};

} // namespace Xident::Sandbox
