<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>Xident::ForensicFinding</name>
    <message>
        <source>Your payload has CRLF (\r\n) line endings; the signed bytes had LF (\n).</source>
        <translation>Votre charge utile a des fins de ligne CRLF (\r\n) ; les octets signés avaient LF (\n).</translation>
    </message>
    <message>
        <source>Your payload has LF (\n) line endings; the signed bytes had CRLF (\r\n).</source>
        <translation>Votre charge utile a des fins de ligne LF (\n) ; les octets signés avaient CRLF (\r\n).</translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\r\n) that the signed bytes did not have.</source>
        <translation>Votre charge utile se termine par un saut de ligne (\r\n) que les octets signés n&apos;avaient pas.</translation>
    </message>
    <message>
        <source>Your payload ends with a line break (\n) that the signed bytes did not have.</source>
        <translation>Votre charge utile se termine par un saut de ligne (\n) que les octets signés n&apos;avaient pas.</translation>
    </message>
    <message>
        <source>The signed bytes ended with a line break that your payload lacks.</source>
        <translation>Les octets signés se terminaient par un saut de ligne qui manque à votre charge utile.</translation>
    </message>
    <message>
        <source>Your payload has white space before or after the JSON that the signed bytes did not have.</source>
        <translation>Votre charge utile a des espaces avant ou après le JSON que les octets signés n&apos;avaient pas.</translation>
    </message>
    <message>
        <source>Your payload starts with a UTF-8 byte order mark (EF BB BF) that the signed bytes did not have.</source>
        <translation>Votre charge utile commence par une marque d&apos;ordre des octets UTF-8 (EF BB BF) que les octets signés n&apos;avaient pas.</translation>
    </message>
    <message>
        <source>The signed bytes started with a UTF-8 byte order mark (EF BB BF) that your payload lacks.</source>
        <translation>Les octets signés commençaient par une marque d&apos;ordre des octets UTF-8 (EF BB BF) qui manque à votre charge utile.</translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes, unescaped.</source>
        <translation>Votre charge utile est le corps tel qu&apos;une ligne de journal le cite ; les octets signés sont le texte entre les guillemets, déséchappé.</translation>
    </message>
    <message>
        <source>Your payload is the body as a log line quotes it; the signed bytes are the text inside the quotes.</source>
        <translation>Votre charge utile est le corps tel qu&apos;une ligne de journal le cite ; les octets signés sont le texte entre les guillemets.</translation>
    </message>
    <message>
        <source>Your payload is pretty-printed JSON; the signed bytes were compact (no spaces or line breaks).</source>
        <translation>Votre charge utile est du JSON indenté ; les octets signés étaient compacts (sans espaces ni sauts de ligne).</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 2.</source>
        <translation>Votre charge utile est du JSON compact ; les octets signés étaient indentés de 2 espaces.</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes were pretty-printed with an indent of 4.</source>
        <translation>Votre charge utile est du JSON compact ; les octets signés étaient indentés de 4 espaces.</translation>
    </message>
    <message>
        <source>Your payload is compact JSON; the signed bytes had a space after each : and , (as Python&apos;s json.dumps writes).</source>
        <translation>Votre charge utile est du JSON compact ; les octets signés avaient une espace après chaque : et , (comme les écrit json.dumps de Python).</translation>
    </message>
    <message>
        <source>Your payload writes / as \/; the signed bytes had a plain /.</source>
        <translation>Votre charge utile écrit / sous la forme \/ ; les octets signés avaient un / simple.</translation>
    </message>
    <message>
        <source>Your payload has a plain /; the signed bytes wrote it as \/ (as PHP does).</source>
        <translation>Votre charge utile a un / simple ; les octets signés l&apos;écrivaient \/ (comme PHP).</translation>
    </message>
    <message>
        <source>Your payload writes non-ASCII characters as \uXXXX escapes; the signed bytes had them as UTF-8.</source>
        <translation>Votre charge utile écrit les caractères non ASCII en échappements \uXXXX ; les octets signés les avaient en UTF-8.</translation>
    </message>
    <message>
        <source>Your payload has non-ASCII characters as UTF-8; the signed bytes wrote them as \uXXXX escapes.</source>
        <translation>Votre charge utile a les caractères non ASCII en UTF-8 ; les octets signés les écrivaient en échappements \uXXXX.</translation>
    </message>
    <message>
        <source>The secret has white space or a line break around it; without it the signature matches.</source>
        <translation>Le secret est entouré d&apos;espaces ou d&apos;un saut de ligne ; sans eux, la signature correspond.</translation>
    </message>
    <message>
        <source>The signature was made with the secret without its whsec_ prefix.</source>
        <translation>La signature a été faite avec le secret sans son préfixe whsec_.</translation>
    </message>
    <message>
        <source>The secret lacks its whsec_ prefix; with it the signature matches.</source>
        <translation>Il manque au secret son préfixe whsec_ ; avec lui, la signature correspond.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::ErrorText</name>
    <message>
        <source>The server refused the API key.</source>
        <translation>Le serveur a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The server refused the request&apos;s parameters.</source>
        <translation>Le serveur a refusé les paramètres de la requête.</translation>
    </message>
    <message>
        <source>The server does not know this session.</source>
        <translation>Le serveur ne connaît pas cette session.</translation>
    </message>
    <message>
        <source>The server asked to slow down (too many requests).</source>
        <translation>Le serveur a demandé de ralentir (trop de requêtes).</translation>
    </message>
    <message>
        <source>The server failed to answer properly (a server error).</source>
        <translation>Le serveur n&apos;a pas répondu correctement (erreur du serveur).</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read.</source>
        <translation>La réponse du serveur était trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed.</source>
        <translation>Le serveur a redirigé la requête ; les redirections ne sont pas suivies.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>The request was not sent: a setting or a value needs a correction.</source>
        <translation>La requête n&apos;a pas été envoyée : un réglage ou une valeur doit être corrigé.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::EvidencePage</name>
    <message>
        <source>The file is larger than %1 MB, the most an evidence file can be.</source>
        <translation>Le fichier dépasse %1 Mo, la taille maximale d&apos;un fichier de preuve.</translation>
    </message>
    <message>
        <source>This is not an evidence file of Xident Console: it holds no evidence data.</source>
        <translation>Ce n&apos;est pas un fichier de preuve de Xident Console : il ne contient aucune donnée de preuve.</translation>
    </message>
    <message>
        <source>The evidence data in this file is damaged: %1.</source>
        <translation>Les données de preuve de ce fichier sont endommagées : %1.</translation>
    </message>
    <message>
        <source>This evidence file has format version %1; this program reads version %2. Open it with a newer Xident Console.</source>
        <translation>Ce fichier de preuve est au format version %1 ; ce programme lit la version %2. Ouvrez-le avec une version plus récente de Xident Console.</translation>
    </message>
    <message>
        <source>Verification evidence</source>
        <translation>Preuve de vérification</translation>
    </message>
    <message>
        <source>Verification evidence for %1</source>
        <translation>Preuve de vérification pour %1</translation>
    </message>
    <message>
        <source>Exported %1 by Xident Console %2 (Xident-Qt %3, Qt %4); evidence format %5.</source>
        <translation>Exporté le %1 par Xident Console %2 (Xident-Qt %3, Qt %4) ; format de preuve %5.</translation>
    </message>
    <message>
        <source>Reply to the customer:</source>
        <translation>Réponse au client :</translation>
    </message>
    <message>
        <source>The result as the server sent it</source>
        <translation>Le résultat tel que le serveur l&apos;a envoyé</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi connue sous</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif de l&apos;échec</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>No checks reported.</source>
        <translation>Aucun contrôle signalé.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Request id or event</source>
        <translation>Identifiant de requête ou événement</translation>
    </message>
    <message>
        <source>Webhooks received</source>
        <translation>Webhooks reçus</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>None of its requests are in the request log any more (it keeps the last exchanges of this run only).</source>
        <translation>Aucune de ses requêtes n&apos;est plus dans le journal des requêtes (il ne garde que les derniers échanges de cette exécution).</translation>
    </message>
    <message>
        <source>The inbox has received no webhook for this session.</source>
        <translation>La boîte de réception n&apos;a reçu aucun webhook pour cette session.</translation>
    </message>
    <message>
        <source>The history holds no status change for this session.</source>
        <translation>L&apos;historique ne contient aucun changement de statut pour cette session.</translation>
    </message>
    <message>
        <source>Not filled: give the console&apos;s history file with --history.</source>
        <translation>Non rempli : indiquez le fichier d&apos;historique de la console avec --history.</translation>
    </message>
    <message>
        <source>The history file holds no such session.</source>
        <translation>Le fichier d&apos;historique ne contient pas cette session.</translation>
    </message>
    <message>
        <source>Not filled: the command line does not receive webhooks; the console&apos;s inbox does.</source>
        <translation>Non rempli : la ligne de commande ne reçoit pas de webhooks ; la boîte de réception de la console, si.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::FaceText</name>
    <message>
        <source>This session has not finished yet: its face can be blacklisted once the session has ended.</source>
        <translation>Cette session n&apos;est pas encore terminée : son visage pourra être mis en liste noire une fois la session achevée.</translation>
    </message>
    <message>
        <source>This session carries no face: sessions that ended without a capture (canceled or expired) and browser-only checks (a self-declaration or a digital wallet) have no face to blacklist.</source>
        <translation>Cette session ne contient aucun visage : les sessions terminées sans capture (annulées ou expirées) et les contrôles dans le navigateur seul (auto-déclaration ou portefeuille numérique) n&apos;ont pas de visage à mettre en liste noire.</translation>
    </message>
    <message>
        <source>The face of this session is no longer kept: faces are kept for 12 months after a session, so an older session cannot be blacklisted. Add a recent image of the person instead.</source>
        <translation>Le visage de cette session n&apos;est plus conservé : les visages sont gardés 12 mois après une session, une session plus ancienne ne peut donc pas être mise en liste noire. Ajoutez plutôt une image récente de la personne.</translation>
    </message>
    <message>
        <source>No session with this token belongs to this profile&apos;s key.</source>
        <translation>Aucune session avec ce jeton n&apos;appartient à la clé de ce profil.</translation>
    </message>
    <message>
        <source>The face does not match the one enrolled for this user.</source>
        <translation>Le visage ne correspond pas à celui enregistré pour cet utilisateur.</translation>
    </message>
    <message>
        <source>No face was found in the image.</source>
        <translation>Aucun visage n&apos;a été trouvé dans l&apos;image.</translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation>Le visage correspond à une entrée de la liste noire.</translation>
    </message>
    <message>
        <source>This user has no face enrolled: enrol one first.</source>
        <translation>Aucun visage n&apos;est enregistré pour cet utilisateur : enregistrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>The image could not be read as a photo (JPEG or PNG).</source>
        <translation>L&apos;image n&apos;a pas pu être lue comme une photo (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>The challenge expired before it was decided.</source>
        <translation>Le défi a expiré avant d&apos;être tranché.</translation>
    </message>
    <message>
        <source>The service failed to decide; try again.</source>
        <translation>Le service n&apos;a pas pu trancher ; réessayez.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Le serveur n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation>Raison du serveur : %1 (inconnue de cette version).</translation>
    </message>
</context>
<context>
    <name>Xident::Text::FailureText</name>
    <message>
        <source>The person is below the required age.</source>
        <translation>La personne n&apos;a pas l&apos;âge requis.</translation>
    </message>
    <message>
        <source>The verification showed an age below the minimum required for this service, so it could not be approved.</source>
        <translation>La vérification a établi un âge inférieur au minimum requis pour ce service ; elle n&apos;a donc pas pu être approuvée.</translation>
    </message>
    <message>
        <source>The date of birth on the document could not be read.</source>
        <translation>La date de naissance sur le document n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>We could not read the date of birth on your document. Please try again with the whole document in view, in good light and without glare.</source>
        <translation>Nous n&apos;avons pas pu lire la date de naissance sur votre document. Veuillez réessayer avec le document entièrement visible, sous un bon éclairage et sans reflets.</translation>
    </message>
    <message>
        <source>The face does not match the document photo.</source>
        <translation>Le visage ne correspond pas à la photo du document.</translation>
    </message>
    <message>
        <source>The face in the selfie did not match the photo on the document. Please make sure you use your own document and try again.</source>
        <translation>Le visage du selfie ne correspondait pas à la photo du document. Veuillez vous assurer d&apos;utiliser votre propre document et réessayer.</translation>
    </message>
    <message>
        <source>No face was found in the camera image.</source>
        <translation>Aucun visage n&apos;a été détecté dans l&apos;image de la caméra.</translation>
    </message>
    <message>
        <source>We could not see a face during the check. Please face the camera in good light, remove anything covering your face, and try again.</source>
        <translation>Nous n&apos;avons pas pu voir de visage pendant le contrôle. Veuillez vous placer face à la caméra sous un bon éclairage, retirer tout ce qui couvre votre visage, puis réessayer.</translation>
    </message>
    <message>
        <source>The document was rejected as not genuine or not accepted.</source>
        <translation>Le document a été rejeté comme non authentique ou non accepté.</translation>
    </message>
    <message>
        <source>The document could not be accepted. Please use a valid, original identity document (not a copy or a photo of a screen).</source>
        <translation>Le document n&apos;a pas pu être accepté. Veuillez utiliser une pièce d&apos;identité originale et valide (pas une copie ni une photo d&apos;écran).</translation>
    </message>
    <message>
        <source>The face matches an entry on the blacklist.</source>
        <translation>Le visage correspond à une entrée de la liste noire.</translation>
    </message>
    <message>
        <source>This verification could not be completed. Please contact our support team for help.</source>
        <translation>Cette vérification n&apos;a pas pu être effectuée. Veuillez contacter notre équipe d&apos;assistance.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Le serveur n&apos;a donné aucun motif.</translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again.</source>
        <translation>La vérification n&apos;a pas pu être effectuée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1 (not one this version knows).</source>
        <translation>Motif du serveur : %1 (inconnu de cette version).</translation>
    </message>
    <message>
        <source>The verification could not be completed. Please try again or contact our support team.</source>
        <translation>La vérification n&apos;a pas pu être effectuée. Veuillez réessayer ou contacter notre équipe d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::Translations</name>
    <message>
        <source>%1: no translation for &quot;%2&quot;; English is used.</source>
        <translation>%1 : pas de traduction pour « %2 » ; l&apos;anglais est utilisé.</translation>
    </message>
</context>
<context>
    <name>Xident::Text::VerdictText</name>
    <message>
        <source>Verified, %1+</source>
        <translation>Vérifié, %1+</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>The person is verified.</source>
        <translation>La personne est vérifiée.</translation>
    </message>
    <message>
        <source>The person is verified (method %1).</source>
        <translation>La personne est vérifiée (méthode %1).</translation>
    </message>
    <message>
        <source>Your verification was completed successfully.</source>
        <translation>Votre vérification a été effectuée avec succès.</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Waiting for the person</source>
        <translation>En attente de la personne</translation>
    </message>
    <message>
        <source>The verification has not been started yet.</source>
        <translation>La vérification n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Your verification has not been started yet. Please open the link you received and follow the steps.</source>
        <translation>Votre vérification n&apos;a pas encore été commencée. Veuillez ouvrir le lien que vous avez reçu et suivre les étapes.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>The person is completing the verification now.</source>
        <translation>La personne effectue la vérification en ce moment.</translation>
    </message>
    <message>
        <source>Your verification is still in progress. Please finish the steps on your device.</source>
        <translation>Votre vérification est toujours en cours. Veuillez terminer les étapes sur votre appareil.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The person stopped the verification.</source>
        <translation>La personne a interrompu la vérification.</translation>
    </message>
    <message>
        <source>The verification was canceled before it finished. You can start a new one at any time.</source>
        <translation>La vérification a été annulée avant la fin. Vous pouvez en commencer une nouvelle à tout moment.</translation>
    </message>
    <message>
        <source>Verified, result used</source>
        <translation>Vérifié, résultat utilisé</translation>
    </message>
    <message>
        <source>The result was already claimed.</source>
        <translation>Le résultat a déjà été récupéré.</translation>
    </message>
    <message>
        <source>Your verification was completed and has already been used.</source>
        <translation>Votre vérification a été effectuée et a déjà été utilisée.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>The link was not completed in time.</source>
        <translation>Le lien n&apos;a pas été complété à temps.</translation>
    </message>
    <message>
        <source>Your verification link expired before it was completed. Please start a new verification.</source>
        <translation>Votre lien de vérification a expiré avant la fin de la vérification. Veuillez commencer une nouvelle vérification.</translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation>Disparue avec le bac à sable</translation>
    </message>
    <message>
        <source>The local sandbox that held this session has stopped, and its sessions with it.</source>
        <translation>Le bac à sable local qui détenait cette session s&apos;est arrêté, et ses sessions avec lui.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>No answer from the server yet.</source>
        <translation>Pas encore de réponse du serveur.</translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation>Détection du vivant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Face match</source>
        <translation>Correspondance du visage</translation>
    </message>
    <message>
        <source>EU wallet</source>
        <translation>Portefeuille européen</translation>
    </message>
    <message>
        <source>Sanctions and PEP lists</source>
        <translation>Listes de sanctions et PPE</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>No profile asked knows this session.</source>
        <translation>Aucun des profils interrogés ne connaît cette session.</translation>
    </message>
    <message>
        <source>Risk band</source>
        <translation>Niveau de risque</translation>
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
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Aucune signature</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Aucun secret</translation>
    </message>
    <message>
        <source>Malformed signature header</source>
        <translation>En-tête de signature mal formé</translation>
    </message>
    <message>
        <source>Timestamp too old</source>
        <translation>Horodatage trop ancien</translation>
    </message>
    <message>
        <source>Timestamp in the future</source>
        <translation>Horodatage dans le futur</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Signature non concordante</translation>
    </message>
    <message>
        <source>Valid signature, but the body is not JSON</source>
        <translation>Signature valide, mais le corps n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Cannot compute signatures</source>
        <translation>Impossible de calculer les signatures</translation>
    </message>
    <message>
        <source>Signature v1 #%1 of %2 matched, signed %3 before %4.</source>
        <translation>La signature v1 n° %1 sur %2 correspond, signée %3 avant %4.</translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 before %2.</source>
        <translation>La signature correspond à la charge utile et au secret ; signée %1 avant %2.</translation>
    </message>
    <message>
        <source>The signature matches the payload and the secret; signed %1 after %2.</source>
        <translation>La signature correspond à la charge utile et au secret ; signée %1 après %2.</translation>
    </message>
    <message>
        <source>Paste the X-Xident-Signature header (the value, or the whole header line).</source>
        <translation>Collez l&apos;en-tête X-Xident-Signature (la valeur, ou toute la ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>Choose the profile whose webhook secret signed it, or type the secret.</source>
        <translation>Choisissez le profil dont le secret de webhook l&apos;a signée, ou saisissez le secret.</translation>
    </message>
    <message>
        <source>The header cannot be read: it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation>L&apos;en-tête est illisible : il devrait être de la forme t=&lt;secondes Unix&gt;,v1=&lt;64 chiffres hexadécimaux&gt;.</translation>
    </message>
    <message>
        <source>The header is malformed (%1): it should read t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation>L&apos;en-tête est mal formé (%1) : il devrait être de la forme t=&lt;secondes Unix&gt;,v1=&lt;64 chiffres hexadécimaux&gt;.</translation>
    </message>
    <message>
        <source>The signature is right, but it was made %1 before %2: outside the tolerance, so a receiver rejects it as a possible replay. Evaluate it at the time it was received to check the rest.</source>
        <translation>La signature est correcte, mais elle a été produite %1 avant %2 : hors de la tolérance, un récepteur la rejette donc comme un rejeu possible. Évaluez-la à l&apos;heure de sa réception pour vérifier le reste.</translation>
    </message>
    <message>
        <source>The signature is right, but its timestamp is %1 after %2: the sender&apos;s clock or this one is wrong.</source>
        <translation>La signature est correcte, mais son horodatage est %1 après %2 : l&apos;horloge de l&apos;expéditeur ou celle de cet ordinateur est fausse.</translation>
    </message>
    <message>
        <source>No v1 value in the header is 64 hex digits, so none can match.</source>
        <translation>Aucune valeur v1 de l&apos;en-tête ne compte 64 chiffres hexadécimaux ; aucune ne peut donc correspondre.</translation>
    </message>
    <message>
        <source>The payload is not the bytes that were signed, or the secret is not the one that signed it.</source>
        <translation>La charge utile ne correspond pas aux octets signés, ou le secret n&apos;est pas celui qui l&apos;a signée.</translation>
    </message>
    <message>
        <source>None of the %1 signatures matches: the payload is not the bytes that were signed, or the secret is not the one that signed them.</source>
        <translation>Aucune des %1 signatures ne correspond : la charge utile ne correspond pas aux octets signés, ou le secret n&apos;est pas celui qui les a signés.</translation>
    </message>
    <message>
        <source>The bytes are the ones that were signed, but they are not a JSON object, so no receiver can read the event.</source>
        <translation>Les octets sont bien ceux qui ont été signés, mais ils ne forment pas un objet JSON ; aucun récepteur ne peut donc lire l&apos;événement.</translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation. This is not a verdict on the webhook.</source>
        <translation>HMAC-SHA256 n&apos;est pas disponible dans cette installation. Ce n&apos;est pas un verdict sur le webhook.</translation>
    </message>
    <message>
        <source>an item without &quot;name=value&quot;</source>
        <translation>un élément sans « name=value »</translation>
    </message>
    <message>
        <source>t= appears twice</source>
        <translation>t= apparaît deux fois</translation>
    </message>
    <message>
        <source>t= is not a Unix time in seconds</source>
        <translation>t= n&apos;est pas un temps Unix en secondes</translation>
    </message>
    <message>
        <source>no t= timestamp</source>
        <translation>pas d&apos;horodatage t=</translation>
    </message>
    <message>
        <source>no v1= signature</source>
        <translation>pas de signature v1=</translation>
    </message>
    <message>
        <source>no v1= value is 64 hex digits</source>
        <translation>aucune valeur v1= n&apos;a 64 chiffres hexadécimaux</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
</TS>
