<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>create a verification session (POST /init)</source>
        <translation>Verifizierungssitzung erstellen (POST /init)</translation>
    </message>
    <message>
        <source>read a session&apos;s result (GET /result/TOKEN); --wait polls until final</source>
        <translation>Ergebnis einer Sitzung lesen (GET /result/TOKEN); --wait fragt ab, bis es endgültig ist</translation>
    </message>
    <message>
        <source>check a webhook&apos;s X-Xident-Signature over its exact body</source>
        <translation>X-Xident-Signature eines Webhooks über dessen exakten Body prüfen</translation>
    </message>
    <message>
        <source>sign a payload the way Xident does (for tests)</source>
        <translation>Nutzdaten so signieren, wie Xident es tut (für Tests)</translation>
    </message>
    <message>
        <source>receive webhooks on this machine and print each with its verdict (--forward-to passes them on)</source>
        <translation>Webhooks auf diesem Rechner empfangen und jeden mit seinem Urteil ausgeben (--forward-to leitet sie weiter)</translation>
    </message>
    <message>
        <source>the face blacklist</source>
        <translation>Sperrliste für Gesichter</translation>
    </message>
    <message>
        <source>face two-factor checks (--wait for the verdict)</source>
        <translation>Zwei-Faktor-Prüfungen per Gesicht (--wait wartet auf das Urteil)</translation>
    </message>
    <message>
        <source>write an evidence file for a ticket (--out FILE.html; --history adds the console&apos;s timeline)</source>
        <translation>eine Nachweisdatei für ein Ticket schreiben (--out DATEI.html; --history fügt den Zeitverlauf der Konsole hinzu)</translation>
    </message>
    <message>
        <source>run scenario files against sandboxes in this process or a server (--junit, --html)</source>
        <translation>Szenariodateien gegen Sandboxes in diesem Prozess oder einen Server ausführen (--junit, --html)</translation>
    </message>
</context>
<context>
    <name>Xident::Cli::Cli</name>
    <message>
        <source>Usage: xident &lt;command&gt; [options]
</source>
        <translation>Aufruf: xident &lt;Befehl&gt; [Optionen]
</translation>
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
        <translation>Gemeinsame Optionen der API-Befehle:
  --base-url URL     Basis-URL der API (Umgebungsvariable XIDENT_BASE_URL; Standard http://localhost:9000)
  --api-key-file F   geheimen API-Schlüssel aus einer Datei lesen (- für die Standardeingabe)
  --api-key KEY      geheimer API-Schlüssel sk_test_/sk_live_; in ps sichtbar: besser XIDENT_SECRET_KEY oder --api-key-file
  --timeout S        Sekunden pro Versuch (Standard 30)
  --max-retries N    Wiederholungen bei 5xx, Netzwerkfehlern und 429 mit Retry-After (Standard 3)
  --api-version D    Header X-API-Version (Standard 2026-08-13; ältere Datumsangaben liefern das alte Ergebnisformat)
  --json             maschinenlesbare Ausgabe auf stdout (nie übersetzt)
</translation>
    </message>
    <message>
        <source>Language:
  --lang CODE        en, de or fr instead of the system&apos;s (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
</source>
        <translation>Sprache:
  --lang CODE        en, de oder fr statt der Systemsprache (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
</translation>
    </message>
    <message>
        <source>Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over
--api-key/--secret, whose values any user can read in the process list.
</source>
        <translation>Geheimnisse: Umgebungsvariablen (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) oder eine Datei sind
--api-key/--secret vorzuziehen, deren Werte jeder Benutzer in der Prozessliste lesen kann.
</translation>
    </message>
    <message>
        <source>Run &quot;xident &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation>Für die Optionen eines Befehls &quot;xident &lt;Befehl&gt; --help&quot; ausführen.
</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a webhook body may have</source>
        <translation>%1 ist größer als die %2 MiB, die ein Webhook-Body haben darf</translation>
    </message>
    <message>
        <source>standard input is empty</source>
        <translation>Standardeingabe ist leer</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>expected the secret alone on one line</source>
        <translation>Geheimnis allein in einer Zeile erwartet</translation>
    </message>
    <message>
        <source>xident: %1</source>
        <translation>xident: %1</translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3)</source>
        <translation>xident %1 (Qt %2, HMAC-SHA256: %3)</translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3, UNAVAILABLE)</source>
        <translation>xident %1 (Qt %2, HMAC-SHA256: %3, NICHT VERFÜGBAR)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>API base URL (env XIDENT_BASE_URL; default http://localhost:9000).</source>
        <translation>Basis-URL der API (Umgebungsvariable XIDENT_BASE_URL; Standard http://localhost:9000).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Secret API key. Visible in the process list: prefer the environment (XIDENT_SECRET_KEY) or --api-key-file. Never printed.</source>
        <translation>Geheimer API-Schlüssel. In der Prozessliste sichtbar: besser die Umgebung (XIDENT_SECRET_KEY) oder --api-key-file verwenden. Wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Read the secret API key from a file, or - for standard input.</source>
        <translation>Geheimen API-Schlüssel aus einer Datei lesen, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Seconds per attempt (default 30, at least 1).</source>
        <translation>Sekunden pro Versuch (Standard 30, mindestens 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Retries on 5xx, network errors and 429 (default 3).</source>
        <translation>Wiederholungen bei 5xx, Netzwerkfehlern und 429 (Standard 3).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>X-API-Version to send (default 2026-08-13).</source>
        <translation>Zu sendende X-API-Version (Standard 2026-08-13).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>File with the raw body, or - for standard input.</source>
        <translation>Datei mit dem rohen Body, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Webhook secret whsec_... Visible in the process list: prefer the environment (XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed.</source>
        <translation>Webhook-Geheimnis whsec_... In der Prozessliste sichtbar: besser die Umgebung (XIDENT_WEBHOOK_SECRET) oder --secret-file verwenden. Wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Read the webhook secret from a file, or - for standard input.</source>
        <translation>Webhook-Geheimnis aus einer Datei lesen, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--%1 and --%2 are exclusive.</source>
        <translation>--%1 und --%2 schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1: %2.</translation>
    </message>
    <message>
        <source>--%1: expected %2 from %3 to %4, got &quot;%5&quot;.</source>
        <translation>--%1: %2 von %3 bis %4 erwartet, „%5“ erhalten.</translation>
    </message>
    <message>
        <source>%1 cannot all read standard input: give files for all but one.</source>
        <translation>%1 können nicht alle von der Standardeingabe lesen: für alle bis auf eine Option Dateien angeben.</translation>
    </message>
    <message>
        <source>Run &quot;xident %1 --help&quot; for the options.</source>
        <translation>Für die Optionen &quot;xident %1 --help&quot; ausführen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>xident: using a LIVE key (%1)</source>
        <translation>xident: LIVE-Schlüssel wird verwendet (%1)</translation>
    </message>
    <message>
        <source>  body: %1</source>
        <translation>  Body: %1</translation>
    </message>
    <message>
        <source>Create a verification session (POST /init).</source>
        <translation>Verifizierungssitzung erstellen (POST /init).</translation>
    </message>
    <message>
        <source>Required: where the user returns (absolute http(s) URL).</source>
        <translation>Erforderlich: wohin der Benutzer zurückkehrt (absolute http(s)-URL).</translation>
    </message>
    <message>
        <source>Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification).</source>
        <translation>Altersgrenze (12, 15, 18, 21, 25; neuere API 1-99, 0 mit id_verification).</translation>
    </message>
    <message>
        <source>Redirect on success.</source>
        <translation>Weiterleitung bei Erfolg.</translation>
    </message>
    <message>
        <source>Redirect on failure.</source>
        <translation>Weiterleitung bei Fehlschlag.</translation>
    </message>
    <message>
        <source>Your user id (echoed as external_user_id).</source>
        <translation>Eigene Benutzer-ID (wird als external_user_id zurückgegeben).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>light, dark, auto or system.</source>
        <translation>light, dark, auto oder system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Widget locale: en, de, fr, ...</source>
        <translation>Sprache des Widgets: en, de, fr, ...</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Opaque string stored with the session.</source>
        <translation>Opake Zeichenkette, die mit der Sitzung gespeichert wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>easy, medium or hard.</source>
        <translation>easy, medium oder hard.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>age_verification, id_verification or free text.</source>
        <translation>age_verification, id_verification oder freier Text.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>auto, document or facial.</source>
        <translation>auto, document oder facial.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>init takes no positional arguments (got &quot;%1&quot;).</source>
        <translation>init akzeptiert keine Positionsargumente („%1“ erhalten).</translation>
    </message>
    <message>
        <source>init: --callback-url is required.</source>
        <translation>init: --callback-url ist erforderlich.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>verify_url</source>
        <translation>verify_url</translation>
    </message>
    <message>
        <source>request_id</source>
        <translation>request_id</translation>
    </message>
    <message>
        <source>%1 (unknown status, not a verdict)</source>
        <translation>%1 (unbekannter Status, kein Urteil)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>age bracket</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>risk band</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Read a session&apos;s result (GET /result/TOKEN).</source>
        <translation>Ergebnis einer Sitzung lesen (GET /result/TOKEN).</translation>
    </message>
    <message>
        <source>The init token (xit_...) or result token (xtk_...).</source>
        <translation>Das init-Token (xit_...) oder das Ergebnis-Token (xtk_...).</translation>
    </message>
    <message>
        <source>Poll until the session is final.</source>
        <translation>Abfragen, bis die Sitzung einen endgültigen Status hat.</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 2).</source>
        <translation>Sekunden zwischen den Abfragen mit --wait (Standard 2).</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 600).</source>
        <translation>Warten nach so vielen Sekunden aufgeben (Standard 600).</translation>
    </message>
    <message>
        <source>result: a TOKEN is required.</source>
        <translation>result: ein TOKEN ist erforderlich.</translation>
    </message>
    <message>
        <source>result: exactly one TOKEN, please.</source>
        <translation>result: bitte genau ein TOKEN angeben.</translation>
    </message>
    <message>
        <source>--interval and --wait-timeout go with --wait.</source>
        <translation>--interval und --wait-timeout gelten nur zusammen mit --wait.</translation>
    </message>
    <message>
        <source>xident: status %1</source>
        <translation>xident: Status %1</translation>
    </message>
    <message>
        <source>Usage: xident webhook verify|sign|listen [options]
Run &quot;xident webhook &lt;command&gt; --help&quot; for the options of each.
</source>
        <translation>Aufruf: xident webhook verify|sign|listen [Optionen]
Für die Optionen der einzelnen Befehle &quot;xident webhook &lt;Befehl&gt; --help&quot; ausführen.
</translation>
    </message>
    <message>
        <source>unknown webhook command &quot;%1&quot;: use verify, sign or listen.</source>
        <translation>unbekannter webhook-Befehl „%1“: verify, sign oder listen verwenden.</translation>
    </message>
    <message>
        <source>Verify a webhook&apos;s signature over its exact body.</source>
        <translation>Signatur eines Webhooks über dessen exakten Body prüfen.</translation>
    </message>
    <message>
        <source>The X-Xident-Signature header value.</source>
        <translation>Der Wert des Headers X-Xident-Signature.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Seconds a timestamp may be off, either way (default 300; 0 disables).</source>
        <translation>Sekunden, die ein Zeitstempel in beide Richtungen abweichen darf (Standard 300; 0 schaltet die Prüfung ab).</translation>
    </message>
    <message>
        <source>Evaluate at this Unix time instead of the clock.</source>
        <translation>Zu dieser Unix-Zeit statt zur aktuellen Uhrzeit auswerten.</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>When the signature does not match, try the common accidental changes (line endings, a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the secret&apos;s white space or prefix) and say which one would make it valid.</source>
        <translation>Wenn die Signatur nicht passt, die häufigen versehentlichen Änderungen durchprobieren (Zeilenenden, ein abschließender Zeilenumbruch, ein BOM, Pretty-Printing, Escapes, Anführungszeichen aus einer Logzeile, Leerraum oder Präfix des Geheimnisses) und angeben, welche sie gültig machen würde.</translation>
    </message>
    <message>
        <source>webhook verify: --payload FILE|- is required.</source>
        <translation>webhook verify: --payload FILE|- ist erforderlich.</translation>
    </message>
    <message>
        <source>webhook verify: --signature HEADER is required (quote it: it contains commas).</source>
        <translation>webhook verify: --signature HEADER ist erforderlich (in Anführungszeichen setzen: der Wert enthält Kommas).</translation>
    </message>
    <message>
        <source>whole seconds</source>
        <translation>ganze Sekunden</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-Sekunden</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>gültig: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>event: %1 %2</source>
        <translation>Ereignis: %1 %2</translation>
    </message>
    <message>
        <source>Sign a payload the way Xident does; prints the X-Xident-Signature value.</source>
        <translation>Nutzdaten so signieren, wie Xident es tut; gibt den Wert für X-Xident-Signature aus.</translation>
    </message>
    <message>
        <source>Unix time to sign with (default now).</source>
        <translation>Unix-Zeit für die Signatur (Standard: jetzt).</translation>
    </message>
    <message>
        <source>webhook sign: --payload FILE|- is required.</source>
        <translation>webhook sign: --payload FILE|- ist erforderlich.</translation>
    </message>
    <message>
        <source>webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret).</source>
        <translation>webhook sign: kein Geheimnis; XIDENT_WEBHOOK_SECRET setzen oder --secret-file (oder --secret) angeben.</translation>
    </message>
    <message>
        <source>xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend %1).</source>
        <translation>xident: Signieren nicht möglich: HMAC-SHA256 ist in dieser Installation nicht verfügbar (Backend %1).</translation>
    </message>
    <message>
        <source>--image: cannot read %1: %2</source>
        <translation>--image: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--image: %1 is larger than the 10 MB the API takes.</source>
        <translation>--image: %1 ist größer als die 10 MB, die die API annimmt.</translation>
    </message>
    <message>
        <source>--image: %1 is empty.</source>
        <translation>--image: %1 ist leer.</translation>
    </message>
    <message>
        <source>Usage: xident blacklist list [--page N] [--per-page N]
       xident blacklist add-session TOKEN --reason TEXT     (the xtk_ token of a finished session)
       xident blacklist add-image --image FILE|- --reason TEXT
       xident blacklist remove ID
Additions are processed asynchronously: they appear in the list once processed.
</source>
        <translation>Aufruf: xident blacklist list [--page N] [--per-page N]
        xident blacklist add-session TOKEN --reason TEXT     (das xtk_-Token einer abgeschlossenen Sitzung)
        xident blacklist add-image --image FILE|- --reason TEXT
        xident blacklist remove ID
Neue Einträge werden asynchron verarbeitet und erscheinen erst danach in der Liste.
</translation>
    </message>
    <message>
        <source>blacklist: a subcommand is required.</source>
        <translation>blacklist: ein Unterbefehl ist erforderlich.</translation>
    </message>
    <message>
        <source>blacklist: unknown subcommand &quot;%1&quot;.</source>
        <translation>blacklist: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>Page, from 1 (default 1).</source>
        <translation>Seite, ab 1 (Standard 1).</translation>
    </message>
    <message>
        <source>Entries a page, 1 to 100 (default 20).</source>
        <translation>Einträge pro Seite, 1 bis 100 (Standard 20).</translation>
    </message>
    <message>
        <source>Why (at most 500 characters); required.</source>
        <translation>Begründung (höchstens 500 Zeichen); erforderlich.</translation>
    </message>
    <message>
        <source>The face image file, or - for standard input (at most 10 MB).</source>
        <translation>Bilddatei mit dem Gesicht, oder - für die Standardeingabe (höchstens 10 MB).</translation>
    </message>
    <message>
        <source>blacklist %1: exactly one %2, please.</source>
        <translation>blacklist %1: bitte genau einen Wert für %2 angeben.</translation>
    </message>
    <message>
        <source>blacklist %1 takes no positional arguments.</source>
        <translation>blacklist %1 akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>blacklist %1: --reason is required.</source>
        <translation>blacklist %1: --reason ist erforderlich.</translation>
    </message>
    <message>
        <source>a page number</source>
        <translation>eine Seitenzahl</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>blacklist remove: the ID is a positive whole number, got &quot;%1&quot;.</source>
        <translation>blacklist remove: die ID muss eine positive ganze Zahl sein, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>blacklist add-image: --image FILE|- is required.</source>
        <translation>blacklist add-image: --image FILE|- ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 (%n entry/entries)</source>
        <translation>
            <numerusform>Seite %1 von %2 (%n Eintrag)</numerusform>
            <numerusform>Seite %1 von %2 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted: %1 (it appears in the list once processed)</source>
        <translation>angenommen: %1 (erscheint nach der Verarbeitung in der Liste)</translation>
    </message>
    <message>
        <source>Usage: xident 2fa register|verify --user-id ID --image FILE|- [--wait]
       xident 2fa status CHALLENGE_ID [--wait]
       xident 2fa user USER_ID          (enrolled or not)
       xident 2fa delete USER_ID        (a hard delete; deleting nothing succeeds)
With --wait the command polls the challenge and exits 0 when it passed, 13 when it failed or expired.
</source>
        <translation>Aufruf: xident 2fa register|verify --user-id ID --image FILE|- [--wait]
        xident 2fa status CHALLENGE_ID [--wait]
        xident 2fa user USER_ID          (registriert oder nicht)
        xident 2fa delete USER_ID        (endgültiges Löschen; gelingt auch, wenn nichts zu löschen ist)
Mit --wait fragt der Befehl die Challenge ab und endet mit 0, wenn sie bestanden ist, mit 13, wenn sie fehlgeschlagen oder abgelaufen ist.
</translation>
    </message>
    <message>
        <source>2fa: a subcommand is required.</source>
        <translation>2fa: ein Unterbefehl ist erforderlich.</translation>
    </message>
    <message>
        <source>2fa: unknown subcommand &quot;%1&quot;.</source>
        <translation>2fa: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>Your user&apos;s id (at most 255 characters); required.</source>
        <translation>ID des eigenen Benutzers (höchstens 255 Zeichen); erforderlich.</translation>
    </message>
    <message>
        <source>Poll the challenge until it is decided.</source>
        <translation>Challenge abfragen, bis sie entschieden ist.</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 1).</source>
        <translation>Sekunden zwischen den Abfragen mit --wait (Standard 1).</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 120).</source>
        <translation>Warten nach so vielen Sekunden aufgeben (Standard 120).</translation>
    </message>
    <message>
        <source>2fa %1 takes no positional arguments.</source>
        <translation>2fa %1 akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>2fa %1: exactly one %2, please.</source>
        <translation>2fa %1: bitte genau einen Wert für %2 angeben.</translation>
    </message>
    <message>
        <source>2fa %1: --user-id and --image are required.</source>
        <translation>2fa %1: --user-id und --image sind erforderlich.</translation>
    </message>
    <message>
        <source>xident: challenge %1 is processing</source>
        <translation>xident: Challenge %1 wird verarbeitet</translation>
    </message>
    <message>
        <source>challenge_id</source>
        <translation>challenge_id</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>enrolled at</source>
        <translation>registriert am</translation>
    </message>
    <message>
        <source>deleted (or there was nothing to delete)</source>
        <translation>gelöscht (oder es gab nichts zu löschen)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Receive webhooks on this machine and print each delivery with its verdict (until interrupted).</source>
        <translation>Webhooks auf diesem Rechner empfangen und jede Zustellung mit ihrem Urteil ausgeben (bis zum Abbruch).</translation>
    </message>
    <message>
        <source>One JSON object per delivery and line, with its headers and body.</source>
        <translation>Ein JSON-Objekt pro Zustellung und Zeile, mit Headern und Body.</translation>
    </message>
    <message>
        <source>Port to listen on (default 9100; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard 9100; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; other machines reach it only when you name one of their networks&apos; addresses).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1; andere Rechner erreichen sie nur, wenn eine Adresse aus einem ihrer Netzwerke angegeben wird).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Webhook secret to verify with (prefer XIDENT_WEBHOOK_SECRET or --secret-file).</source>
        <translation>Webhook-Geheimnis zum Prüfen (besser XIDENT_WEBHOOK_SECRET oder --secret-file).</translation>
    </message>
    <message>
        <source>whsec</source>
        <translation>whsec</translation>
    </message>
    <message>
        <source>Read the webhook secret from a file (- for standard input).</source>
        <translation>Webhook-Geheimnis aus einer Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Pass every delivery on to this URL (its body and headers as received) and print the answer.</source>
        <translation>Jede Zustellung an diese URL weiterleiten (Body und Header wie empfangen) und die Antwort ausgeben.</translation>
    </message>
    <message>
        <source>Largest body accepted, in bytes (default 10485760); larger ones get 413.</source>
        <translation>Größter angenommener Body in Bytes (Standard 10485760); größere erhalten 413.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>a port number</source>
        <translation>eine Portnummer</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not an IP address.</source>
        <translation>--host: „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--forward-to: use an absolute http:// or https:// URL.</source>
        <translation>--forward-to: eine absolute http://- oder https://-URL verwenden.</translation>
    </message>
    <message>
        <source>%1 refused %2 %3: 405 method not allowed</source>
        <translation>%1 hat %2 %3 abgelehnt: 405 Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>unverified (no secret)</source>
        <translation>ungeprüft (kein Geheimnis)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID (%1)</source>
        <translation>UNGÜLTIG (%1)</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %3 %4 from %5, %n byte(s): %6</source>
        <translation>
            <numerusform>#%1 %2 %3 %4 von %5, %n Byte: %6</numerusform>
            <numerusform>#%1 %2 %3 %4 von %5, %n Bytes: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  #%1 forwarded to %2: %3 in %4 ms</source>
        <translation>  #%1 an %2 weitergeleitet: %3 in %4 ms</translation>
    </message>
    <message>
        <source>%1 refused a request from %2: %3 %4</source>
        <translation>%1 hat eine Anfrage von %2 abgelehnt: %3 %4</translation>
    </message>
    <message>
        <source>xident: cannot listen on %1:%2: %3</source>
        <translation>xident: Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops); no secret: deliveries are shown unverified</source>
        <translation>lausche auf %1 (Webhooks per POST hierher senden; Strg+C beendet); kein Geheimnis: Zustellungen werden ungeprüft angezeigt</translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops)</source>
        <translation>lausche auf %1 (Webhooks per POST hierher senden; Strg+C beendet)</translation>
    </message>
    <message>
        <source>Run &quot;xident --help&quot; for the list of commands.</source>
        <translation>Für die Liste der Befehle &quot;xident --help&quot; ausführen.</translation>
    </message>
    <message>
        <source>xident: --lang needs a language code: en, de or fr.</source>
        <translation>xident: --lang braucht einen Sprachcode: en, de oder fr.</translation>
    </message>
    <message>
        <source>xident: attempt %1 in %2 ms, after: %3</source>
        <translation>xident: Versuch %1 in %2 ms, Grund: %3</translation>
    </message>
    <message>
        <source>xident: a poll failed: %1 Next poll in %2 ms.</source>
        <translation>xident: eine Abfrage ist fehlgeschlagen: %1 Nächste Abfrage in %2 ms.</translation>
    </message>
    <message>
        <source>xident: the session was not final within --wait-timeout; its last state is shown above.</source>
        <translation>xident: Die Sitzung war innerhalb von --wait-timeout nicht abgeschlossen; ihr letzter Stand steht oben.</translation>
    </message>
    <message>
        <source>xident: no answer about the session within --wait-timeout.</source>
        <translation>xident: innerhalb von --wait-timeout keine Antwort zur Sitzung.</translation>
    </message>
    <message>
        <source>--payload: %1</source>
        <translation>--payload: %1</translation>
    </message>
    <message>
        <source>invalid: %1. %2</source>
        <comment>verdict title, then the sentence that explains it</comment>
        <translation>ungültig: %1. %2</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a blacklist entry (French: feminine)</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>a 2fa challenge (French: masculine)</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a file.</source>
        <translation>evidence: --history: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a history file of Xident Console.</source>
        <translation>evidence: --history: %1 ist keine Verlaufsdatei von Xident Console.</translation>
    </message>
    <message>
        <source>Write one HTML file with the verdict, the reply sentence, the checks, the timeline and the requests of sessions, for a support ticket. It is in the language of --lang; keys and secrets are never written.</source>
        <translation>Eine HTML-Datei mit Befund, Antwortsatz, Prüfungen, Zeitverlauf und Anfragen von Sitzungen für ein Support-Ticket schreiben. Sie ist in der Sprache von --lang; Schlüssel und Geheimnisse werden nie geschrieben.</translation>
    </message>
    <message>
        <source>The init tokens (xit_...) or result tokens (xtk_...).</source>
        <translation>Die Init-Tokens (xit_...) oder Ergebnis-Tokens (xtk_...).</translation>
    </message>
    <message>
        <source>TOKEN...</source>
        <translation>TOKEN...</translation>
    </message>
    <message>
        <source>The file to write (.html).</source>
        <translation>Die zu schreibende Datei (.html).</translation>
    </message>
    <message>
        <source>Write the user id too (personal data).</source>
        <translation>Auch die Benutzer-ID schreiben (personenbezogene Daten).</translation>
    </message>
    <message>
        <source>Write the raw result JSON too.</source>
        <translation>Auch das rohe Ergebnis-JSON schreiben.</translation>
    </message>
    <message>
        <source>The console&apos;s history file, read only: the timeline, ticket and note.</source>
        <translation>Die Verlaufsdatei der Konsole, nur gelesen: Zeitverlauf, Ticket und Notiz.</translation>
    </message>
    <message>
        <source>evidence: at least one TOKEN is required.</source>
        <translation>evidence: mindestens ein TOKEN ist erforderlich.</translation>
    </message>
    <message>
        <source>evidence: --out FILE.html is required.</source>
        <translation>evidence: --out DATEI.html ist erforderlich.</translation>
    </message>
    <message>
        <source>The server did not answer for it now (%1); the history&apos;s last result is shown.</source>
        <translation>Der Server hat jetzt nicht dazu geantwortet (%1); das letzte Ergebnis aus dem Verlauf wird gezeigt.</translation>
    </message>
    <message>
        <source>xident: evidence: %1 could not be written: %2</source>
        <translation>xident: evidence: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>evidence: --history: %1 does not exist.</source>
        <translation>evidence: --history: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>xident: evidence: %1:</source>
        <translation>xident: evidence: %1:</translation>
    </message>
    <message>
        <source>Wait, then exit 0 only when the session ends in this state (success, failed, canceled, expired or claimed), 14 when it ends otherwise.</source>
        <translation>Warten, dann nur mit 0 beenden, wenn die Sitzung in diesem Zustand endet (success, failed, canceled, expired oder claimed), mit 14, wenn sie anders endet.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>With --expect failed: the failure reason expected too.</source>
        <translation>Mit --expect failed: auch der erwartete Ablehnungsgrund.</translation>
    </message>
    <message>
        <source>--expect: &quot;%1&quot; is not a final state; use one of %2.</source>
        <translation>--expect: „%1“ ist kein Endzustand; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>--expect-reason goes with --expect failed.</source>
        <translation>--expect-reason gehört zu --expect failed.</translation>
    </message>
    <message>
        <source>xident: as expected: %1</source>
        <translation>xident: wie erwartet: %1</translation>
    </message>
    <message>
        <source>xident: expected %1, but the session ended %2.</source>
        <translation>xident: erwartet war %1, aber die Sitzung endete %2.</translation>
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
        <translation>Exit-Codes:
  0    Erfolg
  1    interner Fehler
  2    Aufruffehler: falscher Befehl, falsche Option oder falscher Wert; Datei nicht lesbar
  3    lokal vor jeder Anfrage abgelehnt (Schlüssel, URL, Parameter)
  4    Authentifizierung (401, 403)
  5    Validierung (400 und andere 4xx)
  6    nicht gefunden: unbekanntes oder abgelaufenes Token (404)
  7    Ratenbegrenzung (429 nach Ausschöpfen der Wiederholungen)
  8    Serverfehler (5xx nach den Wiederholungen)
  9    Netzwerk oder Zeitüberschreitung: abgelehnt, zurückgesetzt, DNS, TLS
  10   unlesbare Antwort: kein JSON, zu groß oder eine Weiterleitung
  11   Webhook ungültig: Signatur oder Body ist nicht gültig
  12   result --wait: kein endgültiger Status innerhalb der Wartezeit
  13   2fa --wait: das Urteil ist negativ (fehlgeschlagen oder abgelaufen)
  14   result --expect: die Sitzung endete anders als erwartet
  130  abgebrochen
  (webhook verify endet mit 1, nicht 11, wenn kein HMAC berechnet werden kann: eine defekte Installation, keine Fälschung)
</translation>
    </message>
    <message>
        <source>scenarios: say run, e.g. xident scenarios run smoke.yaml.</source>
        <translation>scenarios: run angeben, z. B. xident scenarios run smoke.yaml.</translation>
    </message>
    <message>
        <source>scenarios: unknown subcommand &quot;%1&quot;; use run.</source>
        <translation>scenarios: unbekannter Unterbefehl „%1“; run verwenden.</translation>
    </message>
    <message>
        <source>Run scenario files (YAML): create sessions, end them, check results and webhooks.</source>
        <translation>Szenariodateien (YAML) ausführen: Sitzungen anlegen, beenden, Ergebnisse und Webhooks prüfen.</translation>
    </message>
    <message>
        <source>Scenario files.</source>
        <translation>Szenariodateien.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>Write a JUnit XML report here.</source>
        <translation>Einen JUnit-XML-Bericht hierhin schreiben.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report here.</source>
        <translation>Einen eigenständigen HTML-Bericht hierhin schreiben.</translation>
    </message>
    <message>
        <source>Scenarios run at once, 1 to 64 (default 4).</source>
        <translation>Gleichzeitig laufende Szenarien, 1 bis 64 (Standard 4).</translation>
    </message>
    <message>
        <source>Only scenarios whose suite or name contains this text (repeatable).</source>
        <translation>Nur Szenarien, deren Suite oder Name diesen Text enthält (wiederholbar).</translation>
    </message>
    <message>
        <source>Only the scenario with exactly this name (repeatable).</source>
        <translation>Nur das Szenario mit genau diesem Namen (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>List the scenarios the files hold and exit; nothing runs.</source>
        <translation>Die Szenarien der Dateien auflisten und beenden; nichts läuft.</translation>
    </message>
    <message>
        <source>Run against this server instead of sandboxes started in this process.</source>
        <translation>Gegen diesen Server statt gegen in diesem Prozess gestartete Sandboxes ausführen.</translation>
    </message>
    <message>
        <source>With --base-url: receive the server&apos;s webhooks on this loopback port.</source>
        <translation>Mit --base-url: die Webhooks des Servers auf diesem Loopback-Port empfangen.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>With --base-url: the one key the server accepts (scenarios then run one at a time); env XIDENT_SECRET_KEY.</source>
        <translation>Mit --base-url: der einzige Schlüssel, den der Server annimmt (Szenarien laufen dann nacheinander); Umgebung XIDENT_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Read that key from a file, or - for standard input.</source>
        <translation>Diesen Schlüssel aus einer Datei lesen, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>With --receiver-port: the server&apos;s webhook secret; env XIDENT_WEBHOOK_SECRET.</source>
        <translation>Mit --receiver-port: das Webhook-Geheimnis des Servers; Umgebung XIDENT_WEBHOOK_SECRET.</translation>
    </message>
    <message>
        <source>scenarios run: name at least one scenario file.</source>
        <translation>scenarios run: mindestens eine Szenariodatei angeben.</translation>
    </message>
    <message>
        <source>--%1 goes with --base-url: without it the sandboxes run in this process.</source>
        <translation>--%1 gehört zu --base-url: ohne diese Option laufen die Sandboxes in diesem Prozess.</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--base-url: „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>xident: scenarios never run with a LIVE key (%1): they create sessions and set faults.</source>
        <translation>xident: Szenarien laufen nie mit einem LIVE-Schlüssel (%1): Sie legen Sitzungen an und setzen Störungen.</translation>
    </message>
    <message>
        <source>a port from 1 to 65535</source>
        <translation>einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>--receiver-port: the webhooks&apos; signatures need the server&apos;s secret (--webhook-secret-file or XIDENT_WEBHOOK_SECRET).</source>
        <translation>--receiver-port: Die Signaturen der Webhooks brauchen das Geheimnis des Servers (--webhook-secret-file oder XIDENT_WEBHOOK_SECRET).</translation>
    </message>
    <message>
        <source>scenarios run: %1</source>
        <translation>scenarios run: %1</translation>
    </message>
    <message>
        <source>scenarios run: no scenario matches --filter or --scenario.</source>
        <translation>scenarios run: Kein Szenario passt zu --filter oder --scenario.</translation>
    </message>
    <message>
        <source>[%1/%2] %3  %4 (%5 s)</source>
        <translation>[%1/%2] %3  %4 (%5 s)</translation>
    </message>
    <message>
        <source>xident: the scenarios cannot run: %1</source>
        <translation>xident: Die Szenarien können nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scenario(s), %1 at a time, on %2.</source>
        <translation>
            <numerusform>%n Szenario läuft, %1 gleichzeitig, auf %2.</numerusform>
            <numerusform>%n Szenarien laufen, %1 gleichzeitig, auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxes in this process</source>
        <translation>Sandboxes in diesem Prozess</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 skipped in %5 s</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Fehler, %4 übersprungen in %5 s</translation>
    </message>
    <message>
        <source>xident: cannot write %1: %2</source>
        <translation>xident: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation>geschätztes Alter</translation>
    </message>
    <message>
        <source>why: two changes at once: %1 And: %2</source>
        <translation>Ursache: zwei Änderungen zugleich: %1 Und: %2</translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it. The body&apos;s keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received. Otherwise the content or the secret differs.</source>
        <translation>Ursache: Keine übliche versehentliche Änderung, weder allein noch zu zweit, erklärt es. Die Schlüssel des Bodys sind auf jeder Ebene alphabetisch geordnet, wie ein Framework sie nach dem Parsen schreibt: Hat Ihr Code den Body geparst und neu serialisiert, prüfen Sie den rohen Body, wie er empfangen wurde. Andernfalls unterscheidet sich der Inhalt oder das Geheimnis.</translation>
    </message>
    <message>
        <source>why: no common accidental change explains it (two at once are tried up to %1 KiB, and this body is larger); the bytes or the secret differ in another way.</source>
        <translation>Ursache: Keine übliche versehentliche Änderung erklärt es (zwei zugleich werden bis %1 KiB versucht, und dieser Body ist größer); die Bytes oder das Geheimnis unterscheiden sich auf andere Weise.</translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it; the bytes or the secret differ in another way.</source>
        <translation>Ursache: Keine übliche versehentliche Änderung, weder allein noch zu zweit, erklärt es; die Bytes oder das Geheimnis unterscheiden sich auf andere Weise.</translation>
    </message>
</context>
</TS>
