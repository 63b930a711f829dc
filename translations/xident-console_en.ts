<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistPane</name>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the entries of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id, source, session or reason on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the API for this page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page and total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (at most 10 MB); you can also drop a picture on this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry from the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this page as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCode</name>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python (xident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP (xident-io/php-sdk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ (Xident-Qt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSessionPane</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of POST /init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-shop.example/verified (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own id for the person (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;gic outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional redirect after a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;iled URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional redirect after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness &amp;difficulty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification mod&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metad&amp;ata (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;order&quot;: &quot;A-1001&quot;} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open verify URL in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy verify URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the verification pages on this computer&apos;s network address too, so a phone can open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same parameters, a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form&apos;s call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the user id a&amp;nd metadata for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you ask: a user id is personal data, and the settings file keeps it in plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Face2faPane</name>
    <message>
        <source>Face 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id your application knows the person by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this user has a face enrolled, and since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this user&apos;s enrolled face for good (a GDPR erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG or PNG of a face, at most 10 MB; you can also drop one on this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the picture&apos;s face for this user (replaces an earlier one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rify against the enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the picture&apos;s face against the one enrolled for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These calls as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges of this run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected challenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message>
        <source>Session inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence for a reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, reason and request ids as text for a ticket; no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bracket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result JSON as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result JSON as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the watchlist to see its verdict, checks, JSON and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session was looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll this session with another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy lin&amp;k for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xident:// link that opens this session with the same profile in a colleague&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, what was done (kept in the history, included in exports and evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HTML file with the verdict, checks, timeline, webhooks and requests, redacted (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy repl&amp;y sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Xident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live key warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteTokensDialog</name>
    <message>
        <source>Add sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste session tokens (xit_… or xtk_…), several at once, or a callback or redirect URL that carries token=…. They are polled with the profile in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens or URLs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the large paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>%1 (LIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Poll %n session(s) with the profile:</source>
        <translation>
            <numerusform>Poll the session with the profile:</numerusform>
            <numerusform>Poll %n sessions with the profile:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: value (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the values of credential headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogPane</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search path, request id or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPane</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the sandbox again for its faults and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults for this profile&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency added to every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls answered 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % answered 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scri&amp;pted answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses for the next calls, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503, 503, 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a minute before 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y-After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After sent with 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed &amp;bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many malformed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries and their attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sends the selected delivery again, byte for byte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios run at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selec&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HT&amp;ML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios and their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected scenario: checks, steps and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the sessio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected scenario&apos;s session, read-only: its keys belong to no profile, so it is never polled or listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReference</name>
    <message>
        <source>There is nothing to read: paste a session token, or a link that holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an xident:// link of another kind; only xident://session/ links name a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than a session token after xident://session/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no token parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is an API key, not a session token; it was left out and is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a webhook signing secret, not a session token; it was left out and is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty token parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a session token: session tokens start with xit_ or xtk_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for a session token: %2 needs 8 to 128 characters after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a session token: %2 takes at most 128 characters after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a session token: only letters, digits, _ and - may follow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more piece(s) were refused for reasons like these.</source>
        <translation>
            <numerusform>%Ln more piece was refused for reasons like these.</numerusform>
            <numerusform>%Ln more pieces were refused for reasons like these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) were not session tokens (they start with neither xit_ nor xtk_), for example %1.</source>
        <translation>
            <numerusform>%Ln piece was not a session token (it starts with neither xit_ nor xtk_): %1.</numerusform>
            <numerusform>%Ln pieces were not session tokens (they start with neither xit_ nor xtk_), for example %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That holds an API key or a webhook secret; it was left out and is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerWidget</name>
    <message>
        <source>Signs the payload with the secret above, at the evaluation time, and sends it to your own receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature header made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s status, headers, body and time appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchlistPane</name>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Create one on the “New session” tab (Ctrl+N), or paste tokens or callback URLs (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by token, user id, ticket or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search token, user id, ticket or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwar&amp;d every delivery to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays and forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to replays and forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repla&amp;y to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the received requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event, session, path, sender or verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;badly on purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are still listed and judged, but their sender hears this answer and tries again: watch its retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before the bad answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many deliveries get the bad answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the port again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the wanted port once it is free; the inbox stays where it is until then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookValidatorPane</name>
    <message>
        <source>Webhook validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (paste it, or drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;endings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings of typed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the lines of the text you type or paste are encoded into the payload&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a payload from a file, byte for byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;id&quot;:&quot;evt_…&quot;,&quot;type&quot;:&quot;session.success&quot;,…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload, read-only view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Xident-Signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=1767225600,v1=… or the whole X-Xident-Signature: line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the secret comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tole&amp;rance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (no replay check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;k a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make it valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header this payload and secret would have: it proves knowledge of the secret, so it stays hidden until you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::AboutDialog</name>
    <message>
        <source>Xident Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for the Xident age and identity verification API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xident Console %1
Xident-Qt library %2
Qt %3 (built with %4)
API version %5
HMAC-SHA256: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Application</name>
    <message>
        <source>Desktop console for the Xident verification API. Opens on the embedded sandbox; tokens, callback URLs and xident://session/&lt;token&gt; links given as arguments open those sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of the console, library, Qt and API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the profile called &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: no display here; run it under a virtual one: xvfb-run -a xident-console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: another console is running but did not take the sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XIDENT_SECRET_KEY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: --base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in presenter mode: a full-screen verification demo on the profile in use (sandbox and test profiles only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the embedded sandbox&apos;s verification pages on &lt;address&gt; too, so that a phone on that network can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: a console is already running; --base-url only applies when it starts. Add a profile in its window (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xident Console is already running; it was handed what this launch asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot;; the profiles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone-address: &quot;%1&quot; is not an IP address (such as 192.168.1.20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later launch&apos;s options were not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later launch asked for a profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone-address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident-console: --phone-address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a demo on the profile in use (or --profile) will work, print one line per check and exit: 0 when all pass, 1 otherwise. It runs on its own, with its own embedded sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, callback URLs or xident:// links to open, or evidence files to view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a temporary profile for &lt;url&gt;; its key comes from XIDENT_SECRET_KEY, its webhook secret from XIDENT_WEBHOOK_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XIDENT_WEBHOOK_SECRET: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistAddDialog</name>
    <message>
        <source>Add to the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist the face of session %1 (result token %2): anyone with this face then fails verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (JPEG or PNG, at most 10 MB): choose one, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this face is blacklisted, e.g. a chargeback ring (kept with the entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistBook</name>
    <message>
        <source>Give a reason: it is kept with the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; the API takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 MB; the API takes at most 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a picture (JPEG or PNG, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible once the session&apos;s result has been read: the API takes its result token (xtk_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result read so far names no result token (xtk_…), which the API takes: results in the legacy shape carry none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blacklist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the service is processing the face of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the service is processing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be decoded: it is damaged, or too large in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistModel</name>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on %1; the service is processing it. It appears here with its id once listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s number for the session; it lists no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistPane</name>
    <message numerus="yes">
        <source>Page %1 of %2, %n entry(ies) in all</source>
        <translation>
            <numerusform>Page %1 of %2, %n entry in all</numerusform>
            <numerusform>Page %1 of %2, %n entries in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry %1 (%2, “%3”) from the blacklist of %4? A face that matches it is then no longer refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the removal as code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ChallengeModel</name>
    <message>
        <source>Not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: The face is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: The face matches the one enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::CheckDemoDialog</name>
    <message>
        <source>Check the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something needs doing before the demo: see the lines marked ✗.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of a test page for a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has opened it yet. If the phone is on the same Wi-Fi, the network may keep devices apart (guest Wi-Fi): use a phone&apos;s hotspot instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A phone on the network reached this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this with a phone on the same network: it is ticked when the phone&apos;s request arrives here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ChecksModel</name>
    <message>
        <source>—</source>
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
        <source>unknown</source>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ConnectionMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::CreateSessionPane</name>
    <message>
        <source>Required: the address the person&apos;s browser returns to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL: write it whole, like https://shop.example/verified (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an absolute http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass by document (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass by self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the user id with a value the sandbox completes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is only allowed with the purpose id_verification; use 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 4096 characters (this has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1 (%2); write an object such as {&quot;order&quot;: &quot;A-1001&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 255 characters (this has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a live session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. This creates a real verification session on %2, which may be billed and is seen by your production systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no usable API key yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; no session was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; request id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on the network at %1: a phone on the same network can scan the code. Only the verification pages are served there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address points at this computer (%1): a phone cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no network address other than loopback, so a phone cannot reach it. Connect to the same Wi-Fi as the phone and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the verification pages on this address too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the sandbox on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on the network at %1 will be able to open the sandbox&apos;s verification pages. The API, the admin API and the keys stay on this computer. Sharing lasts until you stop it or quit; it is never switched on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: regenerate for a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liveness difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not remembered for next time, as %n field(s) hold a key or a secret: %1.</source>
        <translation>
            <numerusform>Not remembered for next time, as this field holds a key or a secret: %1.</numerusform>
            <numerusform>Not remembered for next time, as these %n fields hold a key or a secret: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magic outcomes exist on sandboxes only (the local one, or a server that names itself xident-sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the desktop to open the page. If no browser shows it, use Copy beside Open and paste the address into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no program to open web pages: use Copy beside Open and paste the address into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer: the session has ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryAnswer</name>
    <message>
        <source>No answer from %1 after %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… (the rest of the body is not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver redirects to %1; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL; write it as http://host:port/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can receive webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delivered after %n attempt(s)</source>
        <translation>
            <numerusform>delivered after %n attempt</numerusform>
            <numerusform>delivered after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not delivered yet, %n attempt(s)</source>
        <translation>
            <numerusform>not delivered yet, %n attempt</numerusform>
            <numerusform>not delivered yet, %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoCheck</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sandbox or test profile for a demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is tried on a live profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no usable API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its key in Connection → Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not make a session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox or check the profile&apos;s address and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answers, but not its admin routes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers (a hosted test server: it has no faults to check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults are active for this key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear them (PUT /_sandbox/faults with zeros and an empty script) or restart the sandbox, so that the demo is not slowed or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, and no fault is active for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code points at this computer (%1): a phone cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the pages on the network: Reachable from my phone… in the New session form, or --phone-address ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox with --listen 0.0.0.0 --public-url http://ADDRESS:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code opens the server&apos;s own page on %1; it is not fetched here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 serves the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 does not serve the sandbox (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this address belongs to this computer and that no firewall blocks the port; on guest Wi-Fi that keeps devices apart, use a phone&apos;s hotspot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not read back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code as drawn reads back as the phone&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code as drawn does not read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code as drawn reads back as another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this as a defect; meanwhile open the page on the phone by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not say when its tokens expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lives %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lives only %1 s; a demo needs at least %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox with --token-ttl 600 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends no Date header: the clocks are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time automatically (timedatectl set-ntp true), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no webhook secret: results cannot be confirmed by webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the webhook secret in Connection → Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret is known; this server delivers to its own webhook address, which is not watched here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook inbox is not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port in the Webhook inbox pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s session could not be settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed webhook reached the inbox and verified: results are confirmed both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook reached the inbox but did not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook reached the inbox within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the inbox listens (Webhook inbox pane) and that nothing blocks its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook inbox is not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoSession</name>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. A demo creates sessions that could be real and billed: choose a sandbox or test profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key yet: add it in Connection → Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s client is not ready (its key is missing or not valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone opened the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session could be made (%1). Trying again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer yet; trying again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer; the code comes back when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceDialog</name>
    <message>
        <source>Include the &amp;user id (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;raw result JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;webhook bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the verdict and the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in one HTML file that any browser opens offline. Keys, webhook secrets and credentials are never written.</source>
        <translation>
            <numerusform>One session in one HTML file that any browser opens offline. Keys, webhook secrets and credentials are never written.</numerusform>
            <numerusform>%n sessions in one HTML file that any browser opens offline. Keys, webhook secrets and credentials are never written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: exactly what will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the timeline from the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceViewer</name>
    <message>
        <source>%1 (evidence, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the evidence file %1, exported %2 by Xident Console %3. Read-only: these sessions are not polled and not added to the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence as its page shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an evidence file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faBook</name>
    <message>
        <source>Give a user id: the id your application knows the person by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id is %1 characters long; the API takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile changed before the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id of &quot;%1&quot; cannot be used: it would name another address than the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faPane</name>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to enrol or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge %1, status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1, user %2, picture %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled: the face was deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the enrolled face of “%1”? It is erased for good; the user must enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::HistoryStore</name>
    <message numerus="yes">
        <source>%n session(s) could not be removed from the history: %1</source>
        <translation>
            <numerusform>%n session could not be removed from the history: %1</numerusform>
            <numerusform>%n sessions could not be removed from the history: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archived mark of %n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>The archived mark of %n session could not be saved in the history: %1</numerusform>
            <numerusform>The archived mark of %n sessions could not be saved in the history: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was given for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside (%2), so it was left as it is and no history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2, but a new one cannot be created: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2. A new, empty history has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a -wal file without its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Xident Console (schema %1; this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables without a known schema version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open, so nothing can be read from it or kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session without a token cannot be kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 could not be saved in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change of session %1 could not be saved in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watchlist could not be read from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of session %1 could not be read from the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received webhook could not be saved in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received webhooks could not be read from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received webhooks could not be removed from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>%n session could not be saved in the history: %1</numerusform>
            <numerusform>%n sessions could not be saved in the history: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 could not be merged in the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::InboxModel</name>
    <message>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, but not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged by the webhook secret of profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the watchlist as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>refused (%1), %n time(s)</source>
        <translation>
            <numerusform>refused (%1), %n time</numerusform>
            <numerusform>refused (%1), %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %n time(s) in a row, the last at %1.</source>
        <translation>
            <numerusform>Refused %n time in a row, the last at %1.</numerusform>
            <numerusform>Refused %n times in a row, the last at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile has a webhook secret, so the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no X-Xident-Signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; connection cut on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; answered %2 on purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::InspectorPane</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says “%1”, a status the console does not know; polling goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last poll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (when it became %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: none reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bracket: %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id (last poll): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (request id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
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
        <source>Looking it up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in use does not know this session; the others are being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up on %1 too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
also %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated %1 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::InstanceGuard</name>
    <message>
        <source>The arguments were too long to hand to the running console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another launch of the console is starting and did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console is already running but did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later launches cannot reach this console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open to other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 fields are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::MainWindow</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Xident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a verification session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox shared on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on the network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE — profile “%1” uses a live key: sessions are real and may be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a verification demo full screen: a QR code for a phone, then the verdict (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link names the profile %1, which this console does not have; its session was not opened. Add the profile (Ctrl+,) and open the link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e&amp;vidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;andbox: faults and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face &amp;2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook inbox on another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the port again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook inbox on port %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 was taken; a sender pointed at it does not reach the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::PasteTokensDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning, and Add reads all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning; Add reads the first %2, and the other %3 are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear it to type or paste something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session token found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, all new</source>
        <translation>
            <numerusform>%Ln token found, all new</numerusform>
            <numerusform>%Ln tokens found, all new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, already in the watchlist</source>
        <translation>
            <numerusform>%Ln token found, already in the watchlist</numerusform>
            <numerusform>%Ln tokens found, already in the watchlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found: %1 new, %2 already in the watchlist</source>
        <translation>
            <numerusform>%Ln token found: %1 new, %2 already in the watchlist</numerusform>
            <numerusform>%Ln tokens found: %1 new, %2 already in the watchlist</numerusform>
        </translation>
    </message>
    <message>
        <source>; the rest ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) ignored, for example %1.</source>
        <translation>
            <numerusform>%Ln word ignored, for example %1.</numerusform>
            <numerusform>%Ln words ignored, for example %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::PictureFile</name>
    <message>
        <source>%1 is %2 MB; the API takes at most 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::PollScheduler</name>
    <message>
        <source>The profile&apos;s key is not available yet; polling waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down (429); polling resumes after the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Presenter</name>
    <message>
        <source>Presenting a verification demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version is required, for example 2026-08-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileDialog</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its key and secret from the keychain? Its sessions stay in the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE key: sessions created with it are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox runs inside the console. Its test key and its webhook secret are made anew at each start and work only there; its address is port 9000, or a free one when 9000 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileService</name>
    <message>
        <source>The keychain refused to store a secret of profile &quot;%1&quot;: it is kept for this run only and will be asked for again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileStore</name>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::QrCodeWidget</name>
    <message>
        <source>Too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms, attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer, %1 ms, attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1; request id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogPane</name>
    <message>
        <source>All exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (not 2xx, or no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exchanges shown (the last %3 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR (*.har);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n exchange(s) shown…</source>
        <translation>
            <numerusform>The %n exchange shown…</numerusform>
            <numerusform>All %n exchanges shown…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected exchange(s)…</source>
        <translation>
            <numerusform>The %n selected exchange…</numerusform>
            <numerusform>The %n selected exchanges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n exchange(s)</source>
        <translation>
            <numerusform>Export %n exchange</numerusform>
            <numerusform>Export %n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxAdmin</name>
    <message>
        <source>The profile&apos;s base URL is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects (HTTP %1); redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox does not know this session for this key (another key&apos;s, forgotten, or not a sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not the sandbox&apos;s: no JSON data object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of calls answered 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scripted answer(s)</source>
        <translation>
            <numerusform>%n scripted answer</numerusform>
            <numerusform>%n scripted answers</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n malformed answer(s)</source>
        <translation>
            <numerusform>%n malformed answer</numerusform>
            <numerusform>%n malformed answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxHost</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot share on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxPane</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy&apos;s HTML 502 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection dropped mid-body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in use has a LIVE key: faults and deliveries are a sandbox&apos;s, never production&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not name itself a sandbox: faults and deliveries exist on the local sandbox and on any xident-sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripted answers: &quot;%1&quot; is not an HTTP status (100 to 599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripted answers: at most 1000 statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: none; the sandbox serves this key plainly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the deliveries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) for this key.</source>
        <translation>
            <numerusform>%n delivery for this key.</numerusform>
            <numerusform>%n deliveries for this key.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery #%1 is being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery #%1 was not sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox. The faults and deliveries below are this key&apos;s (%1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the xident-sandbox at %2. The faults and deliveries below are this key&apos;s (%3) only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ScenarioModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::ScenariosPane</name>
    <message>
        <source>Open one or more scenario files (YAML). They run against sandboxes started for them in this program, each scenario with its own key, and never touch a profile&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenarios cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running scenarios first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 passed, %4 failed, %5 errors, %6 skipped%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n running</source>
        <translation>
            <numerusform>; %n running</numerusform>
            <numerusform>; %n running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 (%3, line %4): %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending: %1 · faults: %2 · receiver: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again from a shell: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a JUnit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of the scenario &quot;%1&quot; (%2, line %3), as its last poll read it. Read-only: its key belongs to no profile, so it is not polled and not added to the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SecretChooser</name>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SecretStore</name>
    <message>
        <source>No keychain service answered; secrets are kept for this session only and will be asked for again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; secrets are kept for this session only and will be asked for again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionLocator</name>
    <message>
        <source>its key is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked, being LIVE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionModel</name>
    <message>
        <source>Polling stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last poll failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling has not confirmed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: the webhook %1 received at %2 announced &quot;%3&quot;, but polling says &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionTracker</name>
    <message>
        <source>%1 The watchlist goes on, but what happens now may not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polled: its profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stopped: its profile was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::SignerWidget</name>
    <message>
        <source>Choose or type a secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a secret first: the request is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::StageWindow</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sandbox can set the outcome beforehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xident demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session and a fresh code (Space, Enter or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the console (Esc or F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options ●</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome set beforehand: pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome set beforehand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome, language, screen and logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::TimelineModel</name>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the webhook inbox; the status it announced before polling confirmed it</source>
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
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::VerdictView</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchlistPane</name>
    <message numerus="yes">
        <source>Remove %n session(s) from the watchlist and its history?</source>
        <translation>
            <numerusform>Remove %n session from the watchlist and its history?</numerusform>
            <numerusform>Remove %n sessions from the watchlist and its history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished session(s).</source>
        <translation>
            <numerusform>Removed %n finished session.</numerusform>
            <numerusform>Removed %n finished sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) shown</source>
        <translation>
            <numerusform>%1 of %n session shown</numerusform>
            <numerusform>%1 of %n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n session(s) shown.</source>
        <translation>
            <numerusform>Export the %n session shown.</numerusform>
            <numerusform>Export the %n sessions shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected session(s).</source>
        <translation>
            <numerusform>Export the %n selected session.</numerusform>
            <numerusform>Export the %n selected sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (still polled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled, expired or gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include user ids (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys and webhook secrets are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look it up on the &amp;LIVE profiles too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; reading older ones from the history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookCheck</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with a newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no newline at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with a UTF-8 BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInbox</name>
    <message>
        <source>405: only POST is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403: sent by a web page in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not forwarded: %n forward(s) are still waiting for an answer</source>
        <translation>
            <numerusform>not forwarded: %n forward are still waiting for an answer</numerusform>
            <numerusform>not forwarded: %n forwards are still waiting for an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries (%1 MB waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503: still saving earlier deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken; the inbox listens on %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every received webhook, here and in the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox delivers its webhooks here. Deliveries are judged by the webhook secrets of your profiles; only this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see the webhooks of &quot;%1&quot; here, point its webhook URL (or a tunnel) at this address. They are judged by its webhook secret; only this computer can reach the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook inbox is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet. Finish a session of the local sandbox, or send a webhook to the receiver&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from %1 at %2, refused before it was read — answered %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 — answered %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 (in the watchlist)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 more; open it in the validator to judge the whole body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying #%1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the inbox itself: forwarding there would loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed; the latest %1 are kept, with at most %2 of bodies.</source>
        <translation>
            <numerusform>%n request listed; the latest %1 are kept, with at most %2 of bodies.</numerusform>
            <numerusform>%n requests listed; the latest %1 are kept, with at most %2 of bodies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown; the latest %2 are kept, with at most %3 of bodies.</source>
        <translation>
            <numerusform>%1 of %n request shown; the latest %2 are kept, with at most %3 of bodies.</numerusform>
            <numerusform>%1 of %n requests shown; the latest %2 are kept, with at most %3 of bodies.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed mid-answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every delivery is answered 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is cut mid-answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senders hear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On: %1 for the next %n delivery(s).</source>
        <translation>
            <numerusform>On: %1 for the next delivery.</numerusform>
            <numerusform>On: %1 for the next %n deliveries.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: %1 until switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 was taken, so the inbox listens on %2: a sender pointed at %1 reaches something else, or nothing. Point it here, or try %1 again once it is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookRouter</name>
    <message>
        <source>503: not kept in time; the sender was asked to send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken; the webhook inbox listens on %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook inbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is still taken (%2); the inbox stays on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookValidatorPane</name>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide e&amp;xpected signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, read-only: a payload this large is judged as loaded, byte for byte. To change it, edit the file in a text editor and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8, which an editor would change, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the payload has characters a text editor changes, so it is judged exactly as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the editor the payload becomes UTF-8 text with %1 line endings: invalid bytes are replaced and line endings made uniform, so the bytes that were loaded change. Edit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the validator takes payloads up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a webhook payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads (*.json *.txt *.log *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes · counting…</source>
        <translation>
            <numerusform>%Ln bytes · counting…</numerusform>
            <numerusform>%Ln bytes · counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging %1 on a worker thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the body of a webhook (or open or drop a file), then its X-Xident-Signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found what changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to explain: the payload is the signed bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensics look for what changed once the header and secret are given and the signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1
Id: %2
Created: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;session:%1&quot;&gt;Open %1 in the watchlist&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not in the watchlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the secret that ver&amp;ifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common accident (line endings, a trailing newline, a BOM, pretty-printing, escapes, white space, quotes, the secret&apos;s prefix), alone or two at once, explains it: the content differs, or the secret is another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found two changes at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 And: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common accident, alone or two at once, explains it. Its keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received instead. Otherwise the content differs, or the secret is another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Console::Workspace</name>
    <message>
        <source>Port %1 is taken; the local sandbox listens on %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
