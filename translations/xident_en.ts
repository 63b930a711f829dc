<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>create a verification session (POST /init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a session&apos;s result (GET /result/TOKEN); --wait polls until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a webhook&apos;s X-Xident-Signature over its exact body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a payload the way Xident does (for tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive webhooks on this machine and print each with its verdict (--forward-to passes them on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the face blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face two-factor checks (--wait for the verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an evidence file for a ticket (--out FILE.html; --history adds the console&apos;s timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run scenario files against sandboxes in this process or a server (--junit, --html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Xident::Cli::Cli</name>
    <message>
        <source>Usage: xident &lt;command&gt; [options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common options of the API commands:
  --base-url URL     API base URL (env XIDENT_BASE_URL; default http://localhost:9000)
  --api-key-file F   read the secret key from a file (- for standard input)
  --api-key KEY      secret key sk_test_/sk_live_; visible in ps: prefer XIDENT_SECRET_KEY or --api-key-file
  --timeout S        seconds per attempt (default 30)
  --max-retries N    retries on 5xx, network errors and 429 with Retry-After (default 3)
  --api-version D    X-API-Version header (default 2026-08-13; older dates get the legacy result shape)
  --json             machine-readable output on stdout (never translated)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:
  --lang CODE        en, de or fr instead of the system&apos;s (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over
--api-key/--secret, whose values any user can read in the process list.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;xident &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a webhook body may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the secret alone on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3, UNAVAILABLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL (env XIDENT_BASE_URL; default http://localhost:9000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret API key. Visible in the process list: prefer the environment (XIDENT_SECRET_KEY) or --api-key-file. Never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret API key from a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per attempt (default 30, at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on 5xx, network errors and 429 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Version to send (default 2026-08-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the raw body, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret whsec_... Visible in the process list: prefer the environment (XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook secret from a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 are exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected %2 from %3 to %4, got &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot all read standard input: give files for all but one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;xident %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: using a LIVE key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a verification session (POST /init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: where the user returns (absolute http(s) URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect on success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect on failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user id (echoed as external_user_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark, auto or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widget locale: en, de, fr, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque string stored with the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy, medium or hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age_verification, id_verification or free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, document or facial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no positional arguments (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: --callback-url is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown status, not a verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
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
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a session&apos;s result (GET /result/TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The init token (xit_...) or result token (xtk_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll until the session is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: a TOKEN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: exactly one TOKEN, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval and --wait-timeout go with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xident webhook verify|sign|listen [options]
Run &quot;xident webhook &lt;command&gt; --help&quot; for the options of each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown webhook command &quot;%1&quot;: use verify, sign or listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a webhook&apos;s signature over its exact body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Xident-Signature header value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a timestamp may be off, either way (default 300; 0 disables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate at this Unix time instead of the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the signature does not match, try the common accidental changes (line endings, a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the secret&apos;s white space or prefix) and say which one would make it valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook verify: --payload FILE|- is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook verify: --signature HEADER is required (quote it: it contains commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a payload the way Xident does; prints the X-Xident-Signature value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time to sign with (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook sign: --payload FILE|- is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image: %1 is larger than the 10 MB the API takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image: %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xident blacklist list [--page N] [--per-page N]
       xident blacklist add-session TOKEN --reason TEXT     (the xtk_ token of a finished session)
       xident blacklist add-image --image FILE|- --reason TEXT
       xident blacklist remove ID
Additions are processed asynchronously: they appear in the list once processed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist: a subcommand is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist: unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page, from 1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries a page, 1 to 100 (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (at most 500 characters); required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face image file, or - for standard input (at most 10 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist %1: exactly one %2, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist %1 takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist %1: --reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist remove: the ID is a positive whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist add-image: --image FILE|- is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 (%n entry/entries)</source>
        <translation>
            <numerusform>page %1 of %2 (%n entry)</numerusform>
            <numerusform>page %1 of %2 (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted: %1 (it appears in the list once processed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xident 2fa register|verify --user-id ID --image FILE|- [--wait]
       xident 2fa status CHALLENGE_ID [--wait]
       xident 2fa user USER_ID          (enrolled or not)
       xident 2fa delete USER_ID        (a hard delete; deleting nothing succeeds)
With --wait the command polls the challenge and exits 0 when it passed, 13 when it failed or expired.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2fa: a subcommand is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2fa: unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user&apos;s id (at most 255 characters); required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the challenge until it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2fa %1 takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2fa %1: exactly one %2, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2fa %1: --user-id and --image are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: challenge %1 is processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted (or there was nothing to delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhooks on this machine and print each delivery with its verdict (until interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per delivery and line, with its headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 9100; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; other machines reach it only when you name one of their networks&apos; addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret to verify with (prefer XIDENT_WEBHOOK_SECRET or --secret-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook secret from a file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass every delivery on to this URL (its body and headers as received) and print the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest body accepted, in bytes (default 10485760); larger ones get 413.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--forward-to: use an absolute http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused %2 %3: 405 method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified (no secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %3 %4 from %5, %n byte(s): %6</source>
        <translation>
            <numerusform>#%1 %2 %3 %4 from %5, %n byte: %6</numerusform>
            <numerusform>#%1 %2 %3 %4 from %5, %n bytes: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #%1 forwarded to %2: %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a request from %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops); no secret: deliveries are shown unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;xident --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: --lang needs a language code: en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: attempt %1 in %2 ms, after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: a poll failed: %1 Next poll in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: the session was not final within --wait-timeout; its last state is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: no answer about the session within --wait-timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1. %2</source>
        <comment>verdict title, then the sentence that explains it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a blacklist entry (French: feminine)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <comment>a 2fa challenge (French: masculine)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a history file of Xident Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one HTML file with the verdict, the reply sentence, the checks, the timeline and the requests of sessions, for a support ticket. It is in the language of --lang; keys and secrets are never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The init tokens (xit_...) or result tokens (xtk_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the user id too (personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the raw result JSON too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s history file, read only: the timeline, ticket and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: at least one TOKEN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: --out FILE.html is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer for it now (%1); the history&apos;s last result is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: evidence: %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: --history: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: evidence: %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, then exit 0 only when the session ends in this state (success, failed, canceled, expired or claimed), 14 when it ends otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --expect failed: the failure reason expected too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect: &quot;%1&quot; is not a final state; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-reason goes with --expect failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: expected %1, but the session ended %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0    success
  1    internal failure
  2    usage error: bad command, flag or value; unreadable file
  3    refused locally before any request (key, URL, parameter)
  4    authentication (401, 403)
  5    validation (400 and other 4xx)
  6    not found: unknown or expired token (404)
  7    rate limited (429 after the retry budget)
  8    server error (5xx after retries)
  9    network or timeout: refused, reset, DNS, TLS
  10   unreadable answer: not JSON, too large, or a redirect
  11   webhook invalid: the signature or body is not valid
  12   result --wait: no final status in time
  13   2fa --wait: the verdict is negative (failed or expired)
  14   result --expect: the session ended otherwise than expected
  130  canceled
  (webhook verify exits 1, not 11, when no HMAC can be computed: a broken installation, not a forgery)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios: say run, e.g. xident scenarios run smoke.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios: unknown subcommand &quot;%1&quot;; use run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scenario files (YAML): create sessions, end them, check results and webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a JUnit XML report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a self-contained HTML report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios run at once, 1 to 64 (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scenarios whose suite or name contains this text (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the scenario with exactly this name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scenarios the files hold and exit; nothing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against this server instead of sandboxes started in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --base-url: receive the server&apos;s webhooks on this loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --base-url: the one key the server accepts (scenarios then run one at a time); env XIDENT_SECRET_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read that key from a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --receiver-port: the server&apos;s webhook secret; env XIDENT_WEBHOOK_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios run: name at least one scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --base-url: without it the sandboxes run in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: scenarios never run with a LIVE key (%1): they create sessions and set faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--receiver-port: the webhooks&apos; signatures need the server&apos;s secret (--webhook-secret-file or XIDENT_WEBHOOK_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios run: no scenario matches --filter or --scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3  %4 (%5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: the scenarios cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n scenario(s), %1 at a time, on %2.</source>
        <translation>
            <numerusform>Running %n scenario, %1 at a time, on %2.</numerusform>
            <numerusform>Running %n scenarios, %1 at a time, on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxes in this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
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
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 skipped in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xident: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: two changes at once: %1 And: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it. The body&apos;s keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received. Otherwise the content or the secret differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: no common accidental change explains it (two at once are tried up to %1 KiB, and this body is larger); the bytes or the secret differ in another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it; the bytes or the secret differ in another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
