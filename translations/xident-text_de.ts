<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
</context>
<context>
    <name>Xident::ForensicFinding</name>
    <message>
        <source>Your payload has CRLF (\r\n) line endings; the signed bytes had LF (\n).</source>
        <translation>Ihre Nutzdaten haben CRLF-Zeilenenden (\r\n); die signierten Bytes hatten LF (\n).</translation>
    </message>
    <message>
        <source>Your payload has LF (\n) line endings; the signed bytes had CRLF (\r\n).</source>
        <translation>Ihre Nutzdaten haben LF-Zeilenenden (\n); die signierten Bytes hatten CRLF (\r\n).</translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\r\n) that the signed bytes did not have.</source>
        <translation>Ihre Nutzdaten enden mit einem Zeilenumbruch (\r\n), den die signierten Bytes nicht hatten.</translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\n) that the signed bytes did not have.</source>
        <translation>Ihre Nutzdaten enden mit einem Zeilenumbruch (\n), den die signierten Bytes nicht hatten.</translation>
    </message>
    <message>
        <source>The signed bytes ended with a line break that your payload lacks.</source>
        <translation>Die signierten Bytes endeten mit einem Zeilenumbruch, der Ihren Nutzdaten fehlt.</translation>
    </message>
    <message>
        <source>Your payload has white space before or after the JSON that the signed bytes did not have.</source>
        <translation>Ihre Nutzdaten haben vor oder nach dem JSON Leerraum, den die signierten Bytes nicht hatten.</translation>
    </message>
    <message>
        <source>Your payload starts with a UTF-8 byte order mark (EF BB BF) that the signed bytes did not have.</source>
        <translation>Ihre Nutzdaten beginnen mit einer UTF-8-Bytereihenfolgemarke (EF BB BF), die die signierten Bytes nicht hatten.</translation>
    </message>
    <message>
        <source>The signed bytes started with a UTF-8 byte order mark (EF BB BF) that your payload lacks.</source>
        <translation>Die signierten Bytes begannen mit einer UTF-8-Bytereihenfolgemarke (EF BB BF), die Ihren Nutzdaten fehlt.</translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes, unescaped.</source>
        <translation>Ihre Nutzdaten sind der Inhalt, wie eine Protokollzeile ihn zitiert; signiert wurde der Text in den Anführungszeichen, ohne Escape-Sequenzen.</translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes.</source>
        <translation>Ihre Nutzdaten sind der Inhalt, wie eine Protokollzeile ihn zitiert; signiert wurde der Text in den Anführungszeichen.</translation>
    </message>
    <message>
        <source>Your payload is pretty-printed JSON; the signed bytes were compact (no spaces or line breaks).</source>
        <translation>Ihre Nutzdaten sind formatiertes JSON; die signierten Bytes waren kompakt (ohne Leerzeichen und Zeilenumbrüche).</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 2.</source>
        <translation>Ihre Nutzdaten sind kompaktes JSON; die signierten Bytes waren mit 2 Leerzeichen Einrückung formatiert.</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 4.</source>
        <translation>Ihre Nutzdaten sind kompaktes JSON; die signierten Bytes waren mit 4 Leerzeichen Einrückung formatiert.</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes had a space after each : and , (as Python&apos;s json.dumps writes).</source>
        <translation>Ihre Nutzdaten sind kompaktes JSON; die signierten Bytes hatten ein Leerzeichen nach jedem : und , (so, wie Pythons json.dumps schreibt).</translation>
    </message>
    <message>
        <source>Your payload writes / as \/; the signed bytes had a plain /.</source>
        <translation>Ihre Nutzdaten schreiben / als \/; die signierten Bytes hatten ein einfaches /.</translation>
    </message>
    <message>
        <source>Your payload has a plain /; the signed bytes wrote it as \/ (as PHP does).</source>
        <translation>Ihre Nutzdaten haben ein einfaches /; die signierten Bytes schrieben es als \/ (wie PHP).</translation>
    </message>
    <message>
        <source>Your payload writes non-ASCII characters as \uXXXX escapes; the signed bytes had them as UTF-8.</source>
        <translation>Ihre Nutzdaten schreiben Nicht-ASCII-Zeichen als \uXXXX-Escapes; die signierten Bytes hatten sie als UTF-8.</translation>
    </message>
    <message>
        <source>Your payload has non-ASCII characters as UTF-8; the signed bytes wrote them as \uXXXX escapes.</source>
        <translation>Ihre Nutzdaten haben Nicht-ASCII-Zeichen als UTF-8; die signierten Bytes schrieben sie als \uXXXX-Escapes.</translation>
    </message>
    <message>
        <source>The secret has white space or a line break around it; without it the signature matches.</source>
        <translation>Das Geheimnis ist von Leerraum oder einem Zeilenumbruch umgeben; ohne diesen stimmt die Signatur.</translation>
    </message>
    <message>
        <source>The signature was made with the secret without its whsec_ prefix.</source>
        <translation>Die Signatur wurde mit dem Geheimnis ohne sein Präfix whsec_ erstellt.</translation>
    </message>
    <message>
        <source>The secret lacks its whsec_ prefix; with it the signature matches.</source>
        <translation>Dem Geheimnis fehlt sein Präfix whsec_; damit stimmt die Signatur.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::ErrorText</name>
    <message>
        <source>The server refused the API key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the request&apos;s parameters.</source>
        <translation>Der Server hat die Parameter der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not know this session.</source>
        <translation>Der Server kennt diese Sitzung nicht.</translation>
    </message>
    <message>
        <source>The server asked to slow down (too many requests).</source>
        <translation>Der Server hat um langsamere Anfragen gebeten (zu viele Anfragen).</translation>
    </message>
    <message>
        <source>The server failed to answer properly (a server error).</source>
        <translation>Der Server hat nicht ordnungsgemäß geantwortet (ein Serverfehler).</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read.</source>
        <translation>Die Antwort des Servers war zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed.</source>
        <translation>Der Server hat die Anfrage umgeleitet; Umleitungen werden nicht verfolgt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>The request was not sent: a setting or a value needs a correction.</source>
        <translation>Die Anfrage wurde nicht gesendet: Eine Einstellung oder ein Wert muss korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::EvidencePage</name>
    <message>
        <source>The file is larger than %1 MB, the most an evidence file can be.</source>
        <translation>Die Datei ist größer als %1 MB, die Höchstgröße einer Nachweisdatei.</translation>
    </message>
    <message>
        <source>This is not an evidence file of Xident Console: it holds no evidence data.</source>
        <translation>Dies ist keine Nachweisdatei von Xident Console: Sie enthält keine Nachweisdaten.</translation>
    </message>
    <message>
        <source>The evidence data in this file is damaged: %1.</source>
        <translation>Die Nachweisdaten dieser Datei sind beschädigt: %1.</translation>
    </message>
    <message>
        <source>This evidence file has format version %1; this program reads version %2. Open it with a newer Xident Console.</source>
        <translation>Diese Nachweisdatei hat die Formatversion %1; dieses Programm liest Version %2. Öffnen Sie sie mit einer neueren Xident Console.</translation>
    </message>
    <message>
        <source>Verification evidence</source>
        <translation>Nachweis der Verifizierung</translation>
    </message>
    <message>
        <source>Verification evidence for %1</source>
        <translation>Nachweis der Verifizierung für %1</translation>
    </message>
    <message>
        <source>Exported %1 by Xident Console %2 (Xident-Qt %3, Qt %4); evidence format %5.</source>
        <translation>Exportiert am %1 von Xident Console %2 (Xident-Qt %3, Qt %4); Nachweisformat %5.</translation>
    </message>
    <message>
        <source>Reply to the customer:</source>
        <translation>Antwort an den Kunden:</translation>
    </message>
    <message>
        <source>The result as the server sent it</source>
        <translation>Das Ergebnis, wie der Server es gesendet hat</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungs-Token</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
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
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>No checks reported.</source>
        <translation>Keine Prüfungen gemeldet.</translation>
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
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Request id or event</source>
        <translation>Anfrage-ID oder Ereignis</translation>
    </message>
    <message>
        <source>Webhooks received</source>
        <translation>Empfangene Webhooks</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>None of its requests are in the request log any more (it keeps the last exchanges of this run only).</source>
        <translation>Keine ihrer Anfragen ist mehr im Anfrageprotokoll (es behält nur die letzten Anfragen dieses Laufs).</translation>
    </message>
    <message>
        <source>The inbox has received no webhook for this session.</source>
        <translation>Der Webhook-Eingang hat für diese Sitzung keinen Webhook empfangen.</translation>
    </message>
    <message>
        <source>The history holds no status change for this session.</source>
        <translation>Der Verlauf enthält keine Statusänderung für diese Sitzung.</translation>
    </message>
    <message>
        <source>Not filled: give the console&apos;s history file with --history.</source>
        <translation>Nicht gefüllt: Geben Sie die Verlaufsdatei der Konsole mit --history an.</translation>
    </message>
    <message>
        <source>The history file holds no such session.</source>
        <translation>Die Verlaufsdatei enthält keine solche Sitzung.</translation>
    </message>
    <message>
        <source>Not filled: the command line does not receive webhooks; the console&apos;s inbox does.</source>
        <translation>Nicht gefüllt: Die Kommandozeile empfängt keine Webhooks; der Webhook-Eingang der Konsole schon.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::FaceText</name>
    <message>
        <source>This session has not finished yet: its face can be blacklisted once the session has ended.</source>
        <translation>Diese Sitzung ist noch nicht beendet: Ihr Gesicht kann gesperrt werden, sobald die Sitzung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This session carries no face: sessions that ended without a capture (canceled or expired) and browser-only checks (a self-declaration or a digital wallet) have no face to blacklist.</source>
        <translation>Diese Sitzung enthält kein Gesicht: Sitzungen ohne Aufnahme (abgebrochen oder abgelaufen) und reine Browser-Prüfungen (Selbstauskunft oder digitale Brieftasche) haben kein Gesicht zum Sperren.</translation>
    </message>
    <message>
        <source>The face of this session is no longer kept: faces are kept for 12 months after a session, so an older session cannot be blacklisted. Add a recent image of the person instead.</source>
        <translation>Das Gesicht dieser Sitzung wird nicht mehr aufbewahrt: Gesichter werden 12 Monate nach einer Sitzung aufbewahrt, eine ältere Sitzung kann also nicht gesperrt werden. Stattdessen ein aktuelles Bild der Person hinzufügen.</translation>
    </message>
    <message>
        <source>No session with this token belongs to this profile&apos;s key.</source>
        <translation>Keine Sitzung mit diesem Token gehört zum Schlüssel dieses Profils.</translation>
    </message>
    <message>
        <source>The face does not match the one enrolled for this user.</source>
        <translation>Das Gesicht passt nicht zu dem für diesen Benutzer registrierten.</translation>
    </message>
    <message>
        <source>No face was found in the image.</source>
        <translation>Im Bild wurde kein Gesicht gefunden.</translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation>Das Gesicht passt zu einem Eintrag der Sperrliste.</translation>
    </message>
    <message>
        <source>This user has no face enrolled: enrol one first.</source>
        <translation>Für diesen Benutzer ist kein Gesicht registriert: zuerst eines registrieren.</translation>
    </message>
    <message>
        <source>The image could not be read as a photo (JPEG or PNG).</source>
        <translation>Das Bild konnte nicht als Foto gelesen werden (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>The challenge expired before it was decided.</source>
        <translation>Die Prüfung ist abgelaufen, bevor sie entschieden wurde.</translation>
    </message>
    <message>
        <source>The service failed to decide; try again.</source>
        <translation>Der Dienst konnte nicht entscheiden; erneut versuchen.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation>Grund des Servers: %1 (dieser Version unbekannt).</translation>
    </message>
</context>
<context>
    <name>Xident::Text::FailureText</name>
    <message>
        <source>The person is below the required age.</source>
        <translation>Die Person hat das erforderliche Mindestalter nicht erreicht.</translation>
    </message>
    <message>
        <source>The verification showed an age below the minimum required for this service, so it could not be approved.</source>
        <translation>Die Verifizierung ergab ein Alter unter dem für diesen Dienst erforderlichen Mindestalter; daher konnte sie nicht genehmigt werden.</translation>
    </message>
    <message>
        <source>The date of birth on the document could not be read.</source>
        <translation>Das Geburtsdatum auf dem Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>We could not read the date of birth on your document. Please try again with the whole document in view, in good light and without glare.</source>
        <translation>Wir konnten das Geburtsdatum auf Ihrem Dokument nicht lesen. Bitte versuchen Sie es erneut – mit dem ganzen Dokument im Bild, bei gutem Licht und ohne Spiegelungen.</translation>
    </message>
    <message>
        <source>The face does not match the document photo.</source>
        <translation>Das Gesicht stimmt nicht mit dem Foto im Dokument überein.</translation>
    </message>
    <message>
        <source>The face in the selfie did not match the photo on the document. Please make sure you use your own document and try again.</source>
        <translation>Das Gesicht im Selfie stimmte nicht mit dem Foto auf dem Dokument überein. Bitte verwenden Sie Ihr eigenes Dokument und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No face was found in the camera image.</source>
        <translation>Im Kamerabild wurde kein Gesicht gefunden.</translation>
    </message>
    <message>
        <source>We could not see a face during the check. Please face the camera in good light, remove anything covering your face, and try again.</source>
        <translation>Während der Prüfung war kein Gesicht zu sehen. Bitte schauen Sie bei gutem Licht in die Kamera, entfernen Sie alles, was Ihr Gesicht verdeckt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The document was rejected as not genuine or not accepted.</source>
        <translation>Das Dokument wurde als nicht echt oder nicht zulässig abgelehnt.</translation>
    </message>
    <message>
        <source>The document could not be accepted. Please use a valid, original identity document (not a copy or a photo of a screen).</source>
        <translation>Das Dokument konnte nicht akzeptiert werden. Bitte verwenden Sie ein gültiges Original-Ausweisdokument (keine Kopie und kein Foto eines Bildschirms).</translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation>Das Gesicht stimmt mit einem Eintrag auf der Sperrliste überein.</translation>
    </message>
    <message>
        <source>This verification could not be completed. Please contact our support team for help.</source>
        <translation>Diese Verifizierung konnte nicht abgeschlossen werden. Bitte wenden Sie sich an unser Support-Team.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again.</source>
        <translation>Die Verifizierung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation>Grund laut Server: %1 (dieser Version nicht bekannt).</translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again or contact our support team.</source>
        <translation>Die Verifizierung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut oder wenden Sie sich an unser Support-Team.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::Translations</name>
    <message>
        <source>%1: no translation for &quot;%2&quot;; English is used.</source>
        <translation>%1: keine Übersetzung für „%2“; es wird Englisch verwendet.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::VerdictText</name>
    <message>
        <source>Verified, %1+</source>
        <translation>Verifiziert, %1+</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>The person is verified.</source>
        <translation>Die Person ist verifiziert.</translation>
    </message>
    <message>
        <source>The person is verified (method %1).</source>
        <translation>Die Person ist verifiziert (Methode %1).</translation>
    </message>
    <message>
        <source>Your verification was completed successfully.</source>
        <translation>Ihre Verifizierung wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Waiting for the person</source>
        <translation>Warten auf die Person</translation>
    </message>
    <message>
        <source>The verification has not been started yet.</source>
        <translation>Die Verifizierung wurde noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Your verification has not been started yet. Please open the link you received and follow the steps.</source>
        <translation>Ihre Verifizierung wurde noch nicht begonnen. Bitte öffnen Sie den Link, den Sie erhalten haben, und folgen Sie den Schritten.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>The person is completing the verification now.</source>
        <translation>Die Person führt die Verifizierung gerade durch.</translation>
    </message>
    <message>
        <source>Your verification is still in progress. Please finish the steps on your device.</source>
        <translation>Ihre Verifizierung läuft noch. Bitte schließen Sie die Schritte auf Ihrem Gerät ab.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The person stopped the verification.</source>
        <translation>Die Person hat die Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>The verification was canceled before it finished. You can start a new one at any time.</source>
        <translation>Die Verifizierung wurde abgebrochen, bevor sie abgeschlossen war. Sie können jederzeit eine neue beginnen.</translation>
    </message>
    <message>
        <source>Verified, result used</source>
        <translation>Verifiziert, Ergebnis verwendet</translation>
    </message>
    <message>
        <source>The result was already claimed.</source>
        <translation>Das Ergebnis wurde bereits abgerufen.</translation>
    </message>
    <message>
        <source>Your verification was completed and has already been used.</source>
        <translation>Ihre Verifizierung wurde abgeschlossen und bereits verwendet.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>The link was not completed in time.</source>
        <translation>Der Link wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Your verification link expired before it was completed. Please start a new verification.</source>
        <translation>Ihr Verifizierungslink ist abgelaufen, bevor die Verifizierung abgeschlossen wurde. Bitte beginnen Sie eine neue Verifizierung.</translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation>Mit der Sandbox verschwunden</translation>
    </message>
    <message>
        <source>The local sandbox that held this session has stopped, and its sessions with it.</source>
        <translation>Die lokale Sandbox, die diese Sitzung hielt, wurde beendet, und mit ihr ihre Sitzungen.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>No answer from the server yet.</source>
        <translation>Noch keine Antwort vom Server.</translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation>Lebenderkennung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Face match</source>
        <translation>Gesichtsabgleich</translation>
    </message>
    <message>
        <source>EU wallet</source>
        <translation>EU-Wallet</translation>
    </message>
    <message>
        <source>Sanctions and PEP lists</source>
        <translation>Sanktions- und PEP-Listen</translation>
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
        <source>Risk band</source>
        <translation>Risikostufe</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tage %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Kein Geheimnis</translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation>Fehlerhafter Signatur-Header</translation>
    </message>
    <message>
        <source>Timestamp too old</source>
        <translation>Zeitstempel zu alt</translation>
    </message>
    <message>
        <source>Timestamp in the future</source>
        <translation>Zeitstempel in der Zukunft</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>Valid signature, but the body is not JSON</source>
        <translation>Gültige Signatur, aber der Inhalt ist kein JSON</translation>
    </message>
    <message>
        <source>Cannot compute signatures</source>
        <translation>Signaturen können nicht berechnet werden</translation>
    </message>
    <message>
        <source>Signature v1 #%1 of %2 matched, signed %3 before %4.</source>
        <translation>Signatur v1 #%1 von %2 stimmt überein; signiert %3 früher als %4.</translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 before %2.</source>
        <translation>Die Signatur passt zu Nutzdaten und Geheimnis; signiert %1 vor %2.</translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 after %2.</source>
        <translation>Die Signatur passt zu Nutzdaten und Geheimnis; signiert %1 nach %2.</translation>
    </message>
    <message>
        <source>Paste the X-Xident-Signature header (the value, or the whole header line).</source>
        <translation>Fügen Sie den X-Xident-Signature-Header ein (den Wert oder die ganze Header-Zeile).</translation>
    </message>
    <message>
        <source>Choose the profile whose webhook secret signed it, or type the secret.</source>
        <translation>Wählen Sie das Profil, mit dessen Webhook-Geheimnis signiert wurde, oder geben Sie das Geheimnis ein.</translation>
    </message>
    <message>
        <source>The header cannot be read: it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation>Der Header ist nicht lesbar: Er sollte t=&lt;Unix-Sekunden&gt;,v1=&lt;64 Hex-Ziffern&gt; lauten.</translation>
    </message>
    <message>
        <source>The header is malformed (%1): it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation>Der Header ist fehlerhaft (%1): Er sollte t=&lt;Unix-Sekunden&gt;,v1=&lt;64 Hex-Ziffern&gt; lauten.</translation>
    </message>
    <message>
        <source>The signature is right, but it was made %1 before %2: outside the tolerance, so a receiver rejects it as a possible replay. Evaluate it at the time it was received to check the rest.</source>
        <translation>Die Signatur ist korrekt, wurde aber %1 früher als %2 erstellt: außerhalb der Toleranz, daher lehnt ein Empfänger sie als mögliches Replay ab. Prüfen Sie zum Empfangszeitpunkt, um den Rest zu kontrollieren.</translation>
    </message>
    <message>
        <source>The signature is right, but its timestamp is %1 after %2: the sender&apos;s clock or this one is wrong.</source>
        <translation>Die Signatur ist korrekt, aber ihr Zeitstempel liegt %1 später als %2: Die Uhr des Absenders oder die dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>No v1 value in the header is 64 hex digits, so none can match.</source>
        <translation>Kein v1-Wert im Header besteht aus 64 Hex-Ziffern, daher kann keiner übereinstimmen.</translation>
    </message>
    <message>
        <source>The payload is not the bytes that were signed, or the secret is not the one that signed it.</source>
        <translation>Die Nutzdaten sind nicht die signierten Bytes, oder das Geheimnis ist nicht das, mit dem signiert wurde.</translation>
    </message>
    <message>
        <source>None of the %1 signatures matches: the payload is not the bytes that were signed, or the secret is not the one that signed them.</source>
        <translation>Keine der %1 Signaturen stimmt überein: Die Nutzdaten sind nicht die signierten Bytes, oder das Geheimnis ist nicht das, mit dem sie signiert wurden.</translation>
    </message>
    <message>
        <source>The bytes are the ones that were signed, but they are not a JSON object, so no receiver can read the event.</source>
        <translation>Die Bytes sind die signierten, bilden aber kein JSON-Objekt, daher kann kein Empfänger das Ereignis lesen.</translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation. This is not a verdict on the webhook.</source>
        <translation>HMAC-SHA256 ist in dieser Installation nicht verfügbar. Dies ist kein Befund über den Webhook.</translation>
    </message>
    <message>
        <source>an item without &quot;name=value&quot;</source>
        <translation>ein Eintrag ohne „name=value“</translation>
    </message>
    <message>
        <source>t= appears twice</source>
        <translation>t= kommt zweimal vor</translation>
    </message>
    <message>
        <source>t= is not a Unix time in seconds</source>
        <translation>t= ist keine Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>no t= timestamp</source>
        <translation>kein Zeitstempel t=</translation>
    </message>
    <message>
        <source>no v1= signature</source>
        <translation>keine Signatur v1=</translation>
    </message>
    <message>
        <source>no v1= value is 64 hex digits</source>
        <translation>kein v1=-Wert hat 64 Hexadezimalziffern</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
</TS>
