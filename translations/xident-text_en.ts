<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::ForensicFinding</name>
    <message>
        <source>Your payload has CRLF (\r\n) line endings; the signed bytes had LF (\n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload has LF (\n) line endings; the signed bytes had CRLF (\r\n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\r\n) that the signed bytes did not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\n) that the signed bytes did not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes ended with a line break that your payload lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload has white space before or after the JSON that the signed bytes did not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload starts with a UTF-8 byte order mark (EF BB BF) that the signed bytes did not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes started with a UTF-8 byte order mark (EF BB BF) that your payload lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes, unescaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is pretty-printed JSON; the signed bytes were compact (no spaces or line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes had a space after each : and , (as Python&apos;s json.dumps writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload writes / as \/; the signed bytes had a plain /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload has a plain /; the signed bytes wrote it as \/ (as PHP does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload writes non-ASCII characters as \uXXXX escapes; the signed bytes had them as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payload has non-ASCII characters as UTF-8; the signed bytes wrote them as \uXXXX escapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has white space or a line break around it; without it the signature matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made with the secret without its whsec_ prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret lacks its whsec_ prefix; with it the signature matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::ErrorText</name>
    <message>
        <source>The server refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request&apos;s parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer properly (a server error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: a setting or a value needs a correction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::EvidencePage</name>
    <message>
        <source>The file is larger than %1 MB, the most an evidence file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an evidence file of Xident Console: it holds no evidence data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence data in this file is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence file has format version %1; this program reads version %2. Open it with a newer Xident Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by Xident Console %2 (Xident-Qt %3, Qt %4); evidence format %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its requests are in the request log any more (it keeps the last exchanges of this run only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox has received no webhook for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no status change for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled: give the console&apos;s history file with --history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file holds no such session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled: the command line does not receive webhooks; the console&apos;s inbox does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::FaceText</name>
    <message>
        <source>This session has not finished yet: its face can be blacklisted once the session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session carries no face: sessions that ended without a capture (canceled or expired) and browser-only checks (a self-declaration or a digital wallet) have no face to blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face of this session is no longer kept: faces are kept for 12 months after a session, so an older session cannot be blacklisted. Add a recent image of the person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session with this token belongs to this profile&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face does not match the one enrolled for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no face enrolled: enrol one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read as a photo (JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge expired before it was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed to decide; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::FailureText</name>
    <message>
        <source>The person is below the required age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification showed an age below the minimum required for this service, so it could not be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth on the document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not read the date of birth on your document. Please try again with the whole document in view, in good light and without glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face does not match the document photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face in the selfie did not match the photo on the document. Please make sure you use your own document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found in the camera image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not see a face during the check. Please face the camera in good light, remove anything covering your face, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was rejected as not genuine or not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be accepted. Please use a valid, original identity document (not a copy or a photo of a screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verification could not be completed. Please contact our support team for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again or contact our support team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::Translations</name>
    <message>
        <source>%1: no translation for &quot;%2&quot;; English is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::VerdictText</name>
    <message>
        <source>Verified, %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is verified (method %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification was completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification has not been started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification has not been started yet. Please open the link you received and follow the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is completing the verification now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification is still in progress. Please finish the steps on your device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person stopped the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was canceled before it finished. You can start a new one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, result used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was already claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification was completed and has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not completed in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification link expired before it was completed. Please start a new verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox that held this session has stopped, and its sessions with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions and PEP lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile asked knows this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Text::WebhookText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid signature, but the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature v1 #%1 of %2 matched, signed %3 before %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the X-Xident-Signature header (the value, or the whole header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile whose webhook secret signed it, or type the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header cannot be read: it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is malformed (%1): it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is right, but it was made %1 before %2: outside the tolerance, so a receiver rejects it as a possible replay. Evaluate it at the time it was received to check the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is right, but its timestamp is %1 after %2: the sender&apos;s clock or this one is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No v1 value in the header is 64 hex digits, so none can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not the bytes that were signed, or the secret is not the one that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 signatures matches: the payload is not the bytes that were signed, or the secret is not the one that signed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are the ones that were signed, but they are not a JSON object, so no receiver can read the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation. This is not a verdict on the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item without &quot;name=value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t= appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t= is not a Unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no t= timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no v1= signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no v1= value is 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
