<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xident Console</source>
        <translation>Über Xident Console</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>BlacklistPane</name>
    <message>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the entries of this page</source>
        <translation>Die Einträge dieser Seite filtern</translation>
    </message>
    <message>
        <source>Id, source, session or reason on this page</source>
        <translation>ID, Quelle, Sitzung oder Grund auf dieser Seite</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Ask the API for this page again</source>
        <translation>Diese Seite erneut bei der API abfragen</translation>
    </message>
    <message>
        <source>Blacklist entries</source>
        <translation>Einträge der Sperrliste</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Page and total</source>
        <translation>Seite und Gesamtzahl</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Entries per pa&amp;ge:</source>
        <translation>Einträge pro Sei&amp;te:</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Einträge pro Seite</translation>
    </message>
    <message>
        <source>Add an &amp;image…</source>
        <translation>&amp;Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (at most 10 MB); you can also drop a picture on this pane</source>
        <translation>Das Gesicht auf einem Bild sperren (höchstens 10 MB); ein Bild kann auch auf diesen Bereich gezogen werden</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected entry from the blacklist</source>
        <translation>Den gewählten Eintrag aus der Sperrliste entfernen</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>Reading this page as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>Das Lesen dieser Seite als curl, Python, PHP oder C++; der Schlüssel wird aus XIDENT_SECRET_KEY gelesen, nie hineingeschrieben</translation>
    </message>
</context>
<context>
    <name>CallCode</name>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Python (xident)</source>
        <translation>Python (xident)</translation>
    </message>
    <message>
        <source>PHP (xident-io/php-sdk)</source>
        <translation>PHP (xident-io/php-sdk)</translation>
    </message>
    <message>
        <source>C++ (Xident-Qt)</source>
        <translation>C++ (Xident-Qt)</translation>
    </message>
</context>
<context>
    <name>CreateSessionPane</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Parameters of POST /init</source>
        <translation>Parameter von POST /init</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>https://your-shop.example/verified (required)</source>
        <translation>https://your-shop.example/verified (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Mindestalter:</translation>
    </message>
    <message>
        <source>Send a minimum age</source>
        <translation>Ein Mindestalter senden</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>your own id for the person (optional)</source>
        <translation>Ihre eigene ID für die Person (optional)</translation>
    </message>
    <message>
        <source>Ma&amp;gic outcome</source>
        <translation>Ma&amp;gisches Ergebnis</translation>
    </message>
    <message>
        <source>Magic outcome</source>
        <translation>Magisches Ergebnis</translation>
    </message>
    <message>
        <source>Success UR&amp;L:</source>
        <translation>Erfolgs-UR&amp;L:</translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <source>optional redirect after a pass</source>
        <translation>optionale Weiterleitung nach Bestehen</translation>
    </message>
    <message>
        <source>Fa&amp;iled URL:</source>
        <translation>&amp;Fehlschlag-URL:</translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation>Fehlschlag-URL</translation>
    </message>
    <message>
        <source>optional redirect after a failure</source>
        <translation>optionale Weiterleitung nach einem Fehlschlag</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Desig&amp;n:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>Gebie&amp;tsschema:</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Liveness &amp;difficulty:</source>
        <translation>Sch&amp;wierigkeit der Lebenderkennung:</translation>
    </message>
    <message>
        <source>Liveness difficulty</source>
        <translation>Schwierigkeit der Lebenderkennung</translation>
    </message>
    <message>
        <source>Verification mod&amp;e:</source>
        <translation>Ver&amp;ifizierungsmodus:</translation>
    </message>
    <message>
        <source>Verification mode</source>
        <translation>Verifizierungsmodus</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Metad&amp;ata (JSON):</source>
        <translation>Metadaten (&amp;JSON):</translation>
    </message>
    <message>
        <source>Metadata as JSON</source>
        <translation>Metadaten als JSON</translation>
    </message>
    <message>
        <source>{&quot;order&quot;: &quot;A-1001&quot;} (optional)</source>
        <translation>{&quot;order&quot;: &quot;A-1001&quot;} (optional)</translation>
    </message>
    <message>
        <source>C&amp;reate session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The session was not created</source>
        <translation>Die Sitzung wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungs-Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Verify URL:</source>
        <translation>Verifizierungs-URL:</translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation>Verifizierungs-URL</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open verify URL in the browser</source>
        <translation>Verifizierungs-URL im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy verify URL</source>
        <translation>Verifizierungs-URL kopieren</translation>
    </message>
    <message>
        <source>Token valid:</source>
        <translation>Token gültig:</translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation>Vom Smartph&amp;one erreichbar…</translation>
    </message>
    <message>
        <source>Serve the verification pages on this computer&apos;s network address too, so a phone can open them</source>
        <translation>Die Verifizierungsseiten auch unter der Netzwerkadresse dieses Computers bereitstellen, damit ein Smartphone sie öffnen kann</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>The same parameters, a new token</source>
        <translation>Dieselben Parameter, ein neues Token</translation>
    </message>
    <message>
        <source>Show in watchlist</source>
        <translation>In Beobachtungsliste zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy as code</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>This form&apos;s call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>Der Aufruf dieses Formulars als curl, Python, PHP oder C++; der Schlüssel wird aus XIDENT_SECRET_KEY gelesen, nie hineingeschrieben</translation>
    </message>
    <message>
        <source>Remember the user id a&amp;nd metadata for this profile</source>
        <translation>Benutzer-ID und Metadaten für dieses Profil me&amp;rken</translation>
    </message>
    <message>
        <source>Off unless you ask: a user id is personal data, and the settings file keeps it in plain text</source>
        <translation>Aus, bis Sie es wünschen: Eine Benutzer-ID ist ein personenbezogenes Datum, und die Einstellungsdatei speichert sie im Klartext</translation>
    </message>
</context>
<context>
    <name>Face2faPane</name>
    <message>
        <source>Face 2FA</source>
        <translation>Gesichts-2FA</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The id your application knows the person by</source>
        <translation>Die ID, unter der Ihre Anwendung die Person kennt</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Whether this user has a face enrolled, and since when</source>
        <translation>Ob für diesen Benutzer ein Gesicht registriert ist, und seit wann</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this user&apos;s enrolled face for good (a GDPR erasure)</source>
        <translation>Das registrierte Gesicht dieses Benutzers endgültig löschen (Löschung nach DSGVO)</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>A JPEG or PNG of a face, at most 10 MB; you can also drop one on this pane</source>
        <translation>Ein JPEG oder PNG eines Gesichts, höchstens 10 MB; es kann auch auf diesen Bereich gezogen werden</translation>
    </message>
    <message>
        <source>&amp;Enrol this face</source>
        <translation>Dieses Gesicht &amp;registrieren</translation>
    </message>
    <message>
        <source>Enrol the picture&apos;s face for this user (replaces an earlier one)</source>
        <translation>Das Gesicht des Bildes für diesen Benutzer registrieren (ersetzt ein früheres)</translation>
    </message>
    <message>
        <source>Ve&amp;rify against the enrolment</source>
        <translation>Mi&amp;t der Registrierung vergleichen</translation>
    </message>
    <message>
        <source>Check the picture&apos;s face against the one enrolled for this user</source>
        <translation>Das Gesicht des Bildes mit dem für diesen Benutzer registrierten vergleichen</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>These calls as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>Diese Aufrufe als curl, Python, PHP oder C++; der Schlüssel wird aus XIDENT_SECRET_KEY gelesen, nie hineingeschrieben</translation>
    </message>
    <message>
        <source>Challenges of this run:</source>
        <translation>Prüfungen seit dem Start der Konsole:</translation>
    </message>
    <message>
        <source>Challenges of this run</source>
        <translation>Prüfungen seit dem Start der Konsole</translation>
    </message>
    <message>
        <source>The selected challenge</source>
        <translation>Die gewählte Prüfung</translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message>
        <source>Session inspector</source>
        <translation>Sitzungsinspektor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Sentence for a reply to the customer</source>
        <translation>Satz für eine Antwort an den Kunden</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Zusammen&amp;fassung kopieren</translation>
    </message>
    <message>
        <source>Status, reason and request ids as text for a ticket; no secrets</source>
        <translation>Status, Grund und Anfrage-IDs als Text für ein Ticket; ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Age bracket:</source>
        <translation>Altersgruppe:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Document country:</source>
        <translation>Dokumentland:</translation>
    </message>
    <message>
        <source>IP country:</source>
        <translation>IP-Land:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Request ids:</source>
        <translation>Anfrage-IDs:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Search the JSON</source>
        <translation>JSON durchsuchen</translation>
    </message>
    <message>
        <source>Search keys and values (Enter: next)</source>
        <translation>Schlüssel und Werte suchen (Enter: nächster Treffer)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>As te&amp;xt</source>
        <translation>Als Te&amp;xt</translation>
    </message>
    <message>
        <source>Result JSON as a tree</source>
        <translation>Ergebnis-JSON als Baum</translation>
    </message>
    <message>
        <source>Result JSON as text</source>
        <translation>Ergebnis-JSON als Text</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zei&amp;tverlauf</translation>
    </message>
    <message>
        <source>Observed status changes</source>
        <translation>Beobachtete Statusänderungen</translation>
    </message>
    <message>
        <source>Select a session in the watchlist to see its verdict, checks, JSON and timeline.</source>
        <translation>Wählen Sie eine Sitzung in der Beobachtungsliste aus, um Befund, Prüfungen, JSON und Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Where the session was looked for</source>
        <translation>Wo nach der Sitzung gesucht wurde</translation>
    </message>
    <message>
        <source>Poll this session with another profile</source>
        <translation>Diese Sitzung mit einem anderen Profil abfragen</translation>
    </message>
    <message>
        <source>Copy lin&amp;k for a colleague</source>
        <translation>Lin&amp;k für Kollegen kopieren</translation>
    </message>
    <message>
        <source>An xident:// link that opens this session with the same profile in a colleague&apos;s console</source>
        <translation>Ein xident://-Link, der diese Sitzung mit demselben Profil in der Konsole eines Kollegen öffnet</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>Tick&amp;et:</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>Ticket-Referenz</translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation>z. B. ZD-48213</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What the customer said, what was done (kept in the history, included in exports and evidence)</source>
        <translation>Was der Kunde sagte, was getan wurde (im Verlauf gespeichert, in Exporte und Nachweise übernommen)</translation>
    </message>
    <message>
        <source>One HTML file with the verdict, checks, timeline, webhooks and requests, redacted (Ctrl+Shift+E)</source>
        <translation>Eine HTML-Datei mit Befund, Prüfungen, Zeitverlauf, Webhooks und Anfragen, bereinigt (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Copy repl&amp;y sentence</source>
        <translation>Antw&amp;ortsatz kopieren</translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation>P&amp;rofil wechseln…</translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation>Nach&amp;weis für ein Ticket…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>The result call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>Der Ergebnisabruf als curl, Python, PHP oder C++; der Schlüssel wird aus XIDENT_SECRET_KEY gelesen, nie hineingeschrieben</translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation>Diese Person auf die Sperrliste se&amp;tzen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Xident Console</source>
        <translation>Xident Console</translation>
    </message>
    <message>
        <source>Live key warning</source>
        <translation>Warnung: Live-Schlüssel</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>PasteTokensDialog</name>
    <message>
        <source>Add sessions</source>
        <translation>Sitzungen hinzufügen</translation>
    </message>
    <message>
        <source>Paste session tokens (xit_… or xtk_…), several at once, or a callback or redirect URL that carries token=…. They are polled with the profile in use.</source>
        <translation>Fügen Sie Sitzungs-Tokens (xit_… oder xtk_…) ein, auch mehrere auf einmal, oder eine Callback- oder Weiterleitungs-URL mit token=…. Sie werden mit dem aktuell verwendeten Profil abgefragt.</translation>
    </message>
    <message>
        <source>Tokens or URLs to add</source>
        <translation>Hinzuzufügende Tokens oder URLs</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the large paste</source>
        <translation>Den großen eingefügten Text verwerfen</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message numerus="yes">
        <source>Poll %n session(s) with the profile:</source>
        <translation>
            <numerusform>%n Sitzung mit dem Profil abfragen:</numerusform>
            <numerusform>%n Sitzungen mit dem Profil abfragen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>API key (secret)</source>
        <translation>API-Schlüssel (geheim)</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… oder sk_live_…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>Max. &amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Maximale Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Abfrage &amp;alle:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>Extra headers, one per line</source>
        <translation>Zusätzliche Header, einer pro Zeile</translation>
    </message>
    <message>
        <source>Name: value (one per line)</source>
        <translation>Name: Wert (einer pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Webhook secret:</source>
        <translation>Webhook-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Reveal the webhook secret</source>
        <translation>Webhook-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reveal the values of credential headers</source>
        <translation>Werte der Zugangsdaten-Header anzeigen</translation>
    </message>
</context>
<context>
    <name>RequestLogPane</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search path, request id or error</source>
        <translation>Pfad, Anfrage-ID oder Fehler suchen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Vorgänge</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
</context>
<context>
    <name>SandboxPane</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Ask the sandbox again for its faults and deliveries</source>
        <translation>Die Sandbox erneut nach ihren Störungen und Zustellungen fragen</translation>
    </message>
    <message>
        <source>Faults for this profile&apos;s key</source>
        <translation>Störungen für den Schlüssel dieses Profils</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source>Latency added to every answer</source>
        <translation>Latenz, die jeder Antwort hinzugefügt wird</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>F&amp;ehlerquote:</translation>
    </message>
    <message>
        <source>Share of calls answered 500</source>
        <translation>Anteil der Aufrufe, die mit 500 beantwortet werden</translation>
    </message>
    <message>
        <source> % answered 500</source>
        <translation> % mit 500 beantwortet</translation>
    </message>
    <message>
        <source>Scri&amp;pted answers:</source>
        <translation>Vorgegebene Antworten (&amp;P):</translation>
    </message>
    <message>
        <source>Statuses for the next calls, in order</source>
        <translation>Status für die nächsten Aufrufe, der Reihe nach</translation>
    </message>
    <message>
        <source>503, 503, 200</source>
        <translation>503, 503, 200</translation>
    </message>
    <message>
        <source>Rate li&amp;mit:</source>
        <translation>Ra&amp;tenlimit:</translation>
    </message>
    <message>
        <source>Calls a minute before 429</source>
        <translation>Aufrufe pro Minute vor 429</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation> Aufrufe pro Minute</translation>
    </message>
    <message>
        <source>Retr&amp;y-After:</source>
        <translation>Retr&amp;y-After:</translation>
    </message>
    <message>
        <source>Retry-After sent with 429</source>
        <translation>Mit 429 gesendetes Retry-After</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Malformed &amp;bodies:</source>
        <translation>Fehlerhafte &amp;Bodies:</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>How many malformed answers</source>
        <translation>Wie viele fehlerhafte Antworten</translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation>Störungen an&amp;wenden</translation>
    </message>
    <message>
        <source>Clea&amp;r faults</source>
        <translation>Störungen ent&amp;fernen</translation>
    </message>
    <message>
        <source>Webhook deliveries for this key</source>
        <translation>Webhook-Zustellungen für diesen Schlüssel</translation>
    </message>
    <message>
        <source>Webhook deliveries and their attempts</source>
        <translation>Webhook-Zustellungen und ihre Versuche</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <source>The sandbox sends the selected delivery again, byte for byte</source>
        <translation>Die Sandbox sendet die ausgewählte Zustellung erneut, Byte für Byte</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>&amp;Open scenario files…</source>
        <translation>Szenariodateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>Scenarios run at once</source>
        <translation>Gleichzeitig laufende Szenarien</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>Alle a&amp;usführen</translation>
    </message>
    <message>
        <source>Run the selec&amp;ted</source>
        <translation>Ausge&amp;wählte ausführen</translation>
    </message>
    <message>
        <source>Run the failed a&amp;gain</source>
        <translation>Fehlgeschlagene e&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Scenarios done</source>
        <translation>Erledigte Szenarien</translation>
    </message>
    <message>
        <source>Export &amp;JUnit…</source>
        <translation>&amp;JUnit exportieren…</translation>
    </message>
    <message>
        <source>Export HT&amp;ML…</source>
        <translation>HT&amp;ML exportieren…</translation>
    </message>
    <message>
        <source>Scenarios and their states</source>
        <translation>Szenarien und ihr Stand</translation>
    </message>
    <message>
        <source>The selected scenario: checks, steps and exchanges</source>
        <translation>Das ausgewählte Szenario: Prüfungen, Schritte und Austausche</translation>
    </message>
    <message>
        <source>Inspect the sessio&amp;n</source>
        <translation>Sitzu&amp;ng ansehen</translation>
    </message>
    <message>
        <source>The selected scenario&apos;s session, read-only: its keys belong to no profile, so it is never polled or listed</source>
        <translation>Die Sitzung des ausgewählten Szenarios, schreibgeschützt: Ihr Schlüssel gehört zu keinem Profil, daher wird sie nie abgefragt oder aufgelistet</translation>
    </message>
</context>
<context>
    <name>SessionReference</name>
    <message>
        <source>There is nothing to read: paste a session token, or a link that holds one.</source>
        <translation>Nichts zu lesen: Fügen Sie ein Sitzungs-Token ein oder einen Link, der eines enthält.</translation>
    </message>
    <message>
        <source>%1 is not a valid link.</source>
        <translation>%1 ist kein gültiger Link.</translation>
    </message>
    <message>
        <source>%1 is an xident:// link of another kind; only xident://session/ links name a session.</source>
        <translation>%1 ist ein xident://-Link anderer Art; nur xident://session/-Links bezeichnen eine Sitzung.</translation>
    </message>
    <message>
        <source>%1 names no session token.</source>
        <translation>%1 enthält kein Sitzungs-Token.</translation>
    </message>
    <message>
        <source>%1 has more than a session token after xident://session/.</source>
        <translation>%1 enthält nach xident://session/ mehr als ein Sitzungs-Token.</translation>
    </message>
    <message>
        <source>%1 has no token parameter.</source>
        <translation>%1 hat keinen token-Parameter.</translation>
    </message>
    <message>
        <source>That is an API key, not a session token; it was left out and is not shown here.</source>
        <translation>Das ist ein API-Schlüssel, kein Sitzungs-Token; er wurde ausgelassen und wird hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>That is a webhook signing secret, not a session token; it was left out and is not shown here.</source>
        <translation>Das ist ein Geheimnis zum Signieren von Webhooks, kein Sitzungs-Token; es wurde ausgelassen und wird hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 has an empty token parameter.</source>
        <translation>%1 hat einen leeren token-Parameter.</translation>
    </message>
    <message>
        <source>%1 is not a session token: session tokens start with xit_ or xtk_.</source>
        <translation>%1 ist kein Sitzungs-Token: Sitzungs-Tokens beginnen mit xit_ oder xtk_.</translation>
    </message>
    <message>
        <source>%1 is too short for a session token: %2 needs 8 to 128 characters after it.</source>
        <translation>%1 ist zu kurz für ein Sitzungs-Token: Auf %2 müssen 8 bis 128 Zeichen folgen.</translation>
    </message>
    <message>
        <source>%1 is too long for a session token: %2 takes at most 128 characters after it.</source>
        <translation>%1 ist zu lang für ein Sitzungs-Token: Auf %2 dürfen höchstens 128 Zeichen folgen.</translation>
    </message>
    <message>
        <source>%1 is not a session token: only letters, digits, _ and - may follow %2.</source>
        <translation>%1 ist kein Sitzungs-Token: Auf %2 dürfen nur Buchstaben, Ziffern, _ und - folgen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more piece(s) were refused for reasons like these.</source>
        <translation>
            <numerusform>%Ln weiteres Stück wurde aus solchen Gründen abgelehnt.</numerusform>
            <numerusform>%Ln weitere Stücke wurden aus solchen Gründen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) were not session tokens (they start with neither xit_ nor xtk_), for example %1.</source>
        <translation>
            <numerusform>%Ln Stück war kein Sitzungs-Token (es beginnt weder mit xit_ noch mit xtk_): %1.</numerusform>
            <numerusform>%Ln Stücke waren keine Sitzungs-Tokens (sie beginnen weder mit xit_ noch mit xtk_), zum Beispiel %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That holds an API key or a webhook secret; it was left out and is not shown here.</source>
        <translation>Das enthält einen API-Schlüssel oder ein Webhook-Geheimnis; es wurde weggelassen und wird hier nicht gezeigt.</translation>
    </message>
</context>
<context>
    <name>SignerWidget</name>
    <message>
        <source>Signs the payload with the secret above, at the evaluation time, and sends it to your own receiver.</source>
        <translation>Signiert die Nutzdaten mit dem obigen Geheimnis zum Prüfzeitpunkt und sendet sie an Ihren eigenen Empfänger.</translation>
    </message>
    <message>
        <source>&amp;Make signature</source>
        <translation>Signatur e&amp;rstellen</translation>
    </message>
    <message>
        <source>Signature header made</source>
        <translation>Erstellter Signatur-Header</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Send to &amp;URL:</source>
        <translation>An &amp;URL senden:</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Empfänger-URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation>http://127.0.0.1:8000/webhooks/xident</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer</source>
        <translation>Die Antwort des Empfängers</translation>
    </message>
    <message>
        <source>The receiver&apos;s status, headers, body and time appear here.</source>
        <translation>Status, Header, Inhalt und Antwortzeit des Empfängers erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>WatchlistPane</name>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Archive&amp;d</source>
        <translation>Arch&amp;iviert</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>Archivierte Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Tracked sessions</source>
        <translation>Beobachtete Sitzungen</translation>
    </message>
    <message>
        <source>No sessions yet. Create one on the “New session” tab (Ctrl+N), or paste tokens or callback URLs (Ctrl+Shift+V).</source>
        <translation>Noch keine Sitzungen. Erstellen Sie eine auf dem Reiter „Neue Sitzung“ (Ctrl+N) oder fügen Sie Tokens oder Callback-URLs ein (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>Search by token, user id, ticket or note</source>
        <translation>Nach Token, Benutzer-ID, Ticket oder Notiz suchen</translation>
    </message>
    <message>
        <source>Search token, user id, ticket or note (Ctrl+F)</source>
        <translation>Token, Benutzer-ID, Ticket oder Notiz suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation>Webhook-Eingang</translation>
    </message>
    <message>
        <source>Receiver:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Empfänger-URL</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Empfänger-Port</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;nwenden</translation>
    </message>
    <message>
        <source>Forwar&amp;d every delivery to:</source>
        <translation>Jede Zustellung &amp;weiterleiten an:</translation>
    </message>
    <message>
        <source>Forward URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation>http://127.0.0.1:8000/webhooks/xident</translation>
    </message>
    <message>
        <source>Received webhooks</source>
        <translation>Empfangene Webhooks</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The received request</source>
        <translation>Die empfangene Anfrage</translation>
    </message>
    <message>
        <source>Replays and forwards</source>
        <translation>Erneute Sendungen und Weiterleitungen</translation>
    </message>
    <message>
        <source>Answers to replays and forwards</source>
        <translation>Antworten auf erneute Sendungen und Weiterleitungen</translation>
    </message>
    <message>
        <source>&amp;Open in validator</source>
        <translation>Im &amp;Prüfer öffnen</translation>
    </message>
    <message>
        <source>Repla&amp;y to:</source>
        <translation>E&amp;rneut senden an:</translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation>URL für erneutes Senden</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Welche Anfragen angezeigt werden</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search the received requests</source>
        <translation>Die empfangenen Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>event, session, path, sender or verdict</source>
        <translation>Ereignis, Sitzung, Pfad, Absender oder Befund</translation>
    </message>
    <message>
        <source>Answer &amp;badly on purpose:</source>
        <translation>A&amp;bsichtlich schlecht antworten:</translation>
    </message>
    <message>
        <source>Deliveries are still listed and judged, but their sender hears this answer and tries again: watch its retries</source>
        <translation>Zustellungen werden weiter aufgelistet und beurteilt, aber ihr Absender erhält diese Antwort und versucht es erneut: So lassen sich seine Wiederholungen beobachten</translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <source>Delay before the bad answer</source>
        <translation>Verzögerung vor der schlechten Antwort</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How many deliveries get the bad answer</source>
        <translation>Wie viele Zustellungen die schlechte Antwort erhalten</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>nach:</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Try the port again</source>
        <translation>Port erneu&amp;t versuchen</translation>
    </message>
    <message>
        <source>Listen on the wanted port once it is free; the inbox stays where it is until then</source>
        <translation>Auf dem gewünschten Port lauschen, sobald er frei ist; bis dahin bleibt der Eingang, wo er ist</translation>
    </message>
</context>
<context>
    <name>WebhookValidatorPane</name>
    <message>
        <source>Webhook validator</source>
        <translation>Webhook-Prüfer</translation>
    </message>
    <message>
        <source>Payload (paste it, or drop a file here)</source>
        <translation>Nutzdaten (einfügen oder eine Datei hierher ziehen)</translation>
    </message>
    <message>
        <source>Line &amp;endings:</source>
        <translation>&amp;Zeilenenden:</translation>
    </message>
    <message>
        <source>Line endings of typed text</source>
        <translation>Zeilenenden des eingegebenen Texts</translation>
    </message>
    <message>
        <source>How the lines of the text you type or paste are encoded into the payload&apos;s bytes</source>
        <translation>Wie die Zeilen des eingegebenen oder eingefügten Texts in die Bytes der Nutzdaten kodiert werden</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Take a payload from a file, byte for byte</source>
        <translation>Nutzdaten aus einer Datei übernehmen, Byte für Byte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>{&quot;id&quot;:&quot;evt_…&quot;,&quot;type&quot;:&quot;session.success&quot;,…}</source>
        <translation>{&quot;id&quot;:&quot;evt_…&quot;,&quot;type&quot;:&quot;session.success&quot;,…}</translation>
    </message>
    <message>
        <source>Edit as &amp;plain text</source>
        <translation>Als K&amp;lartext bearbeiten</translation>
    </message>
    <message>
        <source>Payload, read-only view</source>
        <translation>Nutzdaten, schreibgeschützte Ansicht</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>Nutzdaten-Bytes</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>X-Xident-Signature header</source>
        <translation>X-Xident-Signature-Header</translation>
    </message>
    <message>
        <source>t=1767225600,v1=… or the whole X-Xident-Signature: line</source>
        <translation>t=1767225600,v1=… oder die ganze Zeile X-Xident-Signature:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Gehei&amp;mnis:</translation>
    </message>
    <message>
        <source>Where the secret comes from</source>
        <translation>Herkunft des Geheimnisses</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Tole&amp;rance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Tolerance in seconds</source>
        <translation>Toleranz in Sekunden</translation>
    </message>
    <message>
        <source>off (no replay check)</source>
        <translation>aus (keine Replay-Prüfung)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Evaluate &amp;at:</source>
        <translation>Prüfzeit&amp;punkt:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Pic&amp;k a time:</source>
        <translation>Zeitpunkt &amp;wählen:</translation>
    </message>
    <message>
        <source>Evaluation time</source>
        <translation>Prüfzeitpunkt</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>What would make it valid</source>
        <translation>Was sie gültig machen würde</translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation>Passende &amp;Bytes übernehmen</translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation>&amp;Erwartete Signatur anzeigen</translation>
    </message>
    <message>
        <source>The header this payload and secret would have: it proves knowledge of the secret, so it stays hidden until you ask</source>
        <translation>Der Header, den diese Nutzdaten mit diesem Geheimnis hätten: Er beweist Kenntnis des Geheimnisses und bleibt daher verborgen, bis Sie ihn anfordern</translation>
    </message>
    <message>
        <source>Expected signature header</source>
        <translation>Erwarteter Signatur-Header</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Ereignisdaten</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Signieren und senden</translation>
    </message>
</context>
<context>
    <name>Xident::Console::AboutDialog</name>
    <message>
        <source>Xident Console %1</source>
        <translation>Xident Console %1</translation>
    </message>
    <message>
        <source>A desktop console for the Xident age and identity verification API.</source>
        <translation>Eine Desktop-Konsole für die Xident-API zur Alters- und Identitätsverifizierung.</translation>
    </message>
    <message>
        <source>Xident Console %1
Xident-Qt library %2
Qt %3 (built with %4)
API version %5
HMAC-SHA256: %6</source>
        <translation>Xident Console %1
Xident-Qt-Bibliothek %2
Qt %3 (erstellt mit %4)
API-Version %5
HMAC-SHA256: %6</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Application</name>
    <message>
        <source>Desktop console for the Xident verification API. Opens on the embedded sandbox; tokens, callback URLs and xident://session/&lt;token&gt; links given as arguments open those sessions.</source>
        <translation>Desktop-Konsole für die Xident-Verifizierungs-API. Startet mit der eingebetteten Sandbox; als Argumente übergebene Tokens, Callback-URLs und xident://session/&lt;token&gt;-Links öffnen die jeweiligen Sitzungen.</translation>
    </message>
    <message>
        <source>Show the versions of the console, library, Qt and API.</source>
        <translation>Die Versionen von Konsole, Bibliothek, Qt und API anzeigen.</translation>
    </message>
    <message>
        <source>Open with the profile called &lt;name&gt;.</source>
        <translation>Mit dem Profil namens &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>xident-console: no display here; run it under a virtual one: xvfb-run -a xident-console</source>
        <translation>xident-console: Hier ist keine Anzeige vorhanden; starten Sie das Programm in einer virtuellen: xvfb-run -a xident-console</translation>
    </message>
    <message>
        <source>xident-console: %1 (see --help)</source>
        <translation>xident-console: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>xident-console: another console is running but did not take the sessions: %1</source>
        <translation>xident-console: Eine andere Konsole läuft, hat die Sitzungen aber nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation>Befehlszeile (%1)</translation>
    </message>
    <message>
        <source>XIDENT_SECRET_KEY: %1</source>
        <translation>XIDENT_SECRET_KEY: %1</translation>
    </message>
    <message>
        <source>xident-console: --base-url: %1</source>
        <translation>xident-console: --base-url: %1</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (en, de, fr) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open in presenter mode: a full-screen verification demo on the profile in use (sandbox and test profiles only).</source>
        <translation>Im Präsentationsmodus öffnen: eine Verifizierungs-Demo im Vollbild mit dem aktiven Profil (nur Sandbox- und Testprofile).</translation>
    </message>
    <message>
        <source>Serve the embedded sandbox&apos;s verification pages on &lt;address&gt; too, so that a phone on that network can open them.</source>
        <translation>Die Prüfseiten der eingebauten Sandbox auch unter &lt;address&gt; anbieten, damit ein Telefon in diesem Netz sie öffnen kann.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>xident-console: a console is already running; --base-url only applies when it starts. Add a profile in its window (Ctrl+,).</source>
        <translation>xident-console: Eine Konsole läuft bereits; --base-url gilt nur beim Start. Legen Sie in ihrem Fenster ein Profil an (Strg+,).</translation>
    </message>
    <message>
        <source>Xident Console is already running; it was handed what this launch asked for.</source>
        <translation>Xident Console läuft bereits; ihr wurde übergeben, was dieser Aufruf verlangt hat.</translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot;; the profiles are: %2.</source>
        <translation>kein Profil namens „%1“; die Profile sind: %2.</translation>
    </message>
    <message>
        <source>xident-console: %1</source>
        <translation>xident-console: %1</translation>
    </message>
    <message>
        <source>--phone-address: &quot;%1&quot; is not an IP address (such as 192.168.1.20).</source>
        <translation>--phone-address: „%1“ ist keine IP-Adresse (etwa 192.168.1.20).</translation>
    </message>
    <message>
        <source>A later launch&apos;s options were not understood: %1</source>
        <translation>Die Optionen eines späteren Aufrufs wurden nicht verstanden: %1</translation>
    </message>
    <message>
        <source>A later launch asked for a profile: %1</source>
        <translation>Ein späterer Aufruf verlangte ein Profil: %1</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>--phone-address: %1</source>
        <translation>--phone-address: %1</translation>
    </message>
    <message>
        <source>xident-console: --phone-address: %1</source>
        <translation>xident-console: --phone-address: %1</translation>
    </message>
    <message>
        <source>Check whether a demo on the profile in use (or --profile) will work, print one line per check and exit: 0 when all pass, 1 otherwise. It runs on its own, with its own embedded sandbox.</source>
        <translation>Prüfen, ob eine Demo mit dem aktiven Profil (oder --profile) funktionieren wird, je Prüfung eine Zeile ausgeben und beenden: 0, wenn alle bestehen, sonst 1. Die Prüfung läuft für sich, mit einer eigenen eingebauten Sandbox.</translation>
    </message>
    <message>
        <source>Tokens, callback URLs or xident:// links to open, or evidence files to view.</source>
        <translation>Zu öffnende Tokens, Callback-URLs oder xident://-Links, oder anzuzeigende Nachweisdateien.</translation>
    </message>
    <message>
        <source>Use a temporary profile for &lt;url&gt;; its key comes from XIDENT_SECRET_KEY, its webhook secret from XIDENT_WEBHOOK_SECRET.</source>
        <translation>Ein vorübergehendes Profil für &lt;url&gt; verwenden; sein Schlüssel kommt aus XIDENT_SECRET_KEY, sein Webhook-Geheimnis aus XIDENT_WEBHOOK_SECRET.</translation>
    </message>
    <message>
        <source>XIDENT_WEBHOOK_SECRET: %1</source>
        <translation>XIDENT_WEBHOOK_SECRET: %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistAddDialog</name>
    <message>
        <source>Add to the blacklist</source>
        <translation>Zur Sperrliste hinzufügen</translation>
    </message>
    <message>
        <source>Blacklist the face of session %1 (result token %2): anyone with this face then fails verification.</source>
        <translation>Das Gesicht der Sitzung %1 sperren (Ergebnis-Token %2): Jede Verifizierung mit diesem Gesicht schlägt danach fehl.</translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (JPEG or PNG, at most 10 MB): choose one, or drop it here.</source>
        <translation>Das Gesicht auf einem Bild sperren (JPEG oder PNG, höchstens 10 MB): Bild wählen oder hierher ziehen.</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Noch kein Bild</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why this face is blacklisted, e.g. a chargeback ring (kept with the entry)</source>
        <translation>Warum dieses Gesicht gesperrt wird, z. B. ein Rückbuchungsring (wird mit dem Eintrag gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Add to the blacklist</source>
        <translation>Zur Sperrliste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Als Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation>Zuerst ein Bild wählen oder hierher ziehen.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistBook</name>
    <message>
        <source>Give a reason: it is kept with the entry.</source>
        <translation>Einen Grund angeben: Er wird mit dem Eintrag gespeichert.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; the API takes at most %2.</source>
        <translation>Der Grund ist %1 Zeichen lang; die API nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The image is %1 MB; the API takes at most 10 MB.</source>
        <translation>Das Bild ist %1 MB groß; die API nimmt höchstens 10 MB.</translation>
    </message>
    <message>
        <source>The file is not a picture (JPEG or PNG, for example).</source>
        <translation>Die Datei ist kein Bild (etwa JPEG oder PNG).</translation>
    </message>
    <message>
        <source>Possible once the session&apos;s result has been read: the API takes its result token (xtk_…).</source>
        <translation>Möglich, sobald das Ergebnis der Sitzung gelesen wurde: Die API nimmt ihr Ergebnis-Token (xtk_…).</translation>
    </message>
    <message>
        <source>The result read so far names no result token (xtk_…), which the API takes: results in the legacy shape carry none.</source>
        <translation>Das bisher gelesene Ergebnis nennt kein Ergebnis-Token (xtk_…), das die API braucht: Ergebnisse in der alten Form enthalten keines.</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation>Dieses Profil hat keinen nutzbaren API-Schlüssel: unter Verbindung, Profile einen hinzufügen.</translation>
    </message>
    <message>
        <source>The blacklist could not be read: %1</source>
        <translation>Die Sperrliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Accepted: the service is processing the face of %1.</source>
        <translation>Angenommen: Der Dienst verarbeitet das Gesicht von %1.</translation>
    </message>
    <message>
        <source>Accepted: the service is processing %1.</source>
        <translation>Angenommen: Der Dienst verarbeitet %1.</translation>
    </message>
    <message>
        <source>Entry %1 could not be removed: %2</source>
        <translation>Eintrag %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Entry %1 was already gone.</source>
        <translation>Eintrag %1 war schon entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 removed.</source>
        <translation>Eintrag %1 entfernt.</translation>
    </message>
    <message>
        <source>The picture could not be decoded: it is damaged, or too large in pixels.</source>
        <translation>Das Bild konnte nicht dekodiert werden: Es ist beschädigt oder hat zu viele Pixel.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistModel</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Accepted on %1; the service is processing it. It appears here with its id once listed.</source>
        <translation>Angenommen am %1; der Dienst verarbeitet ihn. Er erscheint hier mit seiner ID, sobald er gelistet ist.</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>Bild (%1)</translation>
    </message>
    <message>
        <source>The API&apos;s number for the session; it lists no token</source>
        <translation>Die Nummer der Sitzung bei der API; sie nennt kein Token</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistPane</name>
    <message numerus="yes">
        <source>Page %1 of %2, %n entry(ies) in all</source>
        <translation>
            <numerusform>Seite %1 von %2, %n Eintrag insgesamt</numerusform>
            <numerusform>Seite %1 von %2, %n Einträge insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>Remove entry %1 (%2, “%3”) from the blacklist of %4? A face that matches it is then no longer refused.</source>
        <translation>Eintrag %1 (%2, „%3“) aus der Sperrliste von %4 entfernen? Ein passendes Gesicht wird dann nicht mehr abgelehnt.</translation>
    </message>
    <message>
        <source>Remove from the blacklist</source>
        <translation>Aus der Sperrliste entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Copy the removal as code</source>
        <translation>Das Entfernen als Code kopieren</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ChallengeModel</name>
    <message>
        <source>Not decided: %1</source>
        <translation>Nicht entschieden: %1</translation>
    </message>
    <message>
        <source>Sending the picture…</source>
        <translation>Bild wird gesendet…</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>In Bearbeitung…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Passed: The face is enrolled.</source>
        <translation>Bestanden: Das Gesicht ist registriert.</translation>
    </message>
    <message>
        <source>Passed: The face matches the one enrolled.</source>
        <translation>Bestanden: Das Gesicht passt zum registrierten.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::CheckDemoDialog</name>
    <message>
        <source>Check the demo</source>
        <translation>Demo prüfen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>The demo will work.</source>
        <translation>Die Demo wird funktionieren.</translation>
    </message>
    <message>
        <source>Something needs doing before the demo: see the lines marked ✗.</source>
        <translation>Vor der Demo ist etwas zu tun: siehe die mit ✗ markierten Zeilen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>QR code of a test page for a phone</source>
        <translation>QR-Code einer Testseite für ein Telefon</translation>
    </message>
    <message>
        <source>No device has opened it yet. If the phone is on the same Wi-Fi, the network may keep devices apart (guest Wi-Fi): use a phone&apos;s hotspot instead.</source>
        <translation>Noch hat kein Gerät sie geöffnet. Ist das Telefon im selben WLAN, trennt das Netz womöglich die Geräte (Gäste-WLAN): Nutzen Sie stattdessen den Hotspot eines Telefons.</translation>
    </message>
    <message>
        <source>✓ A phone on the network reached this computer.</source>
        <translation>✓ Ein Telefon im Netz hat diesen Computer erreicht.</translation>
    </message>
    <message>
        <source>Scan this with a phone on the same network: it is ticked when the phone&apos;s request arrives here.</source>
        <translation>Scannen Sie dies mit einem Telefon im selben Netz: Es wird abgehakt, sobald die Anfrage des Telefons hier ankommt.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ChecksModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ConnectionMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Xident::Console::CreateSessionPane</name>
    <message>
        <source>Required: the address the person&apos;s browser returns to.</source>
        <translation>Erforderlich: die Adresse, zu der der Browser der Person zurückkehrt.</translation>
    </message>
    <message>
        <source>Not a valid URL: write it whole, like https://shop.example/verified (no spaces).</source>
        <translation>Keine gültige URL: Geben Sie sie vollständig an, etwa https://shop.example/verified (ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>Use an absolute http:// or https:// URL.</source>
        <translation>Verwenden Sie eine absolute http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Pass by document (OCR)</source>
        <translation>Bestanden per Dokument (OCR)</translation>
    </message>
    <message>
        <source>Pass by self-declaration</source>
        <translation>Bestanden per Selbstauskunft</translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation>Fehlschlag: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Fill the user id with a value the sandbox completes by itself</source>
        <translation>Die Benutzer-ID mit einem Wert füllen, den die Sandbox selbstständig abschließt</translation>
    </message>
    <message>
        <source>Success URL: %1</source>
        <translation>Erfolgs-URL: %1</translation>
    </message>
    <message>
        <source>Failed URL: %1</source>
        <translation>Fehlschlag-URL: %1</translation>
    </message>
    <message>
        <source>0 is only allowed with the purpose id_verification; use 1 to 99.</source>
        <translation>0 ist nur mit dem Zweck id_verification erlaubt; verwenden Sie 1 bis 99.</translation>
    </message>
    <message>
        <source>At most 4096 characters (this has %1).</source>
        <translation>Höchstens 4096 Zeichen (hier sind es %1).</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1 (%2); write an object such as {&quot;order&quot;: &quot;A-1001&quot;}.</source>
        <translation>Kein gültiges JSON bei Zeichen %1 (%2); geben Sie ein Objekt an, etwa {&quot;order&quot;: &quot;A-1001&quot;}.</translation>
    </message>
    <message>
        <source>At most 255 characters (this has %1).</source>
        <translation>Höchstens 255 Zeichen (hier sind es %1).</translation>
    </message>
    <message>
        <source>Create a live session?</source>
        <translation>Live-Sitzung erstellen?</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. This creates a real verification session on %2, which may be billed and is seen by your production systems.</source>
        <translation>Profil „%1“ verwendet einen LIVE-Schlüssel. Dadurch wird eine echte Verifizierungssitzung auf %2 erstellt, die möglicherweise abgerechnet wird und für Ihre Produktivsysteme sichtbar ist.</translation>
    </message>
    <message>
        <source>Create live session</source>
        <translation>Live-Sitzung erstellen</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no usable API key yet. %2</source>
        <translation>Profil „%1“ hat noch keinen verwendbaren API-Schlüssel. %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2.</source>
        <translation>Versuch %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server asked to slow down.</source>
        <translation>Der Server hat um langsamere Anfragen gebeten.</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Sitzung wird erstellt…</translation>
    </message>
    <message>
        <source>Attempt %1…</source>
        <translation>Versuch %1…</translation>
    </message>
    <message>
        <source>Canceled; no session was created.</source>
        <translation>Abgebrochen; es wurde keine Sitzung erstellt.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Created; request id %1.</source>
        <translation>Erstellt; Anfrage-ID %1.</translation>
    </message>
    <message>
        <source>Shared on the network at %1: a phone on the same network can scan the code. Only the verification pages are served there.</source>
        <translation>Im Netzwerk freigegeben unter %1: Ein Smartphone im selben Netzwerk kann den Code scannen. Dort werden nur die Verifizierungsseiten bereitgestellt.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>This address points at this computer (%1): a phone cannot open it.</source>
        <translation>Diese Adresse verweist auf diesen Computer (%1): Ein Smartphone kann sie nicht öffnen.</translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation>Vom Smartph&amp;one erreichbar…</translation>
    </message>
    <message>
        <source>Reachable from my phone</source>
        <translation>Vom Smartphone erreichbar</translation>
    </message>
    <message>
        <source>This computer has no network address other than loopback, so a phone cannot reach it. Connect to the same Wi-Fi as the phone and try again.</source>
        <translation>Dieser Computer hat außer Loopback keine Netzwerkadresse, daher kann ein Smartphone ihn nicht erreichen. Verbinden Sie ihn mit demselben WLAN wie das Smartphone und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Serve the verification pages on this address too:</source>
        <translation>Die Verifizierungsseiten auch unter dieser Adresse bereitstellen:</translation>
    </message>
    <message>
        <source>Share the sandbox on the network?</source>
        <translation>Sandbox im Netzwerk freigeben?</translation>
    </message>
    <message>
        <source>Devices on the network at %1 will be able to open the sandbox&apos;s verification pages. The API, the admin API and the keys stay on this computer. Sharing lasts until you stop it or quit; it is never switched on by itself.</source>
        <translation>Geräte im Netzwerk können dann unter %1 die Verifizierungsseiten der Sandbox öffnen. Die API, die Admin-API und die Schlüssel bleiben auf diesem Computer. Die Freigabe gilt, bis Sie sie beenden oder das Programm schließen; sie wird nie von selbst eingeschaltet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>expired: regenerate for a new token</source>
        <translation>abgelaufen: Neu erzeugen für ein neues Token</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>success URL</source>
        <translation>Erfolgs-URL</translation>
    </message>
    <message>
        <source>failed URL</source>
        <translation>Fehlschlag-URL</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>liveness difficulty</source>
        <translation>Schwierigkeit der Lebenderkennung</translation>
    </message>
    <message>
        <source>verification mode</source>
        <translation>Verifizierungsmodus</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message numerus="yes">
        <source>Not remembered for next time, as %n field(s) hold a key or a secret: %1.</source>
        <translation>
            <numerusform>Nicht für das nächste Mal gemerkt, da dieses Feld einen Schlüssel oder ein Geheimnis enthält: %1.</numerusform>
            <numerusform>Nicht für das nächste Mal gemerkt, da diese %n Felder einen Schlüssel oder ein Geheimnis enthalten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magic outcomes exist on sandboxes only (the local one, or a server that names itself xident-sandbox)</source>
        <translation>Magische Ergebnisse gibt es nur in Sandboxes (der lokalen oder einem Server, der sich als xident-sandbox ausweist)</translation>
    </message>
    <message>
        <source>Asked the desktop to open the page. If no browser shows it, use Copy beside Open and paste the address into one.</source>
        <translation>Der Desktop wurde gebeten, die Seite zu öffnen. Zeigt kein Browser sie an, verwenden Sie „Kopieren“ neben „Öffnen“ und fügen Sie die Adresse in einen Browser ein.</translation>
    </message>
    <message>
        <source>The desktop has no program to open web pages: use Copy beside Open and paste the address into a browser.</source>
        <translation>Der Desktop hat kein Programm zum Öffnen von Webseiten: Verwenden Sie „Kopieren“ neben „Öffnen“ und fügen Sie die Adresse in einen Browser ein.</translation>
    </message>
    <message>
        <source>no longer: the session has ended (%1)</source>
        <translation>nicht mehr: Die Sitzung ist beendet (%1)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryAnswer</name>
    <message>
        <source>No answer from %1 after %2 ms: %3</source>
        <translation>Keine Antwort von %1 nach %2 ms: %3</translation>
    </message>
    <message>
        <source>
… (the rest of the body is not shown)</source>
        <translation>
… (der Rest des Inhalts wird nicht angezeigt)</translation>
    </message>
    <message>
        <source>The receiver redirects to %1; redirects are not followed.</source>
        <translation>Der Empfänger leitet nach %1 um; Umleitungen werden nicht verfolgt.</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>der Empfänger hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Enter the URL of the receiver.</source>
        <translation>Geben Sie die URL des Empfängers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL; write it as http://host:port/path.</source>
        <translation>„%1“ ist keine vollständige URL; geben Sie sie als http://host:port/path an.</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can receive webhooks.</source>
        <translation>Nur http://- und https://-URLs können Webhooks empfangen.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>delivered after %n attempt(s)</source>
        <translation>
            <numerusform>nach %n Versuch zugestellt</numerusform>
            <numerusform>nach %n Versuchen zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>not delivered yet, %n attempt(s)</source>
        <translation>
            <numerusform>noch nicht zugestellt, %n Versuch</numerusform>
            <numerusform>noch nicht zugestellt, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>beantwortet mit %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Event or URL</source>
        <translation>Ereignis oder URL</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoCheck</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key.</source>
        <translation>Profil „%1“ verwendet einen LIVE-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose a sandbox or test profile for a demo.</source>
        <translation>Wählen Sie für eine Demo ein Sandbox- oder Testprofil.</translation>
    </message>
    <message>
        <source>nothing is tried on a live profile</source>
        <translation>mit einem Live-Profil wird nichts versucht</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not live.</source>
        <translation>Profil „%1“ ist nicht live.</translation>
    </message>
    <message>
        <source>The profile has no usable API key.</source>
        <translation>Das Profil hat keinen brauchbaren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Add its key in Connection → Profiles.</source>
        <translation>Tragen Sie seinen Schlüssel unter Verbindung → Profile ein.</translation>
    </message>
    <message>
        <source>no session could be made</source>
        <translation>es konnte keine Sitzung angelegt werden</translation>
    </message>
    <message>
        <source>The server did not make a session: %1</source>
        <translation>Der Server hat keine Sitzung angelegt: %1</translation>
    </message>
    <message>
        <source>Start the sandbox or check the profile&apos;s address and key.</source>
        <translation>Starten Sie die Sandbox oder prüfen Sie Adresse und Schlüssel des Profils.</translation>
    </message>
    <message>
        <source>no session was made</source>
        <translation>es wurde keine Sitzung angelegt</translation>
    </message>
    <message>
        <source>The sandbox answers, but not its admin routes: %1</source>
        <translation>Die Sandbox antwortet, ihre Admin-Routen aber nicht: %1</translation>
    </message>
    <message>
        <source>The server answers (a hosted test server: it has no faults to check).</source>
        <translation>Der Server antwortet (ein gehosteter Testserver: er hat keine Fehler zu prüfen).</translation>
    </message>
    <message>
        <source>Faults are active for this key: %1.</source>
        <translation>Für diesen Schlüssel sind Fehler aktiv: %1.</translation>
    </message>
    <message>
        <source>Clear them (PUT /_sandbox/faults with zeros and an empty script) or restart the sandbox, so that the demo is not slowed or broken.</source>
        <translation>Setzen Sie sie zurück (PUT /_sandbox/faults mit Nullen und leerem Skript) oder starten Sie die Sandbox neu, damit die Demo weder langsam noch gestört ist.</translation>
    </message>
    <message>
        <source>The server answers, and no fault is active for this key.</source>
        <translation>Der Server antwortet, und für diesen Schlüssel ist kein Fehler aktiv.</translation>
    </message>
    <message>
        <source>The code points at this computer (%1): a phone cannot open it.</source>
        <translation>Der Code zeigt auf diesen Computer (%1): Ein Telefon kann ihn nicht öffnen.</translation>
    </message>
    <message>
        <source>Share the pages on the network: Reachable from my phone… in the New session form, or --phone-address ADDRESS.</source>
        <translation>Geben Sie die Seiten im Netz frei: „Vom Smartphone erreichbar…“ im Formular Neue Sitzung, oder --phone-address ADRESSE.</translation>
    </message>
    <message>
        <source>Start the sandbox with --listen 0.0.0.0 --public-url http://ADDRESS:9000.</source>
        <translation>Starten Sie die Sandbox mit --listen 0.0.0.0 --public-url http://ADRESSE:9000.</translation>
    </message>
    <message>
        <source>The code opens the server&apos;s own page on %1; it is not fetched here.</source>
        <translation>Der Code öffnet die eigene Seite des Servers auf %1; sie wird hier nicht abgerufen.</translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 serves the sandbox.</source>
        <translation>Die Adresse für das Telefon, %1, liefert die Sandbox aus.</translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 does not serve the sandbox (%2).</source>
        <translation>Die Adresse für das Telefon, %1, liefert die Sandbox nicht aus (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Check that this address belongs to this computer and that no firewall blocks the port; on guest Wi-Fi that keeps devices apart, use a phone&apos;s hotspot.</source>
        <translation>Prüfen Sie, dass diese Adresse zu diesem Computer gehört und keine Firewall den Port sperrt; in einem Gäste-WLAN, das Geräte trennt, nutzen Sie den Hotspot eines Telefons.</translation>
    </message>
    <message>
        <source>The code is not read back here.</source>
        <translation>Der Code wird hier nicht zurückgelesen.</translation>
    </message>
    <message>
        <source>The code as drawn reads back as the phone&apos;s address.</source>
        <translation>Der gezeichnete Code liest sich als die Adresse für das Telefon.</translation>
    </message>
    <message>
        <source>The code as drawn does not read back.</source>
        <translation>Der gezeichnete Code lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The code as drawn reads back as another address.</source>
        <translation>Der gezeichnete Code liest sich als eine andere Adresse.</translation>
    </message>
    <message>
        <source>Report this as a defect; meanwhile open the page on the phone by hand.</source>
        <translation>Melden Sie das als Fehler; öffnen Sie die Seite bis dahin von Hand auf dem Telefon.</translation>
    </message>
    <message>
        <source>The server does not say when its tokens expire.</source>
        <translation>Der Server sagt nicht, wann seine Token ablaufen.</translation>
    </message>
    <message>
        <source>A token lives %1 minutes.</source>
        <translation>Ein Token gilt %1 Minuten.</translation>
    </message>
    <message>
        <source>A token lives only %1 s; a demo needs at least %2 minutes.</source>
        <translation>Ein Token gilt nur %1 s; eine Demo braucht mindestens %2 Minuten.</translation>
    </message>
    <message>
        <source>Start the sandbox with --token-ttl 600 or more.</source>
        <translation>Starten Sie die Sandbox mit --token-ttl 600 oder mehr.</translation>
    </message>
    <message>
        <source>The server sends no Date header: the clocks are not compared.</source>
        <translation>Der Server sendet keinen Date-Header: Die Uhren werden nicht verglichen.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Servers überein.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s.</source>
        <translation>Die Uhr dieses Computers weicht %1 s von der des Servers ab.</translation>
    </message>
    <message>
        <source>Set the time automatically (timedatectl set-ntp true), then check again.</source>
        <translation>Stellen Sie die Zeit automatisch ein (timedatectl set-ntp true) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The profile has no webhook secret: results cannot be confirmed by webhook.</source>
        <translation>Das Profil hat kein Webhook-Geheimnis: Ergebnisse können nicht per Webhook bestätigt werden.</translation>
    </message>
    <message>
        <source>Add the webhook secret in Connection → Profiles.</source>
        <translation>Tragen Sie das Webhook-Geheimnis unter Verbindung → Profile ein.</translation>
    </message>
    <message>
        <source>The webhook secret is known; this server delivers to its own webhook address, which is not watched here.</source>
        <translation>Das Webhook-Geheimnis ist bekannt; dieser Server liefert an seine eigene Webhook-Adresse, die hier nicht beobachtet wird.</translation>
    </message>
    <message>
        <source>The webhook inbox is not listening: %1</source>
        <translation>Der Webhook-Eingang lauscht nicht: %1</translation>
    </message>
    <message>
        <source>Choose another port in the Webhook inbox pane.</source>
        <translation>Wählen Sie im Bereich Webhook-Eingang einen anderen Port.</translation>
    </message>
    <message>
        <source>The check&apos;s session could not be settled: %1</source>
        <translation>Die Sitzung der Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>A signed webhook reached the inbox and verified: results are confirmed both ways.</source>
        <translation>Ein signierter Webhook erreichte den Eingang und wurde verifiziert: Ergebnisse werden auf beiden Wegen bestätigt.</translation>
    </message>
    <message>
        <source>A webhook reached the inbox but did not verify: %1</source>
        <translation>Ein Webhook erreichte den Eingang, ließ sich aber nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>Check the profile&apos;s webhook secret.</source>
        <translation>Prüfen Sie das Webhook-Geheimnis des Profils.</translation>
    </message>
    <message>
        <source>No webhook reached the inbox within %1 s.</source>
        <translation>Innerhalb von %1 s erreichte kein Webhook den Eingang.</translation>
    </message>
    <message>
        <source>Check that the inbox listens (Webhook inbox pane) and that nothing blocks its port.</source>
        <translation>Prüfen Sie, dass der Eingang lauscht (Bereich Webhook-Eingang) und nichts seinen Port sperrt.</translation>
    </message>
    <message>
        <source>The webhook inbox is not listening.</source>
        <translation>Der Webhook-Eingang lauscht nicht.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>das Profil</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the phone&apos;s address</source>
        <translation>die Adresse für das Telefon</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>der Code</translation>
    </message>
    <message>
        <source>the token&apos;s lifetime</source>
        <translation>die Gültigkeit des Tokens</translation>
    </message>
    <message>
        <source>the clock</source>
        <translation>die Uhr</translation>
    </message>
    <message>
        <source>the webhooks</source>
        <translation>die Webhooks</translation>
    </message>
    <message>
        <source>Not checked, %1: %2</source>
        <translation>Nicht geprüft, %1: %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoSession</name>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your age</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons, um Ihr Alter zu bestätigen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your identity</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons, um Ihre Identität zu bestätigen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. A demo creates sessions that could be real and billed: choose a sandbox or test profile.</source>
        <translation>Profil „%1“ verwendet einen LIVE-Schlüssel. Eine Demo legt Sitzungen an, die echt sein und berechnet werden könnten: Wählen Sie ein Sandbox- oder Testprofil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key yet: add it in Connection → Profiles.</source>
        <translation>Profil „%1“ hat noch keinen API-Schlüssel: Tragen Sie ihn unter Verbindung → Profile ein.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The outcome could not be set: %1</source>
        <translation>Das Ergebnis konnte nicht vorgegeben werden: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s client is not ready (its key is missing or not valid).</source>
        <translation>Der Client des Profils ist nicht bereit (sein Schlüssel fehlt oder ist ungültig).</translation>
    </message>
    <message>
        <source>Not presenting</source>
        <translation>Keine Präsentation</translation>
    </message>
    <message>
        <source>Preparing the code…</source>
        <translation>Der Code wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Warten auf das Telefon</translation>
    </message>
    <message>
        <source>The phone opened the page</source>
        <translation>Das Telefon hat die Seite geöffnet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht bereit</translation>
    </message>
    <message>
        <source>No session could be made (%1). Trying again in a moment.</source>
        <translation>Es konnte keine Sitzung angelegt werden (%1). Gleich wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The server does not answer yet; trying again in a moment.</source>
        <translation>Der Server antwortet noch nicht; gleich wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The server does not answer; the code comes back when it does.</source>
        <translation>Der Server antwortet nicht; der Code erscheint wieder, sobald er antwortet.</translation>
    </message>
    <message>
        <source>Reconnecting to the server…</source>
        <translation>Verbindung zum Server wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceDialog</name>
    <message>
        <source>Include the &amp;user id (personal data)</source>
        <translation>&amp;Benutzer-ID einbeziehen (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Include the &amp;raw result JSON</source>
        <translation>&amp;Rohes Ergebnis-JSON einbeziehen</translation>
    </message>
    <message>
        <source>Include &amp;webhook bodies</source>
        <translation>&amp;Webhook-Inhalte einbeziehen</translation>
    </message>
    <message>
        <source>Evidence for a ticket</source>
        <translation>Nachweis für ein Ticket</translation>
    </message>
    <message>
        <source>Language of the verdict and the reply</source>
        <translation>Sprache von Befund und Antwort</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;language:</source>
        <translation>&amp;Sprache des Kunden:</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in one HTML file that any browser opens offline. Keys, webhook secrets and credentials are never written.</source>
        <translation>
            <numerusform>%n Sitzung in einer HTML-Datei, die jeder Browser offline öffnet. Schlüssel, Webhook-Geheimnisse und Zugangsdaten werden nie geschrieben.</numerusform>
            <numerusform>%n Sitzungen in einer HTML-Datei, die jeder Browser offline öffnet. Schlüssel, Webhook-Geheimnisse und Zugangsdaten werden nie geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the evidence file</source>
        <translation>Vorschau der Nachweisdatei</translation>
    </message>
    <message>
        <source>Preview: exactly what will be written</source>
        <translation>Vorschau: genau das, was geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Gathering the timeline from the history…</source>
        <translation>Zeitverlauf wird aus dem Verlauf gelesen…</translation>
    </message>
    <message>
        <source>%1 will be written (%2).</source>
        <translation>%1 wird geschrieben (%2).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Nachweis speichern</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceViewer</name>
    <message>
        <source>%1 (evidence, read-only)</source>
        <translation>%1 (Nachweis, schreibgeschützt)</translation>
    </message>
    <message>
        <source>From the evidence file %1, exported %2 by Xident Console %3. Read-only: these sessions are not polled and not added to the watchlist.</source>
        <translation>Aus der Nachweisdatei %1, exportiert am %2 von Xident Console %3. Schreibgeschützt: Diese Sitzungen werden weder abgefragt noch in die Beobachtungsliste übernommen.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions in the evidence file</source>
        <translation>Sitzungen in der Nachweisdatei</translation>
    </message>
    <message>
        <source>The evidence as its page shows it</source>
        <translation>Der Nachweis, wie seine Seite ihn zeigt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an evidence file can be.</source>
        <translation>%1 ist größer als %2 MB, die Höchstgröße einer Nachweisdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faBook</name>
    <message>
        <source>Give a user id: the id your application knows the person by.</source>
        <translation>Eine Benutzer-ID angeben: die ID, unter der Ihre Anwendung die Person kennt.</translation>
    </message>
    <message>
        <source>The user id is %1 characters long; the API takes at most %2.</source>
        <translation>Die Benutzer-ID ist %1 Zeichen lang; die API nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation>Dieses Profil hat keinen nutzbaren API-Schlüssel: unter Verbindung, Profile einen hinzufügen.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The profile changed before the verdict.</source>
        <translation>Das Profil wurde vor dem Urteil gewechselt.</translation>
    </message>
    <message>
        <source>A user id of &quot;%1&quot; cannot be used: it would name another address than the user&apos;s.</source>
        <translation>Die Benutzer-ID „%1“ ist nicht verwendbar: Sie würde eine andere Adresse als die des Benutzers bezeichnen.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faPane</name>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 is ready to enrol or verify.</source>
        <translation>%1 ist bereit zum Registrieren oder Vergleichen.</translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation>Zuerst ein Bild wählen oder hierher ziehen.</translation>
    </message>
    <message>
        <source>Delete an enrolment</source>
        <translation>Eine Registrierung löschen</translation>
    </message>
    <message>
        <source>Challenge %1, status %2</source>
        <translation>Prüfung %1, Status %2</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Entschieden %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Kind: %1, user %2, picture %3</source>
        <translation>Art: %1, Benutzer %2, Bild %3</translation>
    </message>
    <message>
        <source>%1 is not enrolled: the face was deleted for good.</source>
        <translation>%1 ist nicht registriert: Das Gesicht wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation>%1 ist nicht registriert.</translation>
    </message>
    <message>
        <source>%1 is enrolled since %2.</source>
        <translation>%1 ist seit %2 registriert.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 ist registriert.</translation>
    </message>
    <message>
        <source>Delete the enrolled face of “%1”? It is erased for good; the user must enrol again.</source>
        <translation>Das registrierte Gesicht von „%1“ löschen? Es wird endgültig gelöscht; der Benutzer muss sich neu registrieren.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::HistoryStore</name>
    <message>
        <source>No file was given for the history.</source>
        <translation>Für den Verlauf wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>The history cannot be opened from %1: %2</source>
        <translation>Der Verlauf kann nicht aus %1 geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside (%2), so it was left as it is and no history is kept.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden (%2); sie wurde daher unverändert gelassen, und es wird kein Verlauf geführt.</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2, but a new one cannot be created: %3</source>
        <translation>Die Verlaufsdatei %1 war beschädigt und wurde nach %2 verschoben, aber eine neue kann nicht erstellt werden: %3</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2. A new, empty history has been started.</source>
        <translation>Die Verlaufsdatei %1 war beschädigt und wurde nach %2 verschoben. Ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Xident Console (schema %1; this version knows up to %2).</source>
        <translation>Er wurde von einer neueren Version von Xident Console geschrieben (Schema %1; diese Version kennt bis %2).</translation>
    </message>
    <message>
        <source>The history is not open, so nothing can be read from it or kept in it.</source>
        <translation>Der Verlauf ist nicht geöffnet; daher kann nichts daraus gelesen oder darin gespeichert werden.</translation>
    </message>
    <message>
        <source>A session without a token cannot be kept in the history.</source>
        <translation>Eine Sitzung ohne Token kann nicht im Verlauf gespeichert werden.</translation>
    </message>
    <message>
        <source>The session %1 could not be saved in the history: %2</source>
        <translation>Die Sitzung %1 konnte nicht im Verlauf gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A status change of session %1 could not be saved in the history: %2</source>
        <translation>Eine Statusänderung der Sitzung %1 konnte nicht im Verlauf gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be removed from the history: %1</source>
        <translation>
            <numerusform>%n Sitzung konnte nicht aus dem Verlauf entfernt werden: %1</numerusform>
            <numerusform>%n Sitzungen konnten nicht aus dem Verlauf entfernt werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archived mark of %n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>Die Archiv-Markierung von %n Sitzung konnte nicht im Verlauf gespeichert werden: %1</numerusform>
            <numerusform>Die Archiv-Markierung von %n Sitzungen konnte nicht im Verlauf gespeichert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlist could not be read from the history: %1</source>
        <translation>Die Beobachtungsliste konnte nicht aus dem Verlauf gelesen werden: %1</translation>
    </message>
    <message>
        <source>The timeline of session %1 could not be read from the history: %2</source>
        <translation>Der Zeitverlauf der Sitzung %1 konnte nicht aus dem Verlauf gelesen werden: %2</translation>
    </message>
    <message>
        <source>A received webhook could not be saved in the history: %1</source>
        <translation>Ein empfangener Webhook konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The received webhooks could not be read from the history: %1</source>
        <translation>Die empfangenen Webhooks konnten nicht aus dem Verlauf gelesen werden: %1</translation>
    </message>
    <message>
        <source>The received webhooks could not be removed from the history: %1</source>
        <translation>Die empfangenen Webhooks konnten nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
    <message>
        <source>a -wal file without its database</source>
        <translation>eine -wal-Datei ohne ihre Datenbank</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>die Integritätsprüfung gab keine Antwort</translation>
    </message>
    <message>
        <source>tables without a known schema version (%1)</source>
        <translation>Tabellen ohne bekannte Schemaversion (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>%n Sitzung konnte nicht im Verlauf gespeichert werden: %1</numerusform>
            <numerusform>%n Sitzungen konnten nicht im Verlauf gespeichert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 could not be merged in the history: %2</source>
        <translation>Die Sitzung %1 konnte im Verlauf nicht zusammengeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::InboxModel</name>
    <message>
        <source>refused (%1)</source>
        <translation>abgewiesen (%1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>fehlerhafter Header</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>Zeitstempel außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>signed, but not JSON</source>
        <translation>signiert, aber kein JSON</translation>
    </message>
    <message>
        <source>Judged by the webhook secret of profile &quot;%1&quot;.</source>
        <translation>Beurteilt mit dem Webhook-Geheimnis von Profil „%1“.</translation>
    </message>
    <message>
        <source>In the watchlist as %1</source>
        <translation>In der Beobachtungsliste als %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused (%1), %n time(s)</source>
        <translation>
            <numerusform>abgewiesen (%1), %n Mal</numerusform>
            <numerusform>abgewiesen (%1), %n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %n time(s) in a row, the last at %1.</source>
        <translation>
            <numerusform>%n Mal hintereinander abgewiesen, zuletzt am %1.</numerusform>
            <numerusform>%n Mal hintereinander abgewiesen, zuletzt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>No profile has a webhook secret, so the signature was not checked.</source>
        <translation>Kein Profil hat ein Webhook-Geheimnis, daher wurde die Signatur nicht geprüft.</translation>
    </message>
    <message>
        <source>The request has no X-Xident-Signature header.</source>
        <translation>Die Anfrage hat keinen X-Xident-Signature-Header.</translation>
    </message>
    <message>
        <source>%1; connection cut on purpose</source>
        <translation>%1; Verbindung absichtlich getrennt</translation>
    </message>
    <message>
        <source>%1; answered %2 on purpose</source>
        <translation>%1; absichtlich mit %2 beantwortet</translation>
    </message>
</context>
<context>
    <name>Xident::Console::InspectorPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>The server says “%1”, a status the console does not know; polling goes on.</source>
        <translation>Der Server meldet „%1“, einen Status, den die Konsole nicht kennt; die Abfrage läuft weiter.</translation>
    </message>
    <message>
        <source>Last poll: %1</source>
        <translation>Letzte Abfrage: %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 (the last poll)</source>
        <translation>%1 (letzte Abfrage)</translation>
    </message>
    <message>
        <source>%1 (when it became %2)</source>
        <translation>%1 (beim Wechsel zu %2)</translation>
    </message>
    <message>
        <source>Checks: none reported yet</source>
        <translation>Prüfungen: noch keine gemeldet</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation>(noch kein Ergebnis)</translation>
    </message>
    <message>
        <source>%1 (in %2:%3)</source>
        <translation>%1 (in %2:%3)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Grund: %1 — %2</translation>
    </message>
    <message>
        <source>Age bracket: %1+</source>
        <translation>Altersgruppe: %1+</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Request id (last poll): %1</source>
        <translation>Anfrage-ID (letzte Abfrage): %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (request id %4)</source>
        <translation>%1: %2 → %3 (Anfrage-ID %4)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>zuerst gesehen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>No profile asked knows this session.</source>
        <translation>Keines der gefragten Profile kennt diese Sitzung.</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>The profile in use does not know this session; the others are being asked.</source>
        <translation>Das verwendete Profil kennt diese Sitzung nicht; die anderen werden gefragt.</translation>
    </message>
    <message>
        <source>Look it up on %1 too</source>
        <translation>Auch auf %1 suchen</translation>
    </message>
    <message>
        <source>%1
also %2</source>
        <translation>%1
auch %2</translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation>Das Gesicht dieser Sitzung sperren, damit jede spätere Verifizierung fehlschlägt</translation>
    </message>
    <message>
        <source>estimated %1 (not verified)</source>
        <translation>geschätzt %1 (nicht geprüft)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::InstanceGuard</name>
    <message>
        <source>The arguments were too long to hand to the running console.</source>
        <translation>Die Argumente waren zu lang, um sie an die laufende Konsole zu übergeben.</translation>
    </message>
    <message>
        <source>Another launch of the console is starting and did not finish in time.</source>
        <translation>Ein anderer Start der Konsole läuft gerade und wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>A console is already running but did not answer.</source>
        <translation>Es läuft bereits eine Konsole, sie antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Later launches cannot reach this console: %1</source>
        <translation>Spätere Starts können diese Konsole nicht erreichen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>%1 is open to other users.</source>
        <translation>%1 ist für andere Benutzer zugänglich.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the first %1 fields are shown</source>
        <translation>die ersten %1 Felder werden angezeigt</translation>
    </message>
</context>
<context>
    <name>Xident::Console::MainWindow</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Webhook validator</source>
        <translation>Webhook-Prüfer</translation>
    </message>
    <message>
        <source>Webhook inbox</source>
        <translation>Webhook-Eingang</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Session finished: %1</source>
        <translation>Sitzung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Paste tokens…</source>
        <translation>&amp;Tokens einfügen…</translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <translation>Sitzung su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Xident Console</source>
        <translation>&amp;Über Xident Console</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Sit&amp;zungen</translation>
    </message>
    <message>
        <source>New session &amp;form</source>
        <translation>&amp;Formular „Neue Sitzung“</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>Anf&amp;rageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Webhook validator</source>
        <translation>&amp;Webhook-Prüfer</translation>
    </message>
    <message>
        <source>Webhook &amp;inbox</source>
        <translation>Webhook-&amp;Eingang</translation>
    </message>
    <message>
        <source>Create a verification session (%1)</source>
        <translation>Eine Verifizierungssitzung erstellen (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>Sandbox shared on the network</source>
        <translation>Sandbox im Netzwerk freigegeben</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Shared on the network: %1</source>
        <translation>Im Netzwerk freigegeben: %1</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation>Test oder live</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE — profile “%1” uses a live key: sessions are real and may be billed.</source>
        <translation>LIVE — Profil „%1“ verwendet einen Live-Schlüssel: Sitzungen sind echt und werden möglicherweise abgerechnet.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>● server answers</source>
        <translation>● Server antwortet</translation>
    </message>
    <message>
        <source>● offline since %1</source>
        <translation>● offline seit %1</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <source>Show a verification demo full screen: a QR code for a phone, then the verdict (F11)</source>
        <translation>Eine Verifizierungs-Demo im Vollbild zeigen: ein QR-Code für ein Telefon, dann das Ergebnis (F11)</translation>
    </message>
    <message>
        <source>A link names the profile %1, which this console does not have; its session was not opened. Add the profile (Ctrl+,) and open the link again.</source>
        <translation>Ein Link nennt das Profil %1, das diese Konsole nicht hat; seine Sitzung wurde nicht geöffnet. Legen Sie das Profil an (Strg+,) und öffnen Sie den Link erneut.</translation>
    </message>
    <message>
        <source>Open e&amp;vidence…</source>
        <translation>Nach&amp;weis öffnen…</translation>
    </message>
    <message>
        <source>Open an evidence file</source>
        <translation>Nachweisdatei öffnen</translation>
    </message>
    <message>
        <source>Evidence files (*.html)</source>
        <translation>Nachweisdateien (*.html)</translation>
    </message>
    <message>
        <source>The evidence was saved to %1.</source>
        <translation>Der Nachweis wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>S&amp;andbox: faults and deliveries</source>
        <translation>S&amp;andbox: Störungen und Zustellungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>S&amp;zenarien</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation>Sperr&amp;liste</translation>
    </message>
    <message>
        <source>Face 2FA</source>
        <translation>Gesichts-2FA</translation>
    </message>
    <message>
        <source>Face &amp;2FA</source>
        <translation>Gesichts-&amp;2FA</translation>
    </message>
    <message>
        <source>Webhook inbox on another port</source>
        <translation>Webhook-Eingang auf einem anderen Port</translation>
    </message>
    <message>
        <source>Try the port again</source>
        <translation>Port erneut versuchen</translation>
    </message>
    <message>
        <source>Webhook inbox on port %1, not %2</source>
        <translation>Webhook-Eingang auf Port %1, nicht %2</translation>
    </message>
    <message>
        <source>Port %1 was taken; a sender pointed at it does not reach the inbox.</source>
        <translation>Port %1 war belegt; ein Absender, der darauf zeigt, erreicht den Eingang nicht.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::PasteTokensDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning, and Add reads all of it.</source>
        <translation>%1 Text eingefügt: Das Feld zeigt seinen Anfang, Hinzufügen liest alles.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning; Add reads the first %2, and the other %3 are left out.</source>
        <translation>%1 Text eingefügt: Das Feld zeigt seinen Anfang; Hinzufügen liest die ersten %2, die übrigen %3 werden weggelassen.</translation>
    </message>
    <message>
        <source>Clear it to type or paste something else.</source>
        <translation>Leeren Sie es, um etwas anderes einzugeben oder einzufügen.</translation>
    </message>
    <message>
        <source>No session token found.</source>
        <translation>Kein Sitzungs-Token gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, all new</source>
        <translation>
            <numerusform>%Ln Token gefunden, neu</numerusform>
            <numerusform>%Ln Tokens gefunden, alle neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, already in the watchlist</source>
        <translation>
            <numerusform>%Ln Token gefunden, schon in der Beobachtungsliste</numerusform>
            <numerusform>%Ln Tokens gefunden, schon in der Beobachtungsliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found: %1 new, %2 already in the watchlist</source>
        <translation>
            <numerusform>%Ln Token gefunden: %1 neu, %2 schon in der Beobachtungsliste</numerusform>
            <numerusform>%Ln Tokens gefunden: %1 neu, %2 schon in der Beobachtungsliste</numerusform>
        </translation>
    </message>
    <message>
        <source>; the rest ignored.</source>
        <translation>; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) ignored, for example %1.</source>
        <translation>
            <numerusform>%Ln Wort ignoriert, zum Beispiel %1.</numerusform>
            <numerusform>%Ln Wörter ignoriert, zum Beispiel %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::PictureFile</name>
    <message>
        <source>%1 is %2 MB; the API takes at most 10 MB.</source>
        <translation>%1 ist %2 MB groß; die API nimmt höchstens 10 MB.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::PollScheduler</name>
    <message>
        <source>The profile&apos;s key is not available yet; polling waits for it.</source>
        <translation>Der Schlüssel des Profils ist noch nicht verfügbar; die Abfrage wartet darauf.</translation>
    </message>
    <message>
        <source>The server asked to slow down (429); polling resumes after the pause.</source>
        <translation>Der Server hat um langsamere Anfragen gebeten (429); die Abfrage wird nach der Pause fortgesetzt.</translation>
    </message>
    <message>
        <source>Polling stopped: %1</source>
        <translation>Abfrage gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Presenter</name>
    <message>
        <source>Presenting a verification demo</source>
        <translation>Eine Verifizierungs-Demo wird präsentiert</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The API version is required, for example 2026-08-13.</source>
        <translation>Die API-Version ist erforderlich, zum Beispiel 2026-08-13.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>Die Wiederholungen müssen zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation>Das Abfrageintervall muss zwischen 1 Sekunde und 1 Stunde liegen.</translation>
    </message>
    <message>
        <source>The webhook secret cannot contain line breaks.</source>
        <translation>Das Webhook-Geheimnis darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation>Zeile %1: Geben Sie einen Header als „Name: Wert“ an.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileDialog</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its key and secret from the keychain? Its sessions stay in the watchlist.</source>
        <translation>Profil „%1“ samt Schlüssel und Geheimnis aus dem Schlüsselbund löschen? Seine Sitzungen bleiben in der Beobachtungsliste.</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (in Verwendung)</translation>
    </message>
    <message>
        <source> — LIVE</source>
        <translation> — LIVE</translation>
    </message>
    <message>
        <source>LIVE key: sessions created with it are real.</source>
        <translation>LIVE-Schlüssel: Damit erstellte Sitzungen sind echt.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>The local sandbox runs inside the console. Its test key and its webhook secret are made anew at each start and work only there; its address is port 9000, or a free one when 9000 is taken.</source>
        <translation>Die lokale Sandbox läuft in der Konsole. Ihr Testschlüssel und ihr Webhook-Geheimnis werden bei jedem Start neu erzeugt und gelten nur dort; ihre Adresse ist Port 9000 oder ein freier, wenn 9000 belegt ist.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileService</name>
    <message>
        <source>The keychain refused to store a secret of profile &quot;%1&quot;: it is kept for this run only and will be asked for again after a restart.</source>
        <translation>Der Schlüsselbund hat das Speichern eines Geheimnisses von Profil „%1“ verweigert: Es wird nur bis zum Beenden des Programms aufbewahrt und nach einem Neustart erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileStore</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>Xident::Console::QrCodeWidget</name>
    <message>
        <source>Too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>Zu lang für einen QR-Code: %1 Bytes, höchstens %2 passen hinein.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>No QR code to show.</source>
        <translation>Kein QR-Code anzuzeigen.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms, attempt %3</source>
        <translation>HTTP %1, %2 ms, Versuch %3</translation>
    </message>
    <message>
        <source>No HTTP answer, %1 ms, attempt %2</source>
        <translation>Keine HTTP-Antwort, %1 ms, Versuch %2</translation>
    </message>
    <message>
        <source>attempt %1; request id %2</source>
        <translation>Versuch %1; Anfrage-ID %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogPane</name>
    <message>
        <source>All exchanges</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Failures (not 2xx, or no answer)</source>
        <translation>Fehler (nicht 2xx oder keine Antwort)</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>%1 of %2 exchanges shown (the last %3 are kept)</source>
        <translation>%1 von %2 Vorgängen angezeigt (die letzten %3 werden aufbewahrt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>HAR (*.har);;JSON (*.json)</source>
        <translation>HAR (*.har);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>All %n exchange(s) shown…</source>
        <translation>
            <numerusform>Den %n angezeigten Vorgang…</numerusform>
            <numerusform>Alle %n angezeigten Vorgänge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected exchange(s)…</source>
        <translation>
            <numerusform>Den %n ausgewählten Vorgang…</numerusform>
            <numerusform>Die %n ausgewählten Vorgänge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n exchange(s)</source>
        <translation>
            <numerusform>%n Vorgang exportieren</numerusform>
            <numerusform>%n Vorgänge exportieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxAdmin</name>
    <message>
        <source>The profile&apos;s base URL is not an http:// or https:// address.</source>
        <translation>Die Basis-URL des Profils ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The sandbox did not answer in time.</source>
        <translation>Die Sandbox hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sandbox cannot be reached: %1</source>
        <translation>Die Sandbox ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server redirects (HTTP %1); redirects are not followed.</source>
        <translation>Der Server leitet um (HTTP %1); Umleitungen werden nicht verfolgt.</translation>
    </message>
    <message>
        <source>The sandbox does not know this session for this key (another key&apos;s, forgotten, or not a sandbox).</source>
        <translation>Die Sandbox kennt diese Sitzung für diesen Schlüssel nicht (die eines anderen Schlüssels, vergessen, oder keine Sandbox).</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1.</source>
        <translation>Die Sandbox hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1: %2</source>
        <translation>Die Sandbox hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The answer is not the sandbox&apos;s: no JSON data object.</source>
        <translation>Die Antwort stammt nicht von der Sandbox: kein JSON-Datenobjekt.</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <source>%1 % of calls answered 500</source>
        <translation>%1 % der Aufrufe mit 500 beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n scripted answer(s)</source>
        <translation>
            <numerusform>%n vorgegebene Antwort</numerusform>
            <numerusform>%n vorgegebene Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 calls a minute</source>
        <translation>höchstens %1 Aufrufe pro Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed answer(s)</source>
        <translation>
            <numerusform>%n fehlerhafte Antwort</numerusform>
            <numerusform>%n fehlerhafte Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxHost</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Die lokale Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Cannot share on %1: %2</source>
        <translation>Freigabe unter %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxPane</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>a proxy&apos;s HTML 502 page</source>
        <translation>die HTML-502-Seite eines Proxys</translation>
    </message>
    <message>
        <source>connection dropped mid-body</source>
        <translation>Verbindung mitten im Body abgebrochen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>The profile in use has a LIVE key: faults and deliveries are a sandbox&apos;s, never production&apos;s.</source>
        <translation>Das verwendete Profil hat einen LIVE-Schlüssel: Störungen und Zustellungen gibt es nur in einer Sandbox, nie in der Produktion.</translation>
    </message>
    <message>
        <source>%1 (%2) does not name itself a sandbox: faults and deliveries exist on the local sandbox and on any xident-sandbox.</source>
        <translation>%1 (%2) weist sich nicht als Sandbox aus: Störungen und Zustellungen gibt es in der lokalen Sandbox und in jeder xident-sandbox.</translation>
    </message>
    <message>
        <source>Scripted answers: &quot;%1&quot; is not an HTTP status (100 to 599).</source>
        <translation>Vorgegebene Antworten: „%1“ ist kein HTTP-Status (100 bis 599).</translation>
    </message>
    <message>
        <source>Scripted answers: at most 1000 statuses.</source>
        <translation>Vorgegebene Antworten: höchstens 1000 Status.</translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation>Die Sandbox hat es nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Active: none; the sandbox serves this key plainly.</source>
        <translation>Aktiv: keine; die Sandbox bedient diesen Schlüssel normal.</translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation>Aktiv: %1.</translation>
    </message>
    <message>
        <source>Could not list the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The newest %1 of %2 deliveries.</source>
        <translation>Die neuesten %1 von %2 Zustellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) for this key.</source>
        <translation>
            <numerusform>%n Zustellung für diesen Schlüssel.</numerusform>
            <numerusform>%n Zustellungen für diesen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery #%1 is being sent again.</source>
        <translation>Zustellung #%1 wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Delivery #%1 was not sent again: %2</source>
        <translation>Zustellung #%1 wurde nicht erneut gesendet: %2</translation>
    </message>
    <message>
        <source>The local sandbox. The faults and deliveries below are this key&apos;s (%1) only.</source>
        <translation>Die lokale Sandbox. Die Störungen und Zustellungen unten gelten nur für diesen Schlüssel (%1).</translation>
    </message>
    <message>
        <source>%1 is the xident-sandbox at %2. The faults and deliveries below are this key&apos;s (%3) only.</source>
        <translation>%1 ist die xident-sandbox unter %2. Die Störungen und Zustellungen unten gelten nur für diesen Schlüssel (%3).</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ScenarioModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
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
</context>
<context>
    <name>Xident::Console::ScenariosPane</name>
    <message>
        <source>Open one or more scenario files (YAML). They run against sandboxes started for them in this program, each scenario with its own key, and never touch a profile&apos;s server.</source>
        <translation>Eine oder mehrere Szenariodateien (YAML) öffnen. Sie laufen gegen Sandboxes, die dieses Programm für sie startet, jedes Szenario mit eigenem Schlüssel, und berühren nie den Server eines Profils.</translation>
    </message>
    <message>
        <source>The scenarios cannot run: %1</source>
        <translation>Die Szenarien können nicht laufen: %1</translation>
    </message>
    <message>
        <source>Open scenario files</source>
        <translation>Szenariodateien öffnen</translation>
    </message>
    <message>
        <source>Scenario files (*.yaml *.yml);;All files (*)</source>
        <translation>Szenariodateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Stop the running scenarios first.</source>
        <translation>Zuerst die laufenden Szenarien stoppen.</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 passed, %4 failed, %5 errors, %6 skipped%7</source>
        <translation>%1 von %2 erledigt: %3 bestanden, %4 fehlgeschlagen, %5 Fehler, %6 übersprungen%7</translation>
    </message>
    <message numerus="yes">
        <source>; %n running</source>
        <translation>
            <numerusform>; %n läuft</numerusform>
            <numerusform>; %n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 (%3, line %4): %5
</source>
        <translation>%1 / %2 (%3, Zeile %4): %5
</translation>
    </message>
    <message>
        <source>Ending: %1 · faults: %2 · receiver: %3
</source>
        <translation>Ende: %1 · Störungen: %2 · Empfänger: %3
</translation>
    </message>
    <message>
        <source>Session: %1 %2
</source>
        <translation>Sitzung: %1 %2
</translation>
    </message>
    <message>
        <source>Request ids: %1
</source>
        <translation>Anfrage-IDs: %1
</translation>
    </message>
    <message>
        <source>Run again from a shell: %1
</source>
        <translation>Erneut in einer Shell ausführen: %1
</translation>
    </message>
    <message>
        <source>Export an HTML report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export a JUnit report</source>
        <translation>JUnit-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The session of the scenario &quot;%1&quot; (%2, line %3), as its last poll read it. Read-only: its key belongs to no profile, so it is not polled and not added to the watchlist.</source>
        <translation>Die Sitzung des Szenarios „%1“ (%2, Zeile %3), wie die letzte Abfrage sie gelesen hat. Schreibgeschützt: Ihr Schlüssel gehört zu keinem Profil, daher wird sie nicht abgefragt und nicht in die Beobachtungsliste aufgenommen.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SecretChooser</name>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Typed secret</source>
        <translation>Eingegebenes Geheimnis</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SecretStore</name>
    <message>
        <source>No keychain service answered; secrets are kept for this session only and will be asked for again after a restart.</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet; Geheimnisse werden nur bis zum Beenden des Programms aufbewahrt und nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; secrets are kept for this session only and will be asked for again after a restart.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; Geheimnisse werden nur bis zum Beenden des Programms aufbewahrt und nach einem Neustart erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionLocator</name>
    <message>
        <source>its key is not available</source>
        <translation>sein Schlüssel ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Found on %1.</source>
        <translation>Gefunden auf %1.</translation>
    </message>
    <message>
        <source>Not found on %1.</source>
        <translation>Nicht gefunden auf %1.</translation>
    </message>
    <message>
        <source>Could not ask %1.</source>
        <translation>Konnte %1 nicht fragen.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>Not asked, being LIVE: %1.</source>
        <translation>Nicht gefragt, da LIVE: %1.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionModel</name>
    <message>
        <source>Polling stopped</source>
        <translation>Abfrage gestoppt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 — last poll failed: %2</source>
        <translation>%1 — letzte Abfrage fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Last polled</source>
        <translation>Zuletzt abgefragt</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling has not confirmed it yet.</source>
        <translation>Webhook %1 empfangen um %2; die Abfrage hat ihn noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling agrees.</source>
        <translation>Webhook %1 empfangen um %2; die Abfrage stimmt überein.</translation>
    </message>
    <message>
        <source>Mismatch: the webhook %1 received at %2 announced &quot;%3&quot;, but polling says &quot;%4&quot;.</source>
        <translation>Widerspruch: Der um %2 empfangene Webhook %1 meldete „%3“, die Abfrage meldet jedoch „%4“.</translation>
    </message>
    <message>
        <source>%1 (found there)</source>
        <translation>%1 (dort gefunden)</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Auch %1.</translation>
    </message>
    <message>
        <source>Ticket and note</source>
        <translation>Ticket und Notiz</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionTracker</name>
    <message>
        <source>%1 The watchlist goes on, but what happens now may not be kept.</source>
        <translation>%1 Die Beobachtungsliste läuft weiter, aber was ab jetzt geschieht, wird möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not polled: its profile no longer exists.</source>
        <translation>Nicht abgefragt: Das zugehörige Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Polling stopped: its profile was deleted.</source>
        <translation>Abfrage gestoppt: Das zugehörige Profil wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SignerWidget</name>
    <message>
        <source>Choose or type a secret first.</source>
        <translation>Wählen Sie zuerst ein Geheimnis aus oder geben Sie eines ein.</translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation.</source>
        <translation>HMAC-SHA256 ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose or type a secret first: the request is signed with it.</source>
        <translation>Wählen Sie zuerst ein Geheimnis aus oder geben Sie eines ein: Die Anfrage wird damit signiert.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::StageWindow</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Language of the demo</source>
        <translation>Sprache der Demo</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>Logo for the stage</source>
        <translation>Logo für die Bühne</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>The phone decides</source>
        <translation>Das Telefon entscheidet</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestehen</translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation>Ablehnen: %1</translation>
    </message>
    <message>
        <source>Only a sandbox can set the outcome beforehand</source>
        <translation>Nur eine Sandbox kann das Ergebnis vorab festlegen</translation>
    </message>
    <message>
        <source>Xident demo</source>
        <translation>Xident-Demo</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <source>A new session and a fresh code (Space, Enter or Page Down)</source>
        <translation>Eine neue Sitzung und ein frischer Code (Leertaste, Eingabe oder Bild ab)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Back to the console (Esc or F11)</source>
        <translation>Zurück zur Konsole (Esc oder F11)</translation>
    </message>
    <message>
        <source>Check the demo</source>
        <translation>Demo prüfen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>QR code of the verification page</source>
        <translation>QR-Code der Prüfseite</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Session …%1</source>
        <translation>Sitzung …%1</translation>
    </message>
    <message>
        <source>Options ●</source>
        <translation>Optionen ●</translation>
    </message>
    <message>
        <source>Outcome set beforehand: pass</source>
        <translation>Ergebnis vorab festgelegt: bestanden</translation>
    </message>
    <message>
        <source>Outcome set beforehand: %1</source>
        <translation>Ergebnis vorab festgelegt: %1</translation>
    </message>
    <message>
        <source>Outcome, language, screen and logo</source>
        <translation>Ergebnis, Sprache, Bildschirm und Logo</translation>
    </message>
</context>
<context>
    <name>Xident::Console::TimelineModel</name>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(zuerst gesehen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received by the webhook inbox; the status it announced before polling confirmed it</source>
        <translation>Vom Webhook-Eingang empfangen; der angekündigte Status, bevor die Abfrage ihn bestätigt hat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::VerdictView</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation>Mit der Sandbox verschwunden</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchlistPane</name>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Open (still polled)</source>
        <translation>Offen (werden noch abgefragt)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled, expired or gone</source>
        <translation>Abgebrochen, abgelaufen oder verschwunden</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Jetzt abfragen</translation>
    </message>
    <message>
        <source>Poll &amp;all now</source>
        <translation>A&amp;lle jetzt abfragen</translation>
    </message>
    <message>
        <source>Pa&amp;use polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume polling</source>
        <translation>Abfragen f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Pause all polling</source>
        <translation>Alle Abfragen pausieren</translation>
    </message>
    <message>
        <source>Resume all polling</source>
        <translation>Alle Abfragen fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>A&amp;bgeschlossene entfernen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Sitzungen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s) from the watchlist and its history?</source>
        <translation>
            <numerusform>%n Sitzung aus der Beobachtungsliste und ihrem Verlauf entfernen?</numerusform>
            <numerusform>%n Sitzungen aus der Beobachtungsliste und ihrem Verlauf entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished session(s).</source>
        <translation>
            <numerusform>%n abgeschlossene Sitzung entfernt.</numerusform>
            <numerusform>%n abgeschlossene Sitzungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) shown</source>
        <translation>
            <numerusform>%1 von %n Sitzung angezeigt</numerusform>
            <numerusform>%1 von %n Sitzungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n session(s) shown.</source>
        <translation>
            <numerusform>%n angezeigte Sitzung exportieren.</numerusform>
            <numerusform>%n angezeigte Sitzungen exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected session(s).</source>
        <translation>
            <numerusform>%n ausgewählte Sitzung exportieren.</numerusform>
            <numerusform>%n ausgewählte Sitzungen exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include user ids (personal data)</source>
        <translation>Benutzer-IDs einbeziehen (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>API keys and webhook secrets are never exported.</source>
        <translation>API-Schlüssel und Webhook-Geheimnisse werden nie exportiert.</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Look it up on the &amp;LIVE profiles too</source>
        <translation>Auch auf den &amp;LIVE-Profilen suchen</translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation>P&amp;rofil wechseln…</translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation>Nach&amp;weis für ein Ticket…</translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation>Diese Person auf die Sperrliste se&amp;tzen…</translation>
    </message>
    <message>
        <source>Select one session.</source>
        <translation>Eine Sitzung wählen.</translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation>Das Gesicht dieser Sitzung sperren, damit jede spätere Verifizierung fehlschlägt</translation>
    </message>
    <message>
        <source>%1; reading older ones from the history…</source>
        <translation>%1; ältere werden noch aus dem Verlauf gelesen…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookCheck</name>
    <message>
        <source>one line</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>LF-Zeilenenden</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>CR line endings</source>
        <translation>CR-Zeilenenden</translation>
    </message>
    <message>
        <source>mixed line endings</source>
        <translation>gemischte Zeilenenden</translation>
    </message>
    <message>
        <source>ends with a newline</source>
        <translation>endet mit einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>no newline at the end</source>
        <translation>kein Zeilenumbruch am Ende</translation>
    </message>
    <message>
        <source>starts with a UTF-8 BOM</source>
        <translation>beginnt mit einer UTF-8-BOM</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInbox</name>
    <message>
        <source>405: only POST is accepted</source>
        <translation>405: nur POST wird akzeptiert</translation>
    </message>
    <message>
        <source>403: sent by a web page in a browser</source>
        <translation>403: von einer Webseite in einem Browser gesendet</translation>
    </message>
    <message numerus="yes">
        <source>not forwarded: %n forward(s) are still waiting for an answer</source>
        <translation>
            <numerusform>nicht weitergeleitet: %n Weiterleitung wartet noch auf Antwort</numerusform>
            <numerusform>nicht weitergeleitet: %n Weiterleitungen warten noch auf Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries (%1 MB waiting)</source>
        <translation>503: frühere Zustellungen werden noch geprüft (%1 MB warten)</translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries</source>
        <translation>503: frühere Zustellungen werden noch geprüft</translation>
    </message>
    <message>
        <source>503: still saving earlier deliveries</source>
        <translation>503: frühere Zustellungen werden noch gespeichert</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation>Webhook-Eingang</translation>
    </message>
    <message>
        <source>Port %1 is taken; the inbox listens on %2 instead.</source>
        <translation>Port %1 ist belegt; der Eingang lauscht stattdessen auf %2.</translation>
    </message>
    <message>
        <source>Forward deliveries</source>
        <translation>Zustellungen weiterleiten</translation>
    </message>
    <message>
        <source>Forward of #%1</source>
        <translation>Weiterleitung von #%1</translation>
    </message>
    <message>
        <source>Replay of #%1</source>
        <translation>Erneutes Senden von #%1</translation>
    </message>
    <message>
        <source>Clear the inbox</source>
        <translation>Eingang leeren</translation>
    </message>
    <message>
        <source>Forget every received webhook, here and in the history?</source>
        <translation>Alle empfangenen Webhooks vergessen, hier und im Verlauf?</translation>
    </message>
    <message>
        <source>The local sandbox delivers its webhooks here. Deliveries are judged by the webhook secrets of your profiles; only this computer can reach it.</source>
        <translation>Die lokale Sandbox stellt ihre Webhooks hierher zu. Zustellungen werden anhand der Webhook-Geheimnisse Ihrer Profile beurteilt; nur dieser Computer kann den Eingang erreichen.</translation>
    </message>
    <message>
        <source>To see the webhooks of &quot;%1&quot; here, point its webhook URL (or a tunnel) at this address. They are judged by its webhook secret; only this computer can reach the receiver.</source>
        <translation>Um die Webhooks von „%1“ hier zu sehen, richten Sie dessen Webhook-URL (oder einen Tunnel) auf diese Adresse. Sie werden anhand seines Webhook-Geheimnisses beurteilt; nur dieser Computer kann den Empfänger erreichen.</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>The webhook inbox is off.</source>
        <translation>Der Webhook-Eingang ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Nothing received yet. Finish a session of the local sandbox, or send a webhook to the receiver&apos;s URL.</source>
        <translation>Noch nichts empfangen. Schließen Sie eine Sitzung der lokalen Sandbox ab oder senden Sie einen Webhook an die URL des Empfängers.</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 — answered %5
</source>
        <translation>%1 %2 von %3 um %4 — beantwortet mit %5
</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2
</source>
        <translation>Befund: %1 — %2
</translation>
    </message>
    <message>
        <source>Event: %1 %2
</source>
        <translation>Ereignis: %1 %2
</translation>
    </message>
    <message>
        <source>Session: %1 (in the watchlist)
</source>
        <translation>Sitzung: %1 (in der Beobachtungsliste)
</translation>
    </message>
    <message>
        <source>
… %1 more; open it in the validator to judge the whole body.</source>
        <translation>
… %1 weitere; öffnen Sie die Anfrage im Prüfer, um den ganzen Inhalt zu beurteilen.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Select a received request first.</source>
        <translation>Wählen Sie zuerst eine empfangene Anfrage aus.</translation>
    </message>
    <message>
        <source>Replay not sent: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Replaying #%1 to %2…</source>
        <translation>#%1 wird erneut an %2 gesendet…</translation>
    </message>
    <message>
        <source>That is the inbox itself: forwarding there would loop.</source>
        <translation>Das ist der Eingang selbst: Eine Weiterleitung dorthin ergäbe eine Schleife.</translation>
    </message>
    <message>
        <source>A request from %1 at %2, refused before it was read — answered %3
</source>
        <translation>Eine Anfrage von %1 um %2, abgelehnt, bevor sie gelesen wurde — beantwortet mit %3
</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht gültig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Matched to a session</source>
        <translation>Einer Sitzung zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed; the latest %1 are kept, with at most %2 of bodies.</source>
        <translation>
            <numerusform>%n Anfrage aufgeführt; die letzten %1 werden aufbewahrt, mit höchstens %2 an Inhalten.</numerusform>
            <numerusform>%n Anfragen aufgeführt; die letzten %1 werden aufbewahrt, mit höchstens %2 an Inhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown; the latest %2 are kept, with at most %3 of bodies.</source>
        <translation>
            <numerusform>%1 von %n Anfrage angezeigt; die letzten %2 werden aufbewahrt, mit höchstens %3 an Inhalten.</numerusform>
            <numerusform>%1 von %n Anfragen angezeigt; die letzten %2 werden aufbewahrt, mit höchstens %3 an Inhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>connection closed mid-answer</source>
        <translation>Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>Off: every delivery is answered 200.</source>
        <translation>Aus: Jede Zustellung wird mit 200 beantwortet.</translation>
    </message>
    <message>
        <source>the connection is cut mid-answer</source>
        <translation>die Verbindung wird mitten in der Antwort getrennt</translation>
    </message>
    <message>
        <source>senders hear %1</source>
        <translation>Absender erhalten %1</translation>
    </message>
    <message numerus="yes">
        <source>On: %1 for the next %n delivery(s).</source>
        <translation>
            <numerusform>An: %1 bei der nächsten Zustellung.</numerusform>
            <numerusform>An: %1 bei den nächsten %n Zustellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: %1 until switched off.</source>
        <translation>An: %1 bis zum Ausschalten.</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>bis zum Ausschalten</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the inbox listens on %2: a sender pointed at %1 reaches something else, or nothing. Point it here, or try %1 again once it is free.</source>
        <translation>Port %1 war belegt, daher lauscht der Eingang auf %2: Ein Absender, der auf %1 zeigt, erreicht etwas anderes oder nichts. Richten Sie ihn hierher, oder versuchen Sie %1 erneut, sobald er frei ist.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookRouter</name>
    <message>
        <source>503: not kept in time; the sender was asked to send it again</source>
        <translation>503: nicht rechtzeitig gespeichert; der Absender wurde gebeten, sie erneut zu senden</translation>
    </message>
    <message>
        <source>Port %1 is taken; the webhook inbox listens on %2 instead.</source>
        <translation>Port %1 ist belegt; der Webhook-Eingang lauscht stattdessen auf %2.</translation>
    </message>
    <message>
        <source>The webhook inbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Der Webhook-Eingang kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Port %1 is still taken (%2); the inbox stays on %3.</source>
        <translation>Port %1 ist noch belegt (%2); der Eingang bleibt auf %3.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookValidatorPane</name>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Hide e&amp;xpected signature</source>
        <translation>&amp;Erwartete Signatur ausblenden</translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation>&amp;Erwartete Signatur anzeigen</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, read-only: a payload this large is judged as loaded, byte for byte. To change it, edit the file in a text editor and open it again.</source>
        <translation>Die ersten %1 von %2 werden schreibgeschützt angezeigt: Nutzdaten dieser Größe werden so beurteilt, wie sie geladen wurden, Byte für Byte. Um sie zu ändern, bearbeiten Sie die Datei in einem Texteditor und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Edit as plain text</source>
        <translation>Als Klartext bearbeiten</translation>
    </message>
    <message>
        <source>In the editor the payload becomes UTF-8 text with %1 line endings: invalid bytes are replaced and line endings made uniform, so the bytes that were loaded change. Edit anyway?</source>
        <translation>Im Editor werden die Nutzdaten zu UTF-8-Text mit Zeilenenden %1: Ungültige Bytes werden ersetzt und Zeilenenden vereinheitlicht, die geladenen Bytes ändern sich also. Trotzdem bearbeiten?</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; the validator takes payloads up to %3.</source>
        <translation>%1 ist %2 groß; der Prüfer nimmt Nutzdaten bis %3 an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 ist größer als %2.</translation>
    </message>
    <message>
        <source>Open a webhook payload</source>
        <translation>Webhook-Nutzdaten öffnen</translation>
    </message>
    <message>
        <source>Payloads (*.json *.txt *.log *.bin);;All files (*)</source>
        <translation>Nutzdaten (*.json *.txt *.log *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Judging %1 on a worker thread.</source>
        <translation>%1 wird in einem Hintergrund-Thread beurteilt.</translation>
    </message>
    <message>
        <source>Paste a payload</source>
        <translation>Nutzdaten einfügen</translation>
    </message>
    <message>
        <source>Paste the body of a webhook (or open or drop a file), then its X-Xident-Signature header.</source>
        <translation>Fügen Sie den Inhalt eines Webhooks ein (oder öffnen Sie eine Datei bzw. ziehen Sie sie hierher), dann seinen X-Xident-Signature-Header.</translation>
    </message>
    <message>
        <source>Found what changed:</source>
        <translation>Gefunden, was sich geändert hat:</translation>
    </message>
    <message>
        <source>Nothing to explain: the payload is the signed bytes.</source>
        <translation>Nichts zu erklären: Die Nutzdaten sind die signierten Bytes.</translation>
    </message>
    <message>
        <source>Forensics look for what changed once the header and secret are given and the signature does not match.</source>
        <translation>Die Forensik sucht nach Änderungen, sobald Header und Geheimnis angegeben sind und die Signatur nicht übereinstimmt.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>Die Nutzdaten sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type: %1
Id: %2
Created: %3</source>
        <translation>Typ: %1
ID: %2
Erstellt: %3</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;session:%1&quot;&gt;Open %1 in the watchlist&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;session:%1&quot;&gt;%1 in der Beobachtungsliste öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Session %1 is not in the watchlist.</source>
        <translation>Sitzung %1 ist nicht in der Beobachtungsliste.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten enthalten ungültiges UTF-8 und gemischte Zeilenenden, die ein Editor ändern würde; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten enthalten ungültiges UTF-8 und CR-Zeilenenden, die ein Editor ändern würde; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten enthalten ungültiges UTF-8, das ein Editor ändern würde; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message>
        <source>Read-only: the payload has mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten haben gemischte Zeilenenden, die ein Editor ändern würde; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message>
        <source>Read-only: the payload has CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten haben CR-Zeilenenden, die ein Editor ändern würde; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message>
        <source>Read-only: the payload has characters a text editor changes, so it is judged exactly as loaded.</source>
        <translation>Schreibgeschützt: Die Nutzdaten enthalten Zeichen, die ein Texteditor ändert; sie werden daher genau so beurteilt, wie sie geladen wurden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes · counting…</source>
        <translation>
            <numerusform>%Ln Byte · wird gezählt…</numerusform>
            <numerusform>%Ln Bytes · wird gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the secret that ver&amp;ifies</source>
        <translation>Passendes Geheimn&amp;is übernehmen</translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation>Passende &amp;Bytes übernehmen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No common accident (line endings, a trailing newline, a BOM, pretty-printing, escapes, white space, quotes, the secret&apos;s prefix), alone or two at once, explains it: the content differs, or the secret is another one.</source>
        <translation>Kein häufiges Versehen (Zeilenenden, abschließender Zeilenumbruch, BOM, Pretty-Printing, Escapes, Leerraum, Anführungszeichen, Präfix des Geheimnisses), allein oder zwei zugleich, erklärt es: Der Inhalt weicht ab, oder es ist ein anderes Geheimnis.</translation>
    </message>
    <message>
        <source>Found two changes at once:</source>
        <translation>Zwei Änderungen zugleich gefunden:</translation>
    </message>
    <message>
        <source>%1 And: %2</source>
        <translation>%1 Und: %2</translation>
    </message>
    <message>
        <source>No common accident, alone or two at once, explains it. Its keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received instead. Otherwise the content differs, or the secret is another one.</source>
        <translation>Kein häufiges Versehen, allein oder zwei zugleich, erklärt es. Seine Schlüssel stehen auf jeder Ebene in alphabetischer Reihenfolge, wie ein Framework sie nach dem Parsen schreibt: Hat Ihr Code den Body geparst und neu serialisiert, prüfen Sie stattdessen den rohen Body, wie er empfangen wurde. Sonst weicht der Inhalt ab, oder es ist ein anderes Geheimnis.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Workspace</name>
    <message>
        <source>Port %1 is taken; the local sandbox listens on %2 instead.</source>
        <translation>Port %1 ist belegt; die lokale Sandbox lauscht stattdessen auf %2.</translation>
    </message>
</context>
</TS>
