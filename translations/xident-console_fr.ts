<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xident Console</source>
        <translation>À propos de Xident Console</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>BlacklistPane</name>
    <message>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trer :</translation>
    </message>
    <message>
        <source>Filter the entries of this page</source>
        <translation>Filtrer les entrées de cette page</translation>
    </message>
    <message>
        <source>Id, source, session or reason on this page</source>
        <translation>ID, source, session ou raison sur cette page</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Ask the API for this page again</source>
        <translation>Redemander cette page à l&apos;API</translation>
    </message>
    <message>
        <source>Blacklist entries</source>
        <translation>Entrées de la liste noire</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page and total</source>
        <translation>Page et total</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nte</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Entries per pa&amp;ge:</source>
        <translation>Entrées par pa&amp;ge :</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Entrées par page</translation>
    </message>
    <message>
        <source>Add an &amp;image…</source>
        <translation>Ajouter une &amp;image…</translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (at most 10 MB); you can also drop a picture on this pane</source>
        <translation>Mettre en liste noire le visage d&apos;une image (10 Mo au plus) ; vous pouvez aussi déposer une image sur ce panneau</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>Remove the selected entry from the blacklist</source>
        <translation>Retirer l&apos;entrée choisie de la liste noire</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Copier en co&amp;de</translation>
    </message>
    <message>
        <source>Reading this page as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>La lecture de cette page en curl, Python, PHP ou C++ ; la clé est lue dans XIDENT_SECRET_KEY, jamais écrite</translation>
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
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Parameters of POST /init</source>
        <translation>Paramètres de POST /init</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>URL de ra&amp;ppel :</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>https://your-shop.example/verified (required)</source>
        <translation>https://your-shop.example/verified (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Minimum age:</source>
        <translation>Âge &amp;minimum :</translation>
    </message>
    <message>
        <source>Send a minimum age</source>
        <translation>Envoyer un âge minimum</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID &amp;utilisateur :</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>your own id for the person (optional)</source>
        <translation>votre propre identifiant pour la personne (facultatif)</translation>
    </message>
    <message>
        <source>Ma&amp;gic outcome</source>
        <translation>Résultat ma&amp;gique</translation>
    </message>
    <message>
        <source>Magic outcome</source>
        <translation>Résultat magique</translation>
    </message>
    <message>
        <source>Success UR&amp;L:</source>
        <translation>UR&amp;L de réussite :</translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation>URL de réussite</translation>
    </message>
    <message>
        <source>optional redirect after a pass</source>
        <translation>redirection facultative après une réussite</translation>
    </message>
    <message>
        <source>Fa&amp;iled URL:</source>
        <translation>URL d&apos;éc&amp;hec :</translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation>URL d&apos;échec</translation>
    </message>
    <message>
        <source>optional redirect after a failure</source>
        <translation>redirection facultative après un échec</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Liveness &amp;difficulty:</source>
        <translation>&amp;Difficulté de la détection du vivant :</translation>
    </message>
    <message>
        <source>Liveness difficulty</source>
        <translation>Difficulté de la détection du vivant</translation>
    </message>
    <message>
        <source>Verification mod&amp;e:</source>
        <translation>Mode de &amp;vérification :</translation>
    </message>
    <message>
        <source>Verification mode</source>
        <translation>Mode de vérification</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;inalité :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Metad&amp;ata (JSON):</source>
        <translation>Métad&amp;onnées (JSON) :</translation>
    </message>
    <message>
        <source>Metadata as JSON</source>
        <translation>Métadonnées au format JSON</translation>
    </message>
    <message>
        <source>{&quot;order&quot;: &quot;A-1001&quot;} (optional)</source>
        <translation>{&quot;order&quot;: &quot;A-1001&quot;} (facultatif)</translation>
    </message>
    <message>
        <source>C&amp;reate session</source>
        <translation>C&amp;réer la session</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The session was not created</source>
        <translation>La session n&apos;a pas été créée</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID de requête :</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Verify URL:</source>
        <translation>URL de vérification :</translation>
    </message>
    <message>
        <source>Verify URL</source>
        <translation>URL de vérification</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open verify URL in the browser</source>
        <translation>Ouvrir l&apos;URL de vérification dans le navigateur</translation>
    </message>
    <message>
        <source>Copy verify URL</source>
        <translation>Copier l&apos;URL de vérification</translation>
    </message>
    <message>
        <source>Token valid:</source>
        <translation>Validité du jeton :</translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation>Accessi&amp;ble depuis mon téléphone…</translation>
    </message>
    <message>
        <source>Serve the verification pages on this computer&apos;s network address too, so a phone can open them</source>
        <translation>Servir aussi les pages de vérification sur l&apos;adresse réseau de cet ordinateur, pour qu&apos;un téléphone puisse les ouvrir</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>The same parameters, a new token</source>
        <translation>Mêmes paramètres, nouveau jeton</translation>
    </message>
    <message>
        <source>Show in watchlist</source>
        <translation>Afficher dans la liste de suivi</translation>
    </message>
    <message>
        <source>&amp;Copy as code</source>
        <translation>Copier en code e&amp;xécutable</translation>
    </message>
    <message>
        <source>This form&apos;s call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>L&apos;appel de ce formulaire en curl, Python, PHP ou C++ ; la clé est lue dans XIDENT_SECRET_KEY, jamais écrite</translation>
    </message>
    <message>
        <source>Remember the user id a&amp;nd metadata for this profile</source>
        <translation>Mémoriser l&apos;ID utilisateur et les métadonnées de ce profil, &amp;jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>Off unless you ask: a user id is personal data, and the settings file keeps it in plain text</source>
        <translation>Désactivé sauf demande : un ID utilisateur est une donnée personnelle, et le fichier de réglages le garde en clair</translation>
    </message>
</context>
<context>
    <name>Face2faPane</name>
    <message>
        <source>Face 2FA</source>
        <translation>2FA par visage</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID &amp;utilisateur :</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>The id your application knows the person by</source>
        <translation>L&apos;ID sous lequel votre application connaît la personne</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Consu&amp;lter</translation>
    </message>
    <message>
        <source>Whether this user has a face enrolled, and since when</source>
        <translation>Si un visage est enregistré pour cet utilisateur, et depuis quand</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Delete this user&apos;s enrolled face for good (a GDPR erasure)</source>
        <translation>Supprimer définitivement le visage enregistré de cet utilisateur (effacement RGPD)</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <source>A JPEG or PNG of a face, at most 10 MB; you can also drop one on this pane</source>
        <translation>Un JPEG ou PNG d&apos;un visage, 10 Mo au plus ; vous pouvez aussi le déposer sur ce panneau</translation>
    </message>
    <message>
        <source>&amp;Enrol this face</source>
        <translation>Enre&amp;gistrer ce visage</translation>
    </message>
    <message>
        <source>Enrol the picture&apos;s face for this user (replaces an earlier one)</source>
        <translation>Enregistrer le visage de l&apos;image pour cet utilisateur (remplace le précédent)</translation>
    </message>
    <message>
        <source>Ve&amp;rify against the enrolment</source>
        <translation>Compa&amp;rer à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Check the picture&apos;s face against the one enrolled for this user</source>
        <translation>Comparer le visage de l&apos;image à celui enregistré pour cet utilisateur</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Copier en co&amp;de</translation>
    </message>
    <message>
        <source>These calls as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>Ces appels en curl, Python, PHP ou C++ ; la clé est lue dans XIDENT_SECRET_KEY, jamais écrite</translation>
    </message>
    <message>
        <source>Challenges of this run:</source>
        <translation>Défis de cette exécution :</translation>
    </message>
    <message>
        <source>Challenges of this run</source>
        <translation>Défis de cette exécution</translation>
    </message>
    <message>
        <source>The selected challenge</source>
        <translation>Le défi choisi</translation>
    </message>
</context>
<context>
    <name>InspectorPane</name>
    <message>
        <source>Session inspector</source>
        <translation>Inspecteur de session</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Sentence for a reply to the customer</source>
        <translation>Phrase de réponse au client</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>Status, reason and request ids as text for a ticket; no secrets</source>
        <translation>État, motif et ID de requête sous forme de texte pour un ticket ; sans aucun secret</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Age bracket:</source>
        <translation>Tranche d&apos;âge :</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Document country:</source>
        <translation>Pays du document :</translation>
    </message>
    <message>
        <source>IP country:</source>
        <translation>Pays de l&apos;IP :</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>ID utilisateur :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>Request ids:</source>
        <translation>ID de requête :</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Contrôles :</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Search the JSON</source>
        <translation>Rechercher dans le JSON</translation>
    </message>
    <message>
        <source>Search keys and values (Enter: next)</source>
        <translation>Rechercher dans les clés et les valeurs (Entrée : suivant)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>As te&amp;xt</source>
        <translation>En te&amp;xte</translation>
    </message>
    <message>
        <source>Result JSON as a tree</source>
        <translation>JSON du résultat sous forme d&apos;arbre</translation>
    </message>
    <message>
        <source>Result JSON as text</source>
        <translation>JSON du résultat sous forme de texte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Observed status changes</source>
        <translation>Changements d&apos;état observés</translation>
    </message>
    <message>
        <source>Select a session in the watchlist to see its verdict, checks, JSON and timeline.</source>
        <translation>Sélectionnez une session dans la liste de suivi pour voir son verdict, ses contrôles, son JSON et sa chronologie.</translation>
    </message>
    <message>
        <source>Where the session was looked for</source>
        <translation>Où la session a été cherchée</translation>
    </message>
    <message>
        <source>Poll this session with another profile</source>
        <translation>Interroger cette session avec un autre profil</translation>
    </message>
    <message>
        <source>Copy lin&amp;k for a colleague</source>
        <translation>Copier un lien pour un &amp;collègue</translation>
    </message>
    <message>
        <source>An xident:// link that opens this session with the same profile in a colleague&apos;s console</source>
        <translation>Un lien xident:// qui ouvre cette session avec le même profil dans la console d&apos;un collègue</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>T&amp;icket :</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>Référence du ticket</translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation>p. ex. ZD-48213</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the customer said, what was done (kept in the history, included in exports and evidence)</source>
        <translation>Ce que le client a dit, ce qui a été fait (conservé dans l&apos;historique, repris dans les exports et les preuves)</translation>
    </message>
    <message>
        <source>One HTML file with the verdict, checks, timeline, webhooks and requests, redacted (Ctrl+Shift+E)</source>
        <translation>Un fichier HTML avec le verdict, les contrôles, la chronologie, les webhooks et les requêtes, expurgé (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Copy repl&amp;y sentence</source>
        <translation>Copier la phrase de rép&amp;onse</translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation>Changer de p&amp;rofil…</translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation>&amp;Preuve pour un ticket…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Copier en co&amp;de</translation>
    </message>
    <message>
        <source>The result call as curl, Python, PHP or C++; the key is read from XIDENT_SECRET_KEY, never written</source>
        <translation>L&apos;appel du résultat en curl, Python, PHP ou C++ ; la clé est lue dans XIDENT_SECRET_KEY, jamais écrite</translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation>&amp;Ajouter cette personne à la liste noire…</translation>
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
        <translation>Avertissement de clé LIVE</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Ignorer l&apos;avis</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>PasteTokensDialog</name>
    <message>
        <source>Add sessions</source>
        <translation>Ajouter des sessions</translation>
    </message>
    <message>
        <source>Paste session tokens (xit_… or xtk_…), several at once, or a callback or redirect URL that carries token=…. They are polled with the profile in use.</source>
        <translation>Collez des jetons de session (xit_… ou xtk_…), plusieurs à la fois, ou une URL de rappel ou de redirection contenant token=…. Ils sont interrogés avec le profil utilisé.</translation>
    </message>
    <message>
        <source>Tokens or URLs to add</source>
        <translation>Jetons ou URL à ajouter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the large paste</source>
        <translation>Effacer le grand texte collé</translation>
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
        <translation>Changer de profil</translation>
    </message>
    <message numerus="yes">
        <source>Poll %n session(s) with the profile:</source>
        <translation>
            <numerusform>Interroger %n session avec le profil :</numerusform>
            <numerusform>Interroger %n sessions avec le profil :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>API key (secret)</source>
        <translation>Clé d&apos;API (secrète)</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… ou sk_live_…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reveal the API key</source>
        <translation>Afficher la clé d&apos;API</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;attente en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>Nouvelles &amp;tentatives max. :</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Nombre maximal de nouvelles tentatives</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Interroger toutes les :</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>En-têtes su&amp;pplémentaires :</translation>
    </message>
    <message>
        <source>Extra headers, one per line</source>
        <translation>En-têtes supplémentaires, un par ligne</translation>
    </message>
    <message>
        <source>Name: value (one per line)</source>
        <translation>Nom: valeur (un par ligne)</translation>
    </message>
    <message>
        <source>&amp;Webhook secret:</source>
        <translation>Secret de &amp;webhook :</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret de webhook</translation>
    </message>
    <message>
        <source>Reveal the webhook secret</source>
        <translation>Afficher le secret de webhook</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reveal the values of credential headers</source>
        <translation>Afficher les valeurs des en-têtes d&apos;identification</translation>
    </message>
</context>
<context>
    <name>RequestLogPane</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Search path, request id or error</source>
        <translation>Rechercher un chemin, un ID de requête ou une erreur</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Copier en co&amp;de</translation>
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
        <translation>Recharger (&amp;D)</translation>
    </message>
    <message>
        <source>Ask the sandbox again for its faults and deliveries</source>
        <translation>Redemander à la sandbox ses pannes et ses livraisons</translation>
    </message>
    <message>
        <source>Faults for this profile&apos;s key</source>
        <translation>Pannes pour la clé de ce profil</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latence :</translation>
    </message>
    <message>
        <source>Latency added to every answer</source>
        <translation>Latence ajoutée à chaque réponse</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>&amp;Taux d&apos;erreur :</translation>
    </message>
    <message>
        <source>Share of calls answered 500</source>
        <translation>Part des appels auxquels on répond 500</translation>
    </message>
    <message>
        <source> % answered 500</source>
        <translation> % répondus 500</translation>
    </message>
    <message>
        <source>Scri&amp;pted answers:</source>
        <translation>Réponses scri&amp;ptées :</translation>
    </message>
    <message>
        <source>Statuses for the next calls, in order</source>
        <translation>Statuts des prochains appels, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>503, 503, 200</source>
        <translation>503, 503, 200</translation>
    </message>
    <message>
        <source>Rate li&amp;mit:</source>
        <translation>Li&amp;mite de débit :</translation>
    </message>
    <message>
        <source>Calls a minute before 429</source>
        <translation>Appels par minute avant 429</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation> appels par minute</translation>
    </message>
    <message>
        <source>Retr&amp;y-After:</source>
        <translation>Retr&amp;y-After :</translation>
    </message>
    <message>
        <source>Retry-After sent with 429</source>
        <translation>Retry-After envoyé avec 429</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Malformed &amp;bodies:</source>
        <translation>Corps mal formés (&amp;B) :</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Réponse mal formée</translation>
    </message>
    <message>
        <source>How many malformed answers</source>
        <translation>Combien de réponses mal formées</translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation>Appli&amp;quer les pannes</translation>
    </message>
    <message>
        <source>Clea&amp;r faults</source>
        <translation>Effacer les pa&amp;nnes</translation>
    </message>
    <message>
        <source>Webhook deliveries for this key</source>
        <translation>Livraisons de webhooks pour cette clé</translation>
    </message>
    <message>
        <source>Webhook deliveries and their attempts</source>
        <translation>Livraisons de webhooks et leurs tentatives</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>The sandbox sends the selected delivery again, byte for byte</source>
        <translation>La sandbox renvoie la livraison choisie, octet pour octet</translation>
    </message>
</context>
<context>
    <name>ScenariosPane</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;Open scenario files…</source>
        <translation>&amp;Ouvrir des fichiers de scénarios…</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>En même &amp;temps :</translation>
    </message>
    <message>
        <source>Scenarios run at once</source>
        <translation>Scénarios exécutés en même temps</translation>
    </message>
    <message>
        <source>&amp;Run all</source>
        <translation>Tout e&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the selec&amp;ted</source>
        <translation>Exécuter la sé&amp;lection</translation>
    </message>
    <message>
        <source>Run the failed a&amp;gain</source>
        <translation>Relancer les éc&amp;hecs</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Scenarios done</source>
        <translation>Scénarios terminés</translation>
    </message>
    <message>
        <source>Export &amp;JUnit…</source>
        <translation>Exporter &amp;JUnit…</translation>
    </message>
    <message>
        <source>Export HT&amp;ML…</source>
        <translation>Exporter HT&amp;ML…</translation>
    </message>
    <message>
        <source>Scenarios and their states</source>
        <translation>Scénarios et leur état</translation>
    </message>
    <message>
        <source>The selected scenario: checks, steps and exchanges</source>
        <translation>Le scénario choisi : vérifications, étapes et échanges</translation>
    </message>
    <message>
        <source>Inspect the sessio&amp;n</source>
        <translation>Examiner la sessio&amp;n</translation>
    </message>
    <message>
        <source>The selected scenario&apos;s session, read-only: its keys belong to no profile, so it is never polled or listed</source>
        <translation>La session du scénario choisi, en lecture seule : sa clé n&apos;appartient à aucun profil, elle n&apos;est donc jamais interrogée ni listée</translation>
    </message>
</context>
<context>
    <name>SessionReference</name>
    <message>
        <source>There is nothing to read: paste a session token, or a link that holds one.</source>
        <translation>Il n&apos;y a rien à lire : collez un jeton de session, ou un lien qui en contient un.</translation>
    </message>
    <message>
        <source>%1 is not a valid link.</source>
        <translation>%1 n&apos;est pas un lien valide.</translation>
    </message>
    <message>
        <source>%1 is an xident:// link of another kind; only xident://session/ links name a session.</source>
        <translation>%1 est un lien xident:// d&apos;un autre type ; seuls les liens xident://session/ désignent une session.</translation>
    </message>
    <message>
        <source>%1 names no session token.</source>
        <translation>%1 ne désigne aucun jeton de session.</translation>
    </message>
    <message>
        <source>%1 has more than a session token after xident://session/.</source>
        <translation>%1 contient plus qu&apos;un jeton de session après xident://session/.</translation>
    </message>
    <message>
        <source>%1 has no token parameter.</source>
        <translation>%1 n&apos;a pas de paramètre token.</translation>
    </message>
    <message>
        <source>That is an API key, not a session token; it was left out and is not shown here.</source>
        <translation>C&apos;est une clé d&apos;API, pas un jeton de session ; elle a été écartée et n&apos;est pas affichée ici.</translation>
    </message>
    <message>
        <source>That is a webhook signing secret, not a session token; it was left out and is not shown here.</source>
        <translation>C&apos;est un secret de signature de webhook, pas un jeton de session ; il a été écarté et n&apos;est pas affiché ici.</translation>
    </message>
    <message>
        <source>%1 has an empty token parameter.</source>
        <translation>Le paramètre token de %1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a session token: session tokens start with xit_ or xtk_.</source>
        <translation>%1 n&apos;est pas un jeton de session : les jetons de session commencent par xit_ ou xtk_.</translation>
    </message>
    <message>
        <source>%1 is too short for a session token: %2 needs 8 to 128 characters after it.</source>
        <translation>%1 est trop court pour un jeton de session : %2 doit être suivi de 8 à 128 caractères.</translation>
    </message>
    <message>
        <source>%1 is too long for a session token: %2 takes at most 128 characters after it.</source>
        <translation>%1 est trop long pour un jeton de session : %2 peut être suivi de 128 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 is not a session token: only letters, digits, _ and - may follow %2.</source>
        <translation>%1 n&apos;est pas un jeton de session : seuls des lettres, des chiffres, _ et - peuvent suivre %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more piece(s) were refused for reasons like these.</source>
        <translation>
            <numerusform>%Ln autre élément a été refusé pour des raisons de ce genre.</numerusform>
            <numerusform>%Ln autres éléments ont été refusés pour des raisons de ce genre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) were not session tokens (they start with neither xit_ nor xtk_), for example %1.</source>
        <translation>
            <numerusform>%Ln élément n&apos;était pas un jeton de session (il ne commence ni par xit_ ni par xtk_) : %1.</numerusform>
            <numerusform>%Ln éléments n&apos;étaient pas des jetons de session (ils ne commencent ni par xit_ ni par xtk_), par exemple %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That holds an API key or a webhook secret; it was left out and is not shown here.</source>
        <translation>Cela contient une clé d&apos;API ou un secret de webhook ; cela a été laissé de côté et n&apos;est pas affiché ici.</translation>
    </message>
</context>
<context>
    <name>SignerWidget</name>
    <message>
        <source>Signs the payload with the secret above, at the evaluation time, and sends it to your own receiver.</source>
        <translation>Signe la charge utile avec le secret ci-dessus, à l&apos;heure d&apos;évaluation, et l&apos;envoie à votre propre récepteur.</translation>
    </message>
    <message>
        <source>&amp;Make signature</source>
        <translation>&amp;Produire la signature</translation>
    </message>
    <message>
        <source>Signature header made</source>
        <translation>En-tête de signature produit</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Send to &amp;URL:</source>
        <translation>Envoyer à l&apos;&amp;URL :</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>URL du récepteur</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation>http://127.0.0.1:8000/webhooks/xident</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer</source>
        <translation>La réponse du récepteur</translation>
    </message>
    <message>
        <source>The receiver&apos;s status, headers, body and time appear here.</source>
        <translation>Le statut, les en-têtes, le corps et le temps de réponse du récepteur s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>WatchlistPane</name>
    <message>
        <source>Watchlist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Archive&amp;d</source>
        <translation>A&amp;rchivées</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>Afficher les sessions archivées</translation>
    </message>
    <message>
        <source>Tracked sessions</source>
        <translation>Sessions suivies</translation>
    </message>
    <message>
        <source>No sessions yet. Create one on the “New session” tab (Ctrl+N), or paste tokens or callback URLs (Ctrl+Shift+V).</source>
        <translation>Aucune session pour l&apos;instant. Créez-en une dans l&apos;onglet “Nouvelle session” (Ctrl+N), ou collez des jetons ou des URL de rappel (Ctrl+Maj+V).</translation>
    </message>
    <message>
        <source>Search by token, user id, ticket or note</source>
        <translation>Rechercher par jeton, identifiant utilisateur, ticket ou note</translation>
    </message>
    <message>
        <source>Search token, user id, ticket or note (Ctrl+F)</source>
        <translation>Rechercher un jeton, un identifiant utilisateur, un ticket ou une note (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation>Réception des webhooks</translation>
    </message>
    <message>
        <source>Receiver:</source>
        <translation>Récepteur :</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>URL du récepteur</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Forwar&amp;d every delivery to:</source>
        <translation>&amp;Transférer chaque envoi vers :</translation>
    </message>
    <message>
        <source>Forward URL</source>
        <translation>URL de transfert</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/webhooks/xident</source>
        <translation>http://127.0.0.1:8000/webhooks/xident</translation>
    </message>
    <message>
        <source>Received webhooks</source>
        <translation>Webhooks reçus</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>The received request</source>
        <translation>La requête reçue</translation>
    </message>
    <message>
        <source>Replays and forwards</source>
        <translation>Renvois et transferts</translation>
    </message>
    <message>
        <source>Answers to replays and forwards</source>
        <translation>Réponses aux renvois et transferts</translation>
    </message>
    <message>
        <source>&amp;Open in validator</source>
        <translation>&amp;Ouvrir dans le validateur</translation>
    </message>
    <message>
        <source>Repla&amp;y to:</source>
        <translation>Renvo&amp;yer vers :</translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation>URL de renvoi</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;nvoyer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Quelles requêtes afficher</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Search the received requests</source>
        <translation>Rechercher dans les requêtes reçues</translation>
    </message>
    <message>
        <source>event, session, path, sender or verdict</source>
        <translation>événement, session, chemin, expéditeur ou verdict</translation>
    </message>
    <message>
        <source>Answer &amp;badly on purpose:</source>
        <translation>Répondre mal exprès (&amp;B) :</translation>
    </message>
    <message>
        <source>Deliveries are still listed and judged, but their sender hears this answer and tries again: watch its retries</source>
        <translation>Les livraisons sont toujours listées et jugées, mais leur expéditeur reçoit cette réponse et réessaie : observez ses nouvelles tentatives</translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <source>Delay before the bad answer</source>
        <translation>Délai avant la mauvaise réponse</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How many deliveries get the bad answer</source>
        <translation>Combien de livraisons reçoivent la mauvaise réponse</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>après :</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>fois :</translation>
    </message>
    <message>
        <source>&amp;Try the port again</source>
        <translation>Réessayer &amp;le port</translation>
    </message>
    <message>
        <source>Listen on the wanted port once it is free; the inbox stays where it is until then</source>
        <translation>Écouter sur le port voulu dès qu&apos;il est libre ; d&apos;ici là, la boîte de réception reste où elle est</translation>
    </message>
</context>
<context>
    <name>WebhookValidatorPane</name>
    <message>
        <source>Webhook validator</source>
        <translation>Validateur de webhooks</translation>
    </message>
    <message>
        <source>Payload (paste it, or drop a file here)</source>
        <translation>Charge utile (collez-la, ou déposez un fichier ici)</translation>
    </message>
    <message>
        <source>Line &amp;endings:</source>
        <translation>Fins de &amp;ligne :</translation>
    </message>
    <message>
        <source>Line endings of typed text</source>
        <translation>Fins de ligne du texte saisi</translation>
    </message>
    <message>
        <source>How the lines of the text you type or paste are encoded into the payload&apos;s bytes</source>
        <translation>Comment les lignes du texte saisi ou collé sont encodées dans les octets de la charge utile</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Take a payload from a file, byte for byte</source>
        <translation>Prendre une charge utile dans un fichier, octet par octet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>{&quot;id&quot;:&quot;evt_…&quot;,&quot;type&quot;:&quot;session.success&quot;,…}</source>
        <translation>{&quot;id&quot;:&quot;evt_…&quot;,&quot;type&quot;:&quot;session.success&quot;,…}</translation>
    </message>
    <message>
        <source>Edit as &amp;plain text</source>
        <translation>Modifier en texte &amp;brut</translation>
    </message>
    <message>
        <source>Payload, read-only view</source>
        <translation>Charge utile, vue en lecture seule</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>Octets de la charge utile</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>X-Xident-Signature header</source>
        <translation>En-tête X-Xident-Signature</translation>
    </message>
    <message>
        <source>t=1767225600,v1=… or the whole X-Xident-Signature: line</source>
        <translation>t=1767225600,v1=… ou toute la ligne X-Xident-Signature:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Secre&amp;t :</translation>
    </message>
    <message>
        <source>Where the secret comes from</source>
        <translation>Provenance du secret</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret de webhook</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Tole&amp;rance:</source>
        <translation>Tolé&amp;rance :</translation>
    </message>
    <message>
        <source>Tolerance in seconds</source>
        <translation>Tolérance en secondes</translation>
    </message>
    <message>
        <source>off (no replay check)</source>
        <translation>désactivée (pas de contrôle de rejeu)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Evaluate &amp;at:</source>
        <translation>É&amp;valuer à :</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Pic&amp;k a time:</source>
        <translation>Choisir l&apos;&amp;heure :</translation>
    </message>
    <message>
        <source>Evaluation time</source>
        <translation>Heure d&apos;évaluation</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What would make it valid</source>
        <translation>Ce qui la rendrait valide</translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation>Utiliser les octets &amp;qui correspondent</translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation>Afficher la signature atte&amp;ndue</translation>
    </message>
    <message>
        <source>The header this payload and secret would have: it proves knowledge of the secret, so it stays hidden until you ask</source>
        <translation>L&apos;en-tête qu&apos;auraient cette charge utile et ce secret : il prouve la connaissance du secret, il reste donc masqué jusqu&apos;à ce que vous le demandiez</translation>
    </message>
    <message>
        <source>Expected signature header</source>
        <translation>En-tête de signature attendu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l&apos;événement</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Signer et envoyer</translation>
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
        <translation>Une console de bureau pour l&apos;API Xident de vérification d&apos;âge et d&apos;identité.</translation>
    </message>
    <message>
        <source>Xident Console %1
Xident-Qt library %2
Qt %3 (built with %4)
API version %5
HMAC-SHA256: %6</source>
        <translation>Xident Console %1
Bibliothèque Xident-Qt %2
Qt %3 (compilé avec %4)
Version de l&apos;API %5
HMAC-SHA256 : %6</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Application</name>
    <message>
        <source>Desktop console for the Xident verification API. Opens on the embedded sandbox; tokens, callback URLs and xident://session/&lt;token&gt; links given as arguments open those sessions.</source>
        <translation>Console de bureau pour l&apos;API de vérification Xident. S&apos;ouvre sur le bac à sable intégré ; les jetons, URL de rappel et liens xident://session/&lt;jeton&gt; passés en arguments ouvrent les sessions correspondantes.</translation>
    </message>
    <message>
        <source>Show the versions of the console, library, Qt and API.</source>
        <translation>Afficher les versions de la console, de la bibliothèque, de Qt et de l&apos;API.</translation>
    </message>
    <message>
        <source>Open with the profile called &lt;name&gt;.</source>
        <translation>Ouvrir avec le profil nommé &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>xident-console: no display here; run it under a virtual one: xvfb-run -a xident-console</source>
        <translation>xident-console : aucun affichage disponible ; lancez-le dans un affichage virtuel : xvfb-run -a xident-console</translation>
    </message>
    <message>
        <source>xident-console: %1 (see --help)</source>
        <translation>xident-console : %1 (voir --help)</translation>
    </message>
    <message>
        <source>xident-console: another console is running but did not take the sessions: %1</source>
        <translation>xident-console : une autre console est en cours d&apos;exécution mais n&apos;a pas pris les sessions : %1</translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation>Ligne de commande (%1)</translation>
    </message>
    <message>
        <source>XIDENT_SECRET_KEY: %1</source>
        <translation>XIDENT_SECRET_KEY : %1</translation>
    </message>
    <message>
        <source>xident-console: --base-url: %1</source>
        <translation>xident-console : --base-url : %1</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser la langue &lt;code&gt; (en, de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open in presenter mode: a full-screen verification demo on the profile in use (sandbox and test profiles only).</source>
        <translation>Ouvrir en mode présentation : une démo de vérification en plein écran avec le profil actif (profils sandbox et de test uniquement).</translation>
    </message>
    <message>
        <source>Serve the embedded sandbox&apos;s verification pages on &lt;address&gt; too, so that a phone on that network can open them.</source>
        <translation>Servir aussi les pages de vérification de la sandbox intégrée sur &lt;address&gt;, pour qu&apos;un téléphone de ce réseau puisse les ouvrir.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>xident-console: a console is already running; --base-url only applies when it starts. Add a profile in its window (Ctrl+,).</source>
        <translation>xident-console : une console est déjà lancée ; --base-url ne s&apos;applique qu&apos;au démarrage. Ajoutez un profil dans sa fenêtre (Ctrl+,).</translation>
    </message>
    <message>
        <source>Xident Console is already running; it was handed what this launch asked for.</source>
        <translation>Xident Console est déjà lancée ; ce que demandait ce lancement lui a été transmis.</translation>
    </message>
    <message>
        <source>no profile called &quot;%1&quot;; the profiles are: %2.</source>
        <translation>aucun profil nommé « %1 » ; les profils sont : %2.</translation>
    </message>
    <message>
        <source>xident-console: %1</source>
        <translation>xident-console : %1</translation>
    </message>
    <message>
        <source>--phone-address: &quot;%1&quot; is not an IP address (such as 192.168.1.20).</source>
        <translation>--phone-address : « %1 » n&apos;est pas une adresse IP (comme 192.168.1.20).</translation>
    </message>
    <message>
        <source>A later launch&apos;s options were not understood: %1</source>
        <translation>Les options d&apos;un lancement ultérieur n&apos;ont pas été comprises : %1</translation>
    </message>
    <message>
        <source>A later launch asked for a profile: %1</source>
        <translation>Un lancement ultérieur a demandé un profil : %1</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>pas une adresse IP</translation>
    </message>
    <message>
        <source>--phone-address: %1</source>
        <translation>--phone-address : %1</translation>
    </message>
    <message>
        <source>xident-console: --phone-address: %1</source>
        <translation>xident-console : --phone-address : %1</translation>
    </message>
    <message>
        <source>Check whether a demo on the profile in use (or --profile) will work, print one line per check and exit: 0 when all pass, 1 otherwise. It runs on its own, with its own embedded sandbox.</source>
        <translation>Vérifier si une démo avec le profil actif (ou --profile) fonctionnera, afficher une ligne par vérification et quitter : 0 si toutes réussissent, 1 sinon. La vérification tourne seule, avec sa propre sandbox intégrée.</translation>
    </message>
    <message>
        <source>Tokens, callback URLs or xident:// links to open, or evidence files to view.</source>
        <translation>Jetons, URL de rappel ou liens xident:// à ouvrir, ou fichiers de preuve à afficher.</translation>
    </message>
    <message>
        <source>Use a temporary profile for &lt;url&gt;; its key comes from XIDENT_SECRET_KEY, its webhook secret from XIDENT_WEBHOOK_SECRET.</source>
        <translation>Utiliser un profil temporaire pour &lt;url&gt; ; sa clé vient de XIDENT_SECRET_KEY, son secret de webhook de XIDENT_WEBHOOK_SECRET.</translation>
    </message>
    <message>
        <source>XIDENT_WEBHOOK_SECRET: %1</source>
        <translation>XIDENT_WEBHOOK_SECRET : %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistAddDialog</name>
    <message>
        <source>Add to the blacklist</source>
        <translation>Ajouter à la liste noire</translation>
    </message>
    <message>
        <source>Blacklist the face of session %1 (result token %2): anyone with this face then fails verification.</source>
        <translation>Mettre en liste noire le visage de la session %1 (jeton de résultat %2) : toute vérification avec ce visage échoue ensuite.</translation>
    </message>
    <message>
        <source>Blacklist the face in a picture (JPEG or PNG, at most 10 MB): choose one, or drop it here.</source>
        <translation>Mettre en liste noire le visage d&apos;une image (JPEG ou PNG, 10 Mo au plus) : choisissez-la ou déposez-la ici.</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Pas encore d&apos;image</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Why this face is blacklisted, e.g. a chargeback ring (kept with the entry)</source>
        <translation>Pourquoi ce visage est mis en liste noire, p. ex. un réseau de rétrofacturations (conservé avec l&apos;entrée)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>&amp;Add to the blacklist</source>
        <translation>&amp;Ajouter à la liste noire</translation>
    </message>
    <message>
        <source>Copy as co&amp;de</source>
        <translation>Copier en co&amp;de</translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation>Choisissez d&apos;abord une image, ou déposez-la ici.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistBook</name>
    <message>
        <source>Give a reason: it is kept with the entry.</source>
        <translation>Indiquez une raison : elle est conservée avec l&apos;entrée.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; the API takes at most %2.</source>
        <translation>La raison fait %1 caractères ; l&apos;API en accepte %2 au plus.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The image is %1 MB; the API takes at most 10 MB.</source>
        <translation>L&apos;image fait %1 Mo ; l&apos;API accepte 10 Mo au plus.</translation>
    </message>
    <message>
        <source>The file is not a picture (JPEG or PNG, for example).</source>
        <translation>Le fichier n&apos;est pas une image (JPEG ou PNG, par exemple).</translation>
    </message>
    <message>
        <source>Possible once the session&apos;s result has been read: the API takes its result token (xtk_…).</source>
        <translation>Possible une fois le résultat de la session lu : l&apos;API prend son jeton de résultat (xtk_…).</translation>
    </message>
    <message>
        <source>The result read so far names no result token (xtk_…), which the API takes: results in the legacy shape carry none.</source>
        <translation>Le résultat lu jusqu&apos;ici ne donne pas de jeton de résultat (xtk_…), que l&apos;API demande : les résultats de forme ancienne n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation>Ce profil n&apos;a pas de clé d&apos;API utilisable : ajoutez-en une dans Connexion, Profils.</translation>
    </message>
    <message>
        <source>The blacklist could not be read: %1</source>
        <translation>La liste noire n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Accepted: the service is processing the face of %1.</source>
        <translation>Accepté : le service traite le visage de %1.</translation>
    </message>
    <message>
        <source>Accepted: the service is processing %1.</source>
        <translation>Accepté : le service traite %1.</translation>
    </message>
    <message>
        <source>Entry %1 could not be removed: %2</source>
        <translation>L&apos;entrée %1 n&apos;a pas pu être retirée : %2</translation>
    </message>
    <message>
        <source>Entry %1 was already gone.</source>
        <translation>L&apos;entrée %1 n&apos;existait déjà plus.</translation>
    </message>
    <message>
        <source>Entry %1 removed.</source>
        <translation>Entrée %1 retirée.</translation>
    </message>
    <message>
        <source>The picture could not be decoded: it is damaged, or too large in pixels.</source>
        <translation>L&apos;image n&apos;a pas pu être décodée : elle est endommagée, ou trop grande en pixels.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistModel</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Accepted on %1; the service is processing it. It appears here with its id once listed.</source>
        <translation>Acceptée le %1 ; le service la traite. Elle apparaît ici avec son ID une fois listée.</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>image (%1)</translation>
    </message>
    <message>
        <source>The API&apos;s number for the session; it lists no token</source>
        <translation>Le numéro de la session pour l&apos;API ; elle ne donne pas de jeton</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID de session</translation>
    </message>
</context>
<context>
    <name>Xident::Console::BlacklistPane</name>
    <message numerus="yes">
        <source>Page %1 of %2, %n entry(ies) in all</source>
        <translation>
            <numerusform>Page %1 sur %2, %n entrée en tout</numerusform>
            <numerusform>Page %1 sur %2, %n entrées en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <source>Remove entry %1 (%2, “%3”) from the blacklist of %4? A face that matches it is then no longer refused.</source>
        <translation>Retirer l&apos;entrée %1 (%2, « %3 ») de la liste noire de %4 ? Un visage qui y correspond n&apos;est alors plus refusé.</translation>
    </message>
    <message>
        <source>Remove from the blacklist</source>
        <translation>Retirer de la liste noire</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>Copy the removal as code</source>
        <translation>Copier le retrait en code</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ChallengeModel</name>
    <message>
        <source>Not decided: %1</source>
        <translation>Non tranché : %1</translation>
    </message>
    <message>
        <source>Sending the picture…</source>
        <translation>Envoi de l&apos;image…</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>En traitement…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranché</translation>
    </message>
    <message>
        <source>Passed: The face is enrolled.</source>
        <translation>Réussi : Le visage est enregistré.</translation>
    </message>
    <message>
        <source>Passed: The face matches the one enrolled.</source>
        <translation>Réussi : Le visage correspond à celui enregistré.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::CheckDemoDialog</name>
    <message>
        <source>Check the demo</source>
        <translation>Vérifier la démo</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>The demo will work.</source>
        <translation>La démo fonctionnera.</translation>
    </message>
    <message>
        <source>Something needs doing before the demo: see the lines marked ✗.</source>
        <translation>Il reste quelque chose à faire avant la démo : voir les lignes marquées ✗.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>QR code of a test page for a phone</source>
        <translation>Code QR d&apos;une page de test pour un téléphone</translation>
    </message>
    <message>
        <source>No device has opened it yet. If the phone is on the same Wi-Fi, the network may keep devices apart (guest Wi-Fi): use a phone&apos;s hotspot instead.</source>
        <translation>Aucun appareil ne l&apos;a encore ouverte. Si le téléphone est sur le même Wi-Fi, le réseau isole peut-être les appareils (Wi-Fi invité) : utilisez plutôt le partage de connexion d&apos;un téléphone.</translation>
    </message>
    <message>
        <source>✓ A phone on the network reached this computer.</source>
        <translation>✓ Un téléphone du réseau a joint cet ordinateur.</translation>
    </message>
    <message>
        <source>Scan this with a phone on the same network: it is ticked when the phone&apos;s request arrives here.</source>
        <translation>Scannez ceci avec un téléphone du même réseau : la case est cochée dès que la requête du téléphone arrive ici.</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ConnectionMonitor</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>Xident::Console::CreateSessionPane</name>
    <message>
        <source>Required: the address the person&apos;s browser returns to.</source>
        <translation>Obligatoire : l&apos;adresse à laquelle revient le navigateur de la personne.</translation>
    </message>
    <message>
        <source>Not a valid URL: write it whole, like https://shop.example/verified (no spaces).</source>
        <translation>URL non valide : écrivez-la en entier, comme https://shop.example/verified (sans espaces).</translation>
    </message>
    <message>
        <source>Use an absolute http:// or https:// URL.</source>
        <translation>Utilisez une URL absolue en http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Nouvelle tentative dans %2 s…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Pass by document (OCR)</source>
        <translation>Réussite par document (OCR)</translation>
    </message>
    <message>
        <source>Pass by self-declaration</source>
        <translation>Réussite par auto-déclaration</translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Fill the user id with a value the sandbox completes by itself</source>
        <translation>Remplir l&apos;ID utilisateur avec une valeur que le bac à sable traite de lui-même jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Success URL: %1</source>
        <translation>URL de réussite : %1</translation>
    </message>
    <message>
        <source>Failed URL: %1</source>
        <translation>URL d&apos;échec : %1</translation>
    </message>
    <message>
        <source>0 is only allowed with the purpose id_verification; use 1 to 99.</source>
        <translation>0 n&apos;est autorisé qu&apos;avec la finalité id_verification ; utilisez une valeur de 1 à 99.</translation>
    </message>
    <message>
        <source>At most 4096 characters (this has %1).</source>
        <translation>4096 caractères au maximum (ici : %1).</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1 (%2); write an object such as {&quot;order&quot;: &quot;A-1001&quot;}.</source>
        <translation>JSON non valide au caractère %1 (%2) ; écrivez un objet tel que {&quot;order&quot;: &quot;A-1001&quot;}.</translation>
    </message>
    <message>
        <source>At most 255 characters (this has %1).</source>
        <translation>255 caractères au maximum (ici : %1).</translation>
    </message>
    <message>
        <source>Create a live session?</source>
        <translation>Créer une session LIVE ?</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. This creates a real verification session on %2, which may be billed and is seen by your production systems.</source>
        <translation>Le profil &quot;%1&quot; utilise une clé LIVE. Cela crée une véritable session de vérification sur %2, qui peut être facturée et est visible par vos systèmes de production.</translation>
    </message>
    <message>
        <source>Create live session</source>
        <translation>Créer la session LIVE</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no usable API key yet. %2</source>
        <translation>Le profil &quot;%1&quot; n&apos;a pas encore de clé d&apos;API utilisable. %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2.</source>
        <translation>La tentative %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The server asked to slow down.</source>
        <translation>Le serveur a demandé de ralentir.</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Création de la session…</translation>
    </message>
    <message>
        <source>Attempt %1…</source>
        <translation>Tentative %1…</translation>
    </message>
    <message>
        <source>Canceled; no session was created.</source>
        <translation>Annulé ; aucune session n&apos;a été créée.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Created; request id %1.</source>
        <translation>Créée ; ID de requête %1.</translation>
    </message>
    <message>
        <source>Shared on the network at %1: a phone on the same network can scan the code. Only the verification pages are served there.</source>
        <translation>Partagé sur le réseau à l&apos;adresse %1 : un téléphone sur le même réseau peut scanner le code. Seules les pages de vérification y sont servies.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>This address points at this computer (%1): a phone cannot open it.</source>
        <translation>Cette adresse désigne cet ordinateur (%1) : un téléphone ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Reachable from m&amp;y phone…</source>
        <translation>Accessi&amp;ble depuis mon téléphone…</translation>
    </message>
    <message>
        <source>Reachable from my phone</source>
        <translation>Accessible depuis mon téléphone</translation>
    </message>
    <message>
        <source>This computer has no network address other than loopback, so a phone cannot reach it. Connect to the same Wi-Fi as the phone and try again.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;autre adresse réseau que celle de bouclage, un téléphone ne peut donc pas l&apos;atteindre. Connectez-vous au même réseau Wi-Fi que le téléphone et réessayez.</translation>
    </message>
    <message>
        <source>Serve the verification pages on this address too:</source>
        <translation>Servir aussi les pages de vérification sur cette adresse :</translation>
    </message>
    <message>
        <source>Share the sandbox on the network?</source>
        <translation>Partager le bac à sable sur le réseau ?</translation>
    </message>
    <message>
        <source>Devices on the network at %1 will be able to open the sandbox&apos;s verification pages. The API, the admin API and the keys stay on this computer. Sharing lasts until you stop it or quit; it is never switched on by itself.</source>
        <translation>Les appareils du réseau pourront ouvrir les pages de vérification du bac à sable à l&apos;adresse %1. L&apos;API, l&apos;API d&apos;administration et les clés restent sur cet ordinateur. Le partage dure jusqu&apos;à ce que vous l&apos;arrêtiez ou quittiez l&apos;application ; il n&apos;est jamais activé automatiquement.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>expired: regenerate for a new token</source>
        <translation>expiré : régénérez-le pour obtenir un nouveau jeton</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>encore %1:%2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>success URL</source>
        <translation>URL de réussite</translation>
    </message>
    <message>
        <source>failed URL</source>
        <translation>URL d&apos;échec</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>liveness difficulty</source>
        <translation>difficulté de la détection du vivant</translation>
    </message>
    <message>
        <source>verification mode</source>
        <translation>mode de vérification</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>métadonnées</translation>
    </message>
    <message numerus="yes">
        <source>Not remembered for next time, as %n field(s) hold a key or a secret: %1.</source>
        <translation>
            <numerusform>Non mémorisé pour la prochaine fois, car ce champ contient une clé ou un secret : %1.</numerusform>
            <numerusform>Non mémorisés pour la prochaine fois, car ces %n champs contiennent une clé ou un secret : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magic outcomes exist on sandboxes only (the local one, or a server that names itself xident-sandbox)</source>
        <translation>Les résultats magiques n&apos;existent que sur les sandbox (la locale, ou un serveur qui se présente comme xident-sandbox)</translation>
    </message>
    <message>
        <source>Asked the desktop to open the page. If no browser shows it, use Copy beside Open and paste the address into one.</source>
        <translation>Le bureau a été prié d&apos;ouvrir la page. Si aucun navigateur ne l&apos;affiche, utilisez « Copier » à côté de « Ouvrir » et collez l&apos;adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>The desktop has no program to open web pages: use Copy beside Open and paste the address into a browser.</source>
        <translation>Le bureau n&apos;a aucun programme pour ouvrir des pages web : utilisez « Copier » à côté de « Ouvrir » et collez l&apos;adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>no longer: the session has ended (%1)</source>
        <translation>plus maintenant : la session est terminée (%1)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryAnswer</name>
    <message>
        <source>No answer from %1 after %2 ms: %3</source>
        <translation>Pas de réponse de %1 après %2 ms : %3</translation>
    </message>
    <message>
        <source>
… (the rest of the body is not shown)</source>
        <translation>
… (le reste du corps n&apos;est pas affiché)</translation>
    </message>
    <message>
        <source>The receiver redirects to %1; redirects are not followed.</source>
        <translation>Le récepteur redirige vers %1 ; les redirections ne sont pas suivies.</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>le récepteur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Enter the URL of the receiver.</source>
        <translation>Saisissez l&apos;URL du récepteur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete URL; write it as http://host:port/path.</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL complète ; écrivez-la sous la forme http://hôte:port/chemin.</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can receive webhooks.</source>
        <translation>Seules les URL http:// et https:// peuvent recevoir des webhooks.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DeliveryModel</name>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered after %n attempt(s)</source>
        <translation>
            <numerusform>livrée après %n tentative</numerusform>
            <numerusform>livrée après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message numerus="yes">
        <source>not delivered yet, %n attempt(s)</source>
        <translation>
            <numerusform>pas encore livrée, %n tentative</numerusform>
            <numerusform>pas encore livrée, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Event or URL</source>
        <translation>Événement ou URL</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoCheck</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>pas de profil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key.</source>
        <translation>Le profil « %1 » utilise une clé LIVE.</translation>
    </message>
    <message>
        <source>Choose a sandbox or test profile for a demo.</source>
        <translation>Choisissez un profil sandbox ou de test pour une démo.</translation>
    </message>
    <message>
        <source>nothing is tried on a live profile</source>
        <translation>rien n&apos;est tenté avec un profil live</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not live.</source>
        <translation>Le profil « %1 » n&apos;est pas live.</translation>
    </message>
    <message>
        <source>The profile has no usable API key.</source>
        <translation>Le profil n&apos;a pas de clé d&apos;API utilisable.</translation>
    </message>
    <message>
        <source>Add its key in Connection → Profiles.</source>
        <translation>Ajoutez sa clé dans Connexion → Profils.</translation>
    </message>
    <message>
        <source>no session could be made</source>
        <translation>aucune session n&apos;a pu être créée</translation>
    </message>
    <message>
        <source>The server did not make a session: %1</source>
        <translation>Le serveur n&apos;a pas créé de session : %1</translation>
    </message>
    <message>
        <source>Start the sandbox or check the profile&apos;s address and key.</source>
        <translation>Démarrez la sandbox ou vérifiez l&apos;adresse et la clé du profil.</translation>
    </message>
    <message>
        <source>no session was made</source>
        <translation>aucune session n&apos;a été créée</translation>
    </message>
    <message>
        <source>The sandbox answers, but not its admin routes: %1</source>
        <translation>La sandbox répond, mais pas ses routes d&apos;administration : %1</translation>
    </message>
    <message>
        <source>The server answers (a hosted test server: it has no faults to check).</source>
        <translation>Le serveur répond (un serveur de test hébergé : il n&apos;a pas de pannes à vérifier).</translation>
    </message>
    <message>
        <source>Faults are active for this key: %1.</source>
        <translation>Des pannes sont actives pour cette clé : %1.</translation>
    </message>
    <message>
        <source>Clear them (PUT /_sandbox/faults with zeros and an empty script) or restart the sandbox, so that the demo is not slowed or broken.</source>
        <translation>Annulez-les (PUT /_sandbox/faults avec des zéros et un script vide) ou redémarrez la sandbox, pour que la démo ne soit ni ralentie ni cassée.</translation>
    </message>
    <message>
        <source>The server answers, and no fault is active for this key.</source>
        <translation>Le serveur répond, et aucune panne n&apos;est active pour cette clé.</translation>
    </message>
    <message>
        <source>The code points at this computer (%1): a phone cannot open it.</source>
        <translation>Le code pointe vers cet ordinateur (%1) : un téléphone ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Share the pages on the network: Reachable from my phone… in the New session form, or --phone-address ADDRESS.</source>
        <translation>Partagez les pages sur le réseau : « Accessible depuis mon téléphone… » dans le formulaire Nouvelle session, ou --phone-address ADRESSE.</translation>
    </message>
    <message>
        <source>Start the sandbox with --listen 0.0.0.0 --public-url http://ADDRESS:9000.</source>
        <translation>Démarrez la sandbox avec --listen 0.0.0.0 --public-url http://ADRESSE:9000.</translation>
    </message>
    <message>
        <source>The code opens the server&apos;s own page on %1; it is not fetched here.</source>
        <translation>Le code ouvre la page du serveur lui-même sur %1 ; elle n&apos;est pas chargée ici.</translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 serves the sandbox.</source>
        <translation>L&apos;adresse du téléphone, %1, sert la sandbox.</translation>
    </message>
    <message>
        <source>The phone&apos;s address %1 does not serve the sandbox (%2).</source>
        <translation>L&apos;adresse du téléphone, %1, ne sert pas la sandbox (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Check that this address belongs to this computer and that no firewall blocks the port; on guest Wi-Fi that keeps devices apart, use a phone&apos;s hotspot.</source>
        <translation>Vérifiez que cette adresse appartient à cet ordinateur et qu&apos;aucun pare-feu ne bloque le port ; sur un Wi-Fi invité qui isole les appareils, utilisez le partage de connexion d&apos;un téléphone.</translation>
    </message>
    <message>
        <source>The code is not read back here.</source>
        <translation>Le code n&apos;est pas relu ici.</translation>
    </message>
    <message>
        <source>The code as drawn reads back as the phone&apos;s address.</source>
        <translation>Le code tel qu&apos;il est dessiné se relit comme l&apos;adresse du téléphone.</translation>
    </message>
    <message>
        <source>The code as drawn does not read back.</source>
        <translation>Le code tel qu&apos;il est dessiné ne se relit pas.</translation>
    </message>
    <message>
        <source>The code as drawn reads back as another address.</source>
        <translation>Le code tel qu&apos;il est dessiné se relit comme une autre adresse.</translation>
    </message>
    <message>
        <source>Report this as a defect; meanwhile open the page on the phone by hand.</source>
        <translation>Signalez-le comme un défaut ; en attendant, ouvrez la page à la main sur le téléphone.</translation>
    </message>
    <message>
        <source>The server does not say when its tokens expire.</source>
        <translation>Le serveur ne dit pas quand ses jetons expirent.</translation>
    </message>
    <message>
        <source>A token lives %1 minutes.</source>
        <translation>Un jeton vit %1 minutes.</translation>
    </message>
    <message>
        <source>A token lives only %1 s; a demo needs at least %2 minutes.</source>
        <translation>Un jeton ne vit que %1 s ; une démo a besoin d&apos;au moins %2 minutes.</translation>
    </message>
    <message>
        <source>Start the sandbox with --token-ttl 600 or more.</source>
        <translation>Démarrez la sandbox avec --token-ttl 600 ou plus.</translation>
    </message>
    <message>
        <source>The server sends no Date header: the clocks are not compared.</source>
        <translation>Le serveur n&apos;envoie pas d&apos;en-tête Date : les horloges ne sont pas comparées.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur concorde avec celle du serveur.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur s&apos;écarte de %1 s de celle du serveur.</translation>
    </message>
    <message>
        <source>Set the time automatically (timedatectl set-ntp true), then check again.</source>
        <translation>Réglez l&apos;heure automatiquement (timedatectl set-ntp true), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The profile has no webhook secret: results cannot be confirmed by webhook.</source>
        <translation>Le profil n&apos;a pas de secret de webhook : les résultats ne peuvent pas être confirmés par webhook.</translation>
    </message>
    <message>
        <source>Add the webhook secret in Connection → Profiles.</source>
        <translation>Ajoutez le secret de webhook dans Connexion → Profils.</translation>
    </message>
    <message>
        <source>The webhook secret is known; this server delivers to its own webhook address, which is not watched here.</source>
        <translation>Le secret de webhook est connu ; ce serveur livre à sa propre adresse de webhook, qui n&apos;est pas observée ici.</translation>
    </message>
    <message>
        <source>The webhook inbox is not listening: %1</source>
        <translation>La boîte de réception des webhooks n&apos;écoute pas : %1</translation>
    </message>
    <message>
        <source>Choose another port in the Webhook inbox pane.</source>
        <translation>Choisissez un autre port dans le volet Boîte de réception des webhooks.</translation>
    </message>
    <message>
        <source>The check&apos;s session could not be settled: %1</source>
        <translation>La session de la vérification n&apos;a pas pu être conclue : %1</translation>
    </message>
    <message>
        <source>A signed webhook reached the inbox and verified: results are confirmed both ways.</source>
        <translation>Un webhook signé est arrivé dans la boîte de réception et a été vérifié : les résultats sont confirmés des deux côtés.</translation>
    </message>
    <message>
        <source>A webhook reached the inbox but did not verify: %1</source>
        <translation>Un webhook est arrivé dans la boîte de réception mais n&apos;a pas été vérifié : %1</translation>
    </message>
    <message>
        <source>Check the profile&apos;s webhook secret.</source>
        <translation>Vérifiez le secret de webhook du profil.</translation>
    </message>
    <message>
        <source>No webhook reached the inbox within %1 s.</source>
        <translation>Aucun webhook n&apos;est arrivé dans la boîte de réception en %1 s.</translation>
    </message>
    <message>
        <source>Check that the inbox listens (Webhook inbox pane) and that nothing blocks its port.</source>
        <translation>Vérifiez que la boîte de réception écoute (volet Boîte de réception des webhooks) et que rien ne bloque son port.</translation>
    </message>
    <message>
        <source>The webhook inbox is not listening.</source>
        <translation>La boîte de réception des webhooks n&apos;écoute pas.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the phone&apos;s address</source>
        <translation>l&apos;adresse du téléphone</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>le code</translation>
    </message>
    <message>
        <source>the token&apos;s lifetime</source>
        <translation>la durée de vie du jeton</translation>
    </message>
    <message>
        <source>the clock</source>
        <translation>l&apos;horloge</translation>
    </message>
    <message>
        <source>the webhooks</source>
        <translation>les webhooks</translation>
    </message>
    <message>
        <source>Not checked, %1: %2</source>
        <translation>Non vérifié, %1 : %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::DemoSession</name>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your age</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone pour vérifier votre âge</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to verify your identity</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone pour vérifier votre identité</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses a LIVE key. A demo creates sessions that could be real and billed: choose a sandbox or test profile.</source>
        <translation>Le profil « %1 » utilise une clé LIVE. Une démo crée des sessions qui pourraient être réelles et facturées : choisissez un profil sandbox ou de test.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key yet: add it in Connection → Profiles.</source>
        <translation>Le profil « %1 » n&apos;a pas encore de clé d&apos;API : ajoutez-la dans Connexion → Profils.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The outcome could not be set: %1</source>
        <translation>Le résultat n&apos;a pas pu être fixé : %1</translation>
    </message>
    <message>
        <source>The profile&apos;s client is not ready (its key is missing or not valid).</source>
        <translation>Le client du profil n&apos;est pas prêt (sa clé manque ou n&apos;est pas valide).</translation>
    </message>
    <message>
        <source>Not presenting</source>
        <translation>Pas de présentation</translation>
    </message>
    <message>
        <source>Preparing the code…</source>
        <translation>Préparation du code…</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>En attente du téléphone</translation>
    </message>
    <message>
        <source>The phone opened the page</source>
        <translation>Le téléphone a ouvert la page</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <source>No session could be made (%1). Trying again in a moment.</source>
        <translation>Aucune session n&apos;a pu être créée (%1). Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>The server does not answer yet; trying again in a moment.</source>
        <translation>Le serveur ne répond pas encore ; nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>The server does not answer; the code comes back when it does.</source>
        <translation>Le serveur ne répond pas ; le code revient dès qu&apos;il répond.</translation>
    </message>
    <message>
        <source>Reconnecting to the server…</source>
        <translation>Reconnexion au serveur…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceDialog</name>
    <message>
        <source>Include the &amp;user id (personal data)</source>
        <translation>Inclure l&apos;identifiant &amp;utilisateur (donnée personnelle)</translation>
    </message>
    <message>
        <source>Include the &amp;raw result JSON</source>
        <translation>Inclure le JSON &amp;brut du résultat</translation>
    </message>
    <message>
        <source>Include &amp;webhook bodies</source>
        <translation>Inclure le corps des &amp;webhooks</translation>
    </message>
    <message>
        <source>Evidence for a ticket</source>
        <translation>Preuve pour un ticket</translation>
    </message>
    <message>
        <source>Language of the verdict and the reply</source>
        <translation>Langue du verdict et de la réponse</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;language:</source>
        <translation>&amp;Langue du client :</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in one HTML file that any browser opens offline. Keys, webhook secrets and credentials are never written.</source>
        <translation>
            <numerusform>%n session dans un fichier HTML que tout navigateur ouvre hors ligne. Les clés, secrets de webhook et identifiants ne sont jamais écrits.</numerusform>
            <numerusform>%n sessions dans un fichier HTML que tout navigateur ouvre hors ligne. Les clés, secrets de webhook et identifiants ne sont jamais écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the evidence file</source>
        <translation>Aperçu du fichier de preuve</translation>
    </message>
    <message>
        <source>Preview: exactly what will be written</source>
        <translation>Aperçu : exactement ce qui sera écrit</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Gathering the timeline from the history…</source>
        <translation>Lecture de la chronologie dans l&apos;historique…</translation>
    </message>
    <message>
        <source>%1 will be written (%2).</source>
        <translation>%1 sera écrit (%2).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Enregistrer la preuve</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::EvidenceViewer</name>
    <message>
        <source>%1 (evidence, read-only)</source>
        <translation>%1 (preuve, lecture seule)</translation>
    </message>
    <message>
        <source>From the evidence file %1, exported %2 by Xident Console %3. Read-only: these sessions are not polled and not added to the watchlist.</source>
        <translation>Du fichier de preuve %1, exporté le %2 par Xident Console %3. Lecture seule : ces sessions ne sont ni interrogées ni ajoutées à la liste de suivi.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions in the evidence file</source>
        <translation>Sessions du fichier de preuve</translation>
    </message>
    <message>
        <source>The evidence as its page shows it</source>
        <translation>La preuve telle que sa page la montre</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an evidence file can be.</source>
        <translation>%1 dépasse %2 Mo, la taille maximale d&apos;un fichier de preuve.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faBook</name>
    <message>
        <source>Give a user id: the id your application knows the person by.</source>
        <translation>Indiquez un ID utilisateur : l&apos;ID sous lequel votre application connaît la personne.</translation>
    </message>
    <message>
        <source>The user id is %1 characters long; the API takes at most %2.</source>
        <translation>L&apos;ID utilisateur fait %1 caractères ; l&apos;API en accepte %2 au plus.</translation>
    </message>
    <message>
        <source>This profile has no usable API key: add one under Connection, Profiles.</source>
        <translation>Ce profil n&apos;a pas de clé d&apos;API utilisable : ajoutez-en une dans Connexion, Profils.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 n&apos;a pas pu être consulté : %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>The profile changed before the verdict.</source>
        <translation>Le profil a changé avant le verdict.</translation>
    </message>
    <message>
        <source>A user id of &quot;%1&quot; cannot be used: it would name another address than the user&apos;s.</source>
        <translation>L&apos;ID utilisateur « %1 » est inutilisable : il désignerait une autre adresse que celle de l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Face2faPane</name>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 is ready to enrol or verify.</source>
        <translation>%1 est prête à être enregistrée ou comparée.</translation>
    </message>
    <message>
        <source>Choose a picture first, or drop one here.</source>
        <translation>Choisissez d&apos;abord une image, ou déposez-la ici.</translation>
    </message>
    <message>
        <source>Delete an enrolment</source>
        <translation>Supprimer un enregistrement</translation>
    </message>
    <message>
        <source>Challenge %1, status %2</source>
        <translation>Défi %1, statut %2</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Tranché le %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>Kind: %1, user %2, picture %3</source>
        <translation>Type : %1, utilisateur %2, image %3</translation>
    </message>
    <message>
        <source>%1 is not enrolled: the face was deleted for good.</source>
        <translation>%1 n&apos;est pas enregistré : le visage a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation>%1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>%1 is enrolled since %2.</source>
        <translation>%1 est enregistré depuis le %2.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 est enregistré.</translation>
    </message>
    <message>
        <source>Delete the enrolled face of “%1”? It is erased for good; the user must enrol again.</source>
        <translation>Supprimer le visage enregistré de « %1 » ? Il est effacé définitivement ; l&apos;utilisateur devra s&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::HistoryStore</name>
    <message>
        <source>No file was given for the history.</source>
        <translation>Aucun fichier n&apos;a été indiqué pour l&apos;historique.</translation>
    </message>
    <message>
        <source>The history cannot be opened from %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique depuis %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside (%2), so it was left as it is and no history is kept.</source>
        <translation>Le fichier d&apos;historique %1 est endommagé et n&apos;a pas pu être mis de côté (%2) ; il a donc été laissé tel quel et aucun historique n&apos;est conservé.</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2, but a new one cannot be created: %3</source>
        <translation>Le fichier d&apos;historique %1 était endommagé et a été mis de côté sous %2, mais un nouveau fichier ne peut pas être créé : %3</translation>
    </message>
    <message>
        <source>The history file %1 was damaged and has been moved aside to %2. A new, empty history has been started.</source>
        <translation>Le fichier d&apos;historique %1 était endommagé et a été mis de côté sous %2. Un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Xident Console (schema %1; this version knows up to %2).</source>
        <translation>il a été écrit par une version plus récente de Xident Console (schéma %1 ; cette version connaît les schémas jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>The history is not open, so nothing can be read from it or kept in it.</source>
        <translation>L&apos;historique n&apos;est pas ouvert : rien ne peut y être lu ni conservé.</translation>
    </message>
    <message>
        <source>A session without a token cannot be kept in the history.</source>
        <translation>Une session sans jeton ne peut pas être conservée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The session %1 could not be saved in the history: %2</source>
        <translation>La session %1 n&apos;a pas pu être enregistrée dans l&apos;historique : %2</translation>
    </message>
    <message>
        <source>A status change of session %1 could not be saved in the history: %2</source>
        <translation>Un changement d&apos;état de la session %1 n&apos;a pas pu être enregistré dans l&apos;historique : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be removed from the history: %1</source>
        <translation>
            <numerusform>%n session n&apos;a pas pu être supprimée de l&apos;historique : %1</numerusform>
            <numerusform>%n sessions n&apos;ont pas pu être supprimées de l&apos;historique : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archived mark of %n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>La marque d&apos;archivage de %n session n&apos;a pas pu être enregistrée dans l&apos;historique : %1</numerusform>
            <numerusform>La marque d&apos;archivage de %n sessions n&apos;a pas pu être enregistrée dans l&apos;historique : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The watchlist could not be read from the history: %1</source>
        <translation>La liste de suivi n&apos;a pas pu être lue depuis l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The timeline of session %1 could not be read from the history: %2</source>
        <translation>La chronologie de la session %1 n&apos;a pas pu être lue depuis l&apos;historique : %2</translation>
    </message>
    <message>
        <source>A received webhook could not be saved in the history: %1</source>
        <translation>Un webhook reçu n&apos;a pas pu être enregistré dans l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The received webhooks could not be read from the history: %1</source>
        <translation>Les webhooks reçus n&apos;ont pas pu être lus depuis l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The received webhooks could not be removed from the history: %1</source>
        <translation>Les webhooks reçus n&apos;ont pas pu être supprimés de l&apos;historique : %1</translation>
    </message>
    <message>
        <source>a -wal file without its database</source>
        <translation>un fichier -wal sans sa base de données</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>le contrôle d&apos;intégrité n&apos;a donné aucune réponse</translation>
    </message>
    <message>
        <source>tables without a known schema version (%1)</source>
        <translation>des tables sans version de schéma connue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be saved in the history: %1</source>
        <translation>
            <numerusform>%n session n&apos;a pas pu être enregistrée dans l&apos;historique : %1</numerusform>
            <numerusform>%n sessions n&apos;ont pas pu être enregistrées dans l&apos;historique : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 could not be merged in the history: %2</source>
        <translation>La session %1 n&apos;a pas pu être fusionnée dans l&apos;historique : %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::InboxModel</name>
    <message>
        <source>refused (%1)</source>
        <translation>refusée (%1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>signature mismatch</source>
        <translation>signature non concordante</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>sans signature</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>en-tête mal formé</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>horodatage hors tolérance</translation>
    </message>
    <message>
        <source>signed, but not JSON</source>
        <translation>signée, mais pas en JSON</translation>
    </message>
    <message>
        <source>Judged by the webhook secret of profile &quot;%1&quot;.</source>
        <translation>Évaluée avec le secret de webhook du profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the watchlist as %1</source>
        <translation>Dans la liste de suivi sous %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused (%1), %n time(s)</source>
        <translation>
            <numerusform>refusée (%1), %n fois</numerusform>
            <numerusform>refusée (%1), %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused %n time(s) in a row, the last at %1.</source>
        <translation>
            <numerusform>Refusée %n fois de suite, la dernière le %1.</numerusform>
            <numerusform>Refusée %n fois de suite, la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>impossible à vérifier</translation>
    </message>
    <message>
        <source>No profile has a webhook secret, so the signature was not checked.</source>
        <translation>Aucun profil n&apos;a de secret de webhook : la signature n&apos;a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>The request has no X-Xident-Signature header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête X-Xident-Signature.</translation>
    </message>
    <message>
        <source>%1; connection cut on purpose</source>
        <translation>%1 ; connexion coupée exprès</translation>
    </message>
    <message>
        <source>%1; answered %2 on purpose</source>
        <translation>%1 ; réponse %2 donnée exprès</translation>
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
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>The server says “%1”, a status the console does not know; polling goes on.</source>
        <translation>Le serveur indique “%1”, un état que la console ne connaît pas ; l&apos;interrogation continue.</translation>
    </message>
    <message>
        <source>Last poll: %1</source>
        <translation>Dernière interrogation : %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 (the last poll)</source>
        <translation>%1 (dernière interrogation)</translation>
    </message>
    <message>
        <source>%1 (when it became %2)</source>
        <translation>%1 (au passage à l&apos;état %2)</translation>
    </message>
    <message>
        <source>Checks: none reported yet</source>
        <translation>Contrôles : aucun signalé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Contrôles :</translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation>(pas encore de résultat)</translation>
    </message>
    <message>
        <source>%1 (in %2:%3)</source>
        <translation>%1 (en %2:%3)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session : %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>État : %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Motif : %1 — %2</translation>
    </message>
    <message>
        <source>Age bracket: %1+</source>
        <translation>Tranche d&apos;âge : %1+</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Création : %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Request id (last poll): %1</source>
        <translation>ID de requête (dernière interrogation) : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (request id %4)</source>
        <translation>%1 : %2 → %3 (ID de requête %4)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>première observation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <source>Looking it up…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>The profile in use does not know this session; the others are being asked.</source>
        <translation>Le profil utilisé ne connaît pas cette session ; les autres sont interrogés.</translation>
    </message>
    <message>
        <source>Look it up on %1 too</source>
        <translation>Chercher aussi sur %1</translation>
    </message>
    <message>
        <source>%1
also %2</source>
        <translation>%1
aussi %2</translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation>Mettre en liste noire le visage de cette session, pour que toute vérification ultérieure échoue</translation>
    </message>
    <message>
        <source>estimated %1 (not verified)</source>
        <translation>estimé à %1 (non vérifié)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::InstanceGuard</name>
    <message>
        <source>The arguments were too long to hand to the running console.</source>
        <translation>Les arguments étaient trop longs pour être transmis à la console en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Another launch of the console is starting and did not finish in time.</source>
        <translation>Un autre lancement de la console est en cours et ne s&apos;est pas terminé à temps.</translation>
    </message>
    <message>
        <source>A console is already running but did not answer.</source>
        <translation>Une console est déjà en cours d&apos;exécution mais n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Later launches cannot reach this console: %1</source>
        <translation>Les lancements ultérieurs ne pourront pas joindre cette console : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 is open to other users.</source>
        <translation>%1 est accessible à d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé : %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::JsonTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the first %1 fields are shown</source>
        <translation>les %1 premiers champs sont affichés</translation>
    </message>
</context>
<context>
    <name>Xident::Console::MainWindow</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Webhook validator</source>
        <translation>Validateur de webhooks</translation>
    </message>
    <message>
        <source>Webhook inbox</source>
        <translation>Réception des webhooks</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Session finished: %1</source>
        <translation>Session terminée : %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Paste tokens…</source>
        <translation>&amp;Coller des jetons…</translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <translation>&amp;Rechercher une session</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Xident Console</source>
        <translation>À &amp;propos de Xident Console</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>New session &amp;form</source>
        <translation>&amp;Formulaire de nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Webhook validator</source>
        <translation>&amp;Validateur de webhooks</translation>
    </message>
    <message>
        <source>Webhook &amp;inbox</source>
        <translation>Réception des &amp;webhooks</translation>
    </message>
    <message>
        <source>Create a verification session (%1)</source>
        <translation>Créer une session de vérification (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil : </translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>Sandbox shared on the network</source>
        <translation>Bac à sable partagé sur le réseau</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Shared on the network: %1</source>
        <translation>Partagé sur le réseau : %1</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Test or live</source>
        <translation>TEST ou LIVE</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
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
        <translation>LIVE — le profil “%1” utilise une clé LIVE : les sessions sont réelles et peuvent être facturées.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>● server answers</source>
        <translation>● le serveur répond</translation>
    </message>
    <message>
        <source>● offline since %1</source>
        <translation>● hors ligne depuis %1</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>Mode p&amp;résentation</translation>
    </message>
    <message>
        <source>Show a verification demo full screen: a QR code for a phone, then the verdict (F11)</source>
        <translation>Afficher une démo de vérification en plein écran : un code QR pour un téléphone, puis le verdict (F11)</translation>
    </message>
    <message>
        <source>A link names the profile %1, which this console does not have; its session was not opened. Add the profile (Ctrl+,) and open the link again.</source>
        <translation>Un lien nomme le profil %1, que cette console n&apos;a pas ; sa session n&apos;a pas été ouverte. Ajoutez le profil (Ctrl+,) et ouvrez à nouveau le lien.</translation>
    </message>
    <message>
        <source>Open e&amp;vidence…</source>
        <translation>Ouvrir une &amp;preuve…</translation>
    </message>
    <message>
        <source>Open an evidence file</source>
        <translation>Ouvrir un fichier de preuve</translation>
    </message>
    <message>
        <source>Evidence files (*.html)</source>
        <translation>Fichiers de preuve (*.html)</translation>
    </message>
    <message>
        <source>The evidence was saved to %1.</source>
        <translation>La preuve a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>S&amp;andbox: faults and deliveries</source>
        <translation>S&amp;andbox : pannes et livraisons</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>S&amp;cénarios</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation>&amp;Liste noire</translation>
    </message>
    <message>
        <source>Face 2FA</source>
        <translation>2FA par visage</translation>
    </message>
    <message>
        <source>Face &amp;2FA</source>
        <translation>&amp;2FA par visage</translation>
    </message>
    <message>
        <source>Webhook inbox on another port</source>
        <translation>Boîte de réception des webhooks sur un autre port</translation>
    </message>
    <message>
        <source>Try the port again</source>
        <translation>Réessayer le port</translation>
    </message>
    <message>
        <source>Webhook inbox on port %1, not %2</source>
        <translation>Boîte de réception des webhooks sur le port %1, pas %2</translation>
    </message>
    <message>
        <source>Port %1 was taken; a sender pointed at it does not reach the inbox.</source>
        <translation>Le port %1 était occupé ; un expéditeur qui le vise n&apos;atteint pas la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::PasteTokensDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning, and Add reads all of it.</source>
        <translation>%1 de texte collé : la zone en montre le début, et Ajouter le lit en entier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 of text pasted: the box shows its beginning; Add reads the first %2, and the other %3 are left out.</source>
        <translation>%1 de texte collé : la zone en montre le début ; Ajouter en lit les premiers %2, et les %3 restants sont laissés de côté.</translation>
    </message>
    <message>
        <source>Clear it to type or paste something else.</source>
        <translation>Effacez-le pour saisir ou coller autre chose.</translation>
    </message>
    <message>
        <source>No session token found.</source>
        <translation>Aucun jeton de session trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, all new</source>
        <translation>
            <numerusform>%Ln jeton trouvé, nouveau</numerusform>
            <numerusform>%Ln jetons trouvés, tous nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found, already in the watchlist</source>
        <translation>
            <numerusform>%Ln jeton trouvé, déjà dans la liste de suivi</numerusform>
            <numerusform>%Ln jetons trouvés, déjà dans la liste de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) found: %1 new, %2 already in the watchlist</source>
        <translation>
            <numerusform>%Ln jeton trouvé : %1 nouveau, %2 déjà dans la liste de suivi</numerusform>
            <numerusform>%Ln jetons trouvés : %1 nouveaux, %2 déjà dans la liste de suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>; the rest ignored.</source>
        <translation> ; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) ignored, for example %1.</source>
        <translation>
            <numerusform>%Ln mot ignoré, par exemple %1.</numerusform>
            <numerusform>%Ln mots ignorés, par exemple %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::PictureFile</name>
    <message>
        <source>%1 is %2 MB; the API takes at most 10 MB.</source>
        <translation>%1 fait %2 Mo ; l&apos;API accepte 10 Mo au plus.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::PollScheduler</name>
    <message>
        <source>The profile&apos;s key is not available yet; polling waits for it.</source>
        <translation>La clé du profil n&apos;est pas encore disponible ; l&apos;interrogation l&apos;attend.</translation>
    </message>
    <message>
        <source>The server asked to slow down (429); polling resumes after the pause.</source>
        <translation>Le serveur a demandé de ralentir (429) ; l&apos;interrogation reprendra après la pause.</translation>
    </message>
    <message>
        <source>Polling stopped: %1</source>
        <translation>Interrogation arrêtée : %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Presenter</name>
    <message>
        <source>Presenting a verification demo</source>
        <translation>Présentation d&apos;une démo de vérification</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The API version is required, for example 2026-08-13.</source>
        <translation>La version de l&apos;API est obligatoire, par exemple 2026-08-13.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Le délai d&apos;attente doit être compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>Le nombre de nouvelles tentatives doit être compris entre 0 et 10.</translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation>L&apos;intervalle d&apos;interrogation doit être compris entre 1 seconde et 1 heure.</translation>
    </message>
    <message>
        <source>The webhook secret cannot contain line breaks.</source>
        <translation>Le secret de webhook ne peut pas contenir de sauts de ligne.</translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation>Ligne %1 : écrivez un en-tête sous la forme &quot;Nom: valeur&quot;.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileDialog</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its key and secret from the keychain? Its sessions stay in the watchlist.</source>
        <translation>Supprimer le profil &quot;%1&quot; ainsi que sa clé et son secret du trousseau ? Ses sessions restent dans la liste de suivi.</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (utilisé)</translation>
    </message>
    <message>
        <source> — LIVE</source>
        <translation> — LIVE</translation>
    </message>
    <message>
        <source>LIVE key: sessions created with it are real.</source>
        <translation>Clé LIVE : les sessions créées avec elle sont réelles.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications de &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>The local sandbox runs inside the console. Its test key and its webhook secret are made anew at each start and work only there; its address is port 9000, or a free one when 9000 is taken.</source>
        <translation>La sandbox locale s&apos;exécute dans la console. Sa clé de test et son secret de webhook sont créés à chaque démarrage et ne valent que là ; son adresse est le port 9000, ou un port libre si 9000 est pris.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileService</name>
    <message>
        <source>The keychain refused to store a secret of profile &quot;%1&quot;: it is kept for this run only and will be asked for again after a restart.</source>
        <translation>Le trousseau a refusé de stocker un secret du profil &quot;%1&quot; : il n&apos;est conservé que pour cette exécution et sera redemandé après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ProfileStore</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
</context>
<context>
    <name>Xident::Console::QrCodeWidget</name>
    <message>
        <source>Too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>Trop long pour un code QR : %1 octets, %2 au maximum.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n&apos;a pas pu être généré.</translation>
    </message>
    <message>
        <source>No QR code to show.</source>
        <translation>Aucun code QR à afficher.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms, attempt %3</source>
        <translation>HTTP %1, %2 ms, tentative %3</translation>
    </message>
    <message>
        <source>No HTTP answer, %1 ms, attempt %2</source>
        <translation>Pas de réponse HTTP, %1 ms, tentative %2</translation>
    </message>
    <message>
        <source>attempt %1; request id %2</source>
        <translation>tentative %1 ; ID de requête %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::RequestLogPane</name>
    <message>
        <source>All exchanges</source>
        <translation>Tous les échanges</translation>
    </message>
    <message>
        <source>Failures (not 2xx, or no answer)</source>
        <translation>Échecs (hors 2xx, ou sans réponse)</translation>
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
        <translation>%1 échanges affichés sur %2 (les %3 derniers sont conservés)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>HAR (*.har);;JSON (*.json)</source>
        <translation>HAR (*.har);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>All %n exchange(s) shown…</source>
        <translation>
            <numerusform>L&apos;échange affiché (%n)…</numerusform>
            <numerusform>Les %n échanges affichés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected exchange(s)…</source>
        <translation>
            <numerusform>L&apos;échange sélectionné (%n)…</numerusform>
            <numerusform>Les %n échanges sélectionnés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n exchange(s)</source>
        <translation>
            <numerusform>Exporter %n échange</numerusform>
            <numerusform>Exporter %n échanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxAdmin</name>
    <message>
        <source>The profile&apos;s base URL is not an http:// or https:// address.</source>
        <translation>L&apos;URL de base du profil n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The sandbox did not answer in time.</source>
        <translation>Le bac à sable n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The sandbox cannot be reached: %1</source>
        <translation>Le bac à sable est injoignable : %1</translation>
    </message>
    <message>
        <source>The server redirects (HTTP %1); redirects are not followed.</source>
        <translation>Le serveur redirige (HTTP %1) ; les redirections ne sont pas suivies.</translation>
    </message>
    <message>
        <source>The sandbox does not know this session for this key (another key&apos;s, forgotten, or not a sandbox).</source>
        <translation>Le bac à sable ne connaît pas cette session pour cette clé (celle d&apos;une autre clé, oubliée, ou pas un bac à sable).</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1.</source>
        <translation>Le bac à sable a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox answered HTTP %1: %2</source>
        <translation>Le bac à sable a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The answer is not the sandbox&apos;s: no JSON data object.</source>
        <translation>La réponse ne vient pas du bac à sable : pas d&apos;objet de données JSON.</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>latence %1 ms</translation>
    </message>
    <message>
        <source>%1 % of calls answered 500</source>
        <translation>%1 % des appels répondus par 500</translation>
    </message>
    <message numerus="yes">
        <source>%n scripted answer(s)</source>
        <translation>
            <numerusform>%n réponse scriptée</numerusform>
            <numerusform>%n réponses scriptées</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 calls a minute</source>
        <translation>au plus %1 appels par minute</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed answer(s)</source>
        <translation>
            <numerusform>%n réponse malformée</numerusform>
            <numerusform>%n réponses malformées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxHost</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Le bac à sable local n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Le bac à sable local n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Cannot share on %1: %2</source>
        <translation>Impossible de partager sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SandboxPane</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>a proxy&apos;s HTML 502 page</source>
        <translation>la page HTML 502 d&apos;un proxy</translation>
    </message>
    <message>
        <source>connection dropped mid-body</source>
        <translation>connexion coupée au milieu du corps</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>The profile in use has a LIVE key: faults and deliveries are a sandbox&apos;s, never production&apos;s.</source>
        <translation>Le profil utilisé a une clé LIVE : pannes et livraisons sont celles d&apos;une sandbox, jamais de la production.</translation>
    </message>
    <message>
        <source>%1 (%2) does not name itself a sandbox: faults and deliveries exist on the local sandbox and on any xident-sandbox.</source>
        <translation>%1 (%2) ne se présente pas comme une sandbox : pannes et livraisons existent sur la sandbox locale et sur toute xident-sandbox.</translation>
    </message>
    <message>
        <source>Scripted answers: &quot;%1&quot; is not an HTTP status (100 to 599).</source>
        <translation>Réponses scriptées : « %1 » n&apos;est pas un statut HTTP (100 à 599).</translation>
    </message>
    <message>
        <source>Scripted answers: at most 1000 statuses.</source>
        <translation>Réponses scriptées : 1000 statuts au plus.</translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation>La sandbox ne l&apos;a pas accepté : %1</translation>
    </message>
    <message>
        <source>Active: none; the sandbox serves this key plainly.</source>
        <translation>Actives : aucune ; la sandbox sert cette clé normalement.</translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation>Actives : %1.</translation>
    </message>
    <message>
        <source>Could not list the deliveries: %1</source>
        <translation>Impossible de lister les livraisons : %1</translation>
    </message>
    <message>
        <source>The newest %1 of %2 deliveries.</source>
        <translation>Les %1 livraisons les plus récentes sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) for this key.</source>
        <translation>
            <numerusform>%n livraison pour cette clé.</numerusform>
            <numerusform>%n livraisons pour cette clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery #%1 is being sent again.</source>
        <translation>La livraison n° %1 est renvoyée.</translation>
    </message>
    <message>
        <source>Delivery #%1 was not sent again: %2</source>
        <translation>La livraison n° %1 n&apos;a pas été renvoyée : %2</translation>
    </message>
    <message>
        <source>The local sandbox. The faults and deliveries below are this key&apos;s (%1) only.</source>
        <translation>La sandbox locale. Les pannes et livraisons ci-dessous ne concernent que cette clé (%1).</translation>
    </message>
    <message>
        <source>%1 is the xident-sandbox at %2. The faults and deliveries below are this key&apos;s (%3) only.</source>
        <translation>%1 est la xident-sandbox à %2. Les pannes et livraisons ci-dessous ne concernent que cette clé (%3).</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ScenarioModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Xident::Console::ScenariosPane</name>
    <message>
        <source>Open one or more scenario files (YAML). They run against sandboxes started for them in this program, each scenario with its own key, and never touch a profile&apos;s server.</source>
        <translation>Ouvrez un ou plusieurs fichiers de scénarios (YAML). Ils s&apos;exécutent contre des sandbox que ce programme démarre pour eux, chaque scénario avec sa propre clé, et ne touchent jamais le serveur d&apos;un profil.</translation>
    </message>
    <message>
        <source>The scenarios cannot run: %1</source>
        <translation>Les scénarios ne peuvent pas s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Open scenario files</source>
        <translation>Ouvrir des fichiers de scénarios</translation>
    </message>
    <message>
        <source>Scenario files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers de scénarios (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Stop the running scenarios first.</source>
        <translation>Arrêtez d&apos;abord les scénarios en cours.</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>Impossible de lire %1 :
%2</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 passed, %4 failed, %5 errors, %6 skipped%7</source>
        <translation>%1 sur %2 terminés : %3 réussis, %4 échoués, %5 erreurs, %6 ignorés%7</translation>
    </message>
    <message numerus="yes">
        <source>; %n running</source>
        <translation>
            <numerusform>; %n en cours</numerusform>
            <numerusform>; %n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 (%3, line %4): %5
</source>
        <translation>%1 / %2 (%3, ligne %4) : %5
</translation>
    </message>
    <message>
        <source>Ending: %1 · faults: %2 · receiver: %3
</source>
        <translation>Fin : %1 · pannes : %2 · récepteur : %3
</translation>
    </message>
    <message>
        <source>Session: %1 %2
</source>
        <translation>Session : %1 %2
</translation>
    </message>
    <message>
        <source>Request ids: %1
</source>
        <translation>Identifiants de requête : %1
</translation>
    </message>
    <message>
        <source>Run again from a shell: %1
</source>
        <translation>Relancer depuis un shell : %1
</translation>
    </message>
    <message>
        <source>Export an HTML report</source>
        <translation>Exporter un rapport HTML</translation>
    </message>
    <message>
        <source>Export a JUnit report</source>
        <translation>Exporter un rapport JUnit</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>The session of the scenario &quot;%1&quot; (%2, line %3), as its last poll read it. Read-only: its key belongs to no profile, so it is not polled and not added to the watchlist.</source>
        <translation>La session du scénario « %1 » (%2, ligne %3), telle que sa dernière interrogation l&apos;a lue. En lecture seule : sa clé n&apos;appartient à aucun profil, elle n&apos;est donc ni interrogée ni ajoutée à la liste de suivi.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SecretChooser</name>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Typed secret</source>
        <translation>Secret saisi</translation>
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
        <translation>Aucun service de trousseau n&apos;a répondu ; les secrets ne sont conservés que pour cette exécution et seront redemandés après un redémarrage.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; secrets are kept for this session only and will be asked for again after a restart.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps ; les secrets ne sont conservés que pour cette exécution et seront redemandés après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionLocator</name>
    <message>
        <source>its key is not available</source>
        <translation>sa clé n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (identifiant de requête %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Found on %1.</source>
        <translation>Trouvée sur %1.</translation>
    </message>
    <message>
        <source>Not found on %1.</source>
        <translation>Introuvable sur %1.</translation>
    </message>
    <message>
        <source>Could not ask %1.</source>
        <translation>Impossible d&apos;interroger %1.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Not asked, being LIVE: %1.</source>
        <translation>Non interrogés, car LIVE : %1.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionModel</name>
    <message>
        <source>Polling stopped</source>
        <translation>Interrogation arrêtée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 — last poll failed: %2</source>
        <translation>%1 — échec de la dernière interrogation : %2</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif d&apos;échec</translation>
    </message>
    <message>
        <source>Last polled</source>
        <translation>Dernière interrogation</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling has not confirmed it yet.</source>
        <translation>Webhook %1 reçu à %2 ; l&apos;interrogation ne l&apos;a pas encore confirmé.</translation>
    </message>
    <message>
        <source>Webhook %1 received at %2; polling agrees.</source>
        <translation>Webhook %1 reçu à %2 ; l&apos;interrogation concorde.</translation>
    </message>
    <message>
        <source>Mismatch: the webhook %1 received at %2 announced &quot;%3&quot;, but polling says &quot;%4&quot;.</source>
        <translation>Incohérence : le webhook %1 reçu à %2 annonçait &quot;%3&quot;, mais l&apos;interrogation indique &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 (found there)</source>
        <translation>%1 (trouvée là)</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Aussi %1.</translation>
    </message>
    <message>
        <source>Ticket and note</source>
        <translation>Ticket et note</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>estimé à %1</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SessionTracker</name>
    <message>
        <source>%1 The watchlist goes on, but what happens now may not be kept.</source>
        <translation>%1 La liste de suivi continue de fonctionner, mais ce qui se passe désormais risque de ne pas être conservé.</translation>
    </message>
    <message>
        <source>Not polled: its profile no longer exists.</source>
        <translation>Non interrogée : son profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Polling stopped: its profile was deleted.</source>
        <translation>Interrogation arrêtée : son profil a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::SignerWidget</name>
    <message>
        <source>Choose or type a secret first.</source>
        <translation>Choisissez ou saisissez d&apos;abord un secret.</translation>
    </message>
    <message>
        <source>HMAC-SHA256 is not available in this installation.</source>
        <translation>HMAC-SHA256 n&apos;est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>Choose or type a secret first: the request is signed with it.</source>
        <translation>Choisissez ou saisissez d&apos;abord un secret : la requête est signée avec celui-ci.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Envoi de %1 vers %2…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::StageWindow</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Language of the demo</source>
        <translation>Langue de la démo</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>Logo for the stage</source>
        <translation>Logo pour la scène</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The phone decides</source>
        <translation>Le téléphone décide</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussir</translation>
    </message>
    <message>
        <source>Fail: %1</source>
        <translation>Échouer : %1</translation>
    </message>
    <message>
        <source>Only a sandbox can set the outcome beforehand</source>
        <translation>Seule une sandbox peut fixer le résultat à l&apos;avance</translation>
    </message>
    <message>
        <source>Xident demo</source>
        <translation>Démo Xident</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Client suivant</translation>
    </message>
    <message>
        <source>A new session and a fresh code (Space, Enter or Page Down)</source>
        <translation>Une nouvelle session et un nouveau code (Espace, Entrée ou Page suivante)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sortir</translation>
    </message>
    <message>
        <source>Back to the console (Esc or F11)</source>
        <translation>Retour à la console (Échap ou F11)</translation>
    </message>
    <message>
        <source>Check the demo</source>
        <translation>Vérifier la démo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>QR code of the verification page</source>
        <translation>Code QR de la page de vérification</translation>
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
        <translation>Session …%1</translation>
    </message>
    <message>
        <source>Options ●</source>
        <translation>Options ●</translation>
    </message>
    <message>
        <source>Outcome set beforehand: pass</source>
        <translation>Résultat fixé à l&apos;avance : réussite</translation>
    </message>
    <message>
        <source>Outcome set beforehand: %1</source>
        <translation>Résultat fixé à l&apos;avance : %1</translation>
    </message>
    <message>
        <source>Outcome, language, screen and logo</source>
        <translation>Résultat, langue, écran et logo</translation>
    </message>
</context>
<context>
    <name>Xident::Console::TimelineModel</name>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(première observation)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received by the webhook inbox; the status it announced before polling confirmed it</source>
        <translation>Reçu par la réception des webhooks ; l&apos;état qu&apos;il annonçait avant que l&apos;interrogation ne le confirme</translation>
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
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
</context>
<context>
    <name>Xident::Console::VerdictView</name>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Gone with the sandbox</source>
        <translation>Disparue avec le bac à sable</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Pas encore interrogée</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WatchlistPane</name>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Open (still polled)</source>
        <translation>Ouvertes (encore interrogées)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Canceled, expired or gone</source>
        <translation>Annulées, expirées ou disparues</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Interroger maintenant</translation>
    </message>
    <message>
        <source>Poll &amp;all now</source>
        <translation>Interroger &amp;tout maintenant</translation>
    </message>
    <message>
        <source>Pa&amp;use polling</source>
        <translation>Sus&amp;pendre l&apos;interrogation</translation>
    </message>
    <message>
        <source>&amp;Resume polling</source>
        <translation>Repre&amp;ndre l&apos;interrogation</translation>
    </message>
    <message>
        <source>Pause all polling</source>
        <translation>Suspendre toute interrogation</translation>
    </message>
    <message>
        <source>Resume all polling</source>
        <translation>Reprendre toute interrogation</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>Effacer &amp;les terminées</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Remove sessions</source>
        <translation>Supprimer des sessions</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n session(s) from the watchlist and its history?</source>
        <translation>
            <numerusform>Supprimer %n session de la liste de suivi et de l&apos;historique ?</numerusform>
            <numerusform>Supprimer %n sessions de la liste de suivi et de l&apos;historique ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished session(s).</source>
        <translation>
            <numerusform>%n session terminée supprimée.</numerusform>
            <numerusform>%n sessions terminées supprimées.</numerusform>
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
            <numerusform>%1 sur %n session affichée</numerusform>
            <numerusform>%1 sur %n sessions affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exporter les sessions</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n session(s) shown.</source>
        <translation>
            <numerusform>Exporter %n session affichée.</numerusform>
            <numerusform>Exporter les %n sessions affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected session(s).</source>
        <translation>
            <numerusform>Exporter %n session sélectionnée.</numerusform>
            <numerusform>Exporter les %n sessions sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include user ids (personal data)</source>
        <translation>Inclure les ID utilisateur (données personnelles)</translation>
    </message>
    <message>
        <source>API keys and webhook secrets are never exported.</source>
        <translation>Les clés d&apos;API et les secrets de webhook ne sont jamais exportés.</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Look it up on the &amp;LIVE profiles too</source>
        <translation>Chercher aussi sur les profils &amp;LIVE</translation>
    </message>
    <message>
        <source>Chan&amp;ge profile…</source>
        <translation>Changer de p&amp;rofil…</translation>
    </message>
    <message>
        <source>&amp;Evidence for a ticket…</source>
        <translation>&amp;Preuve pour un ticket…</translation>
    </message>
    <message>
        <source>Add this person to the &amp;blacklist…</source>
        <translation>&amp;Ajouter cette personne à la liste noire…</translation>
    </message>
    <message>
        <source>Select one session.</source>
        <translation>Choisissez une session.</translation>
    </message>
    <message>
        <source>Blacklist this session&apos;s face, so that it fails any later verification</source>
        <translation>Mettre en liste noire le visage de cette session, pour que toute vérification ultérieure échoue</translation>
    </message>
    <message>
        <source>%1; reading older ones from the history…</source>
        <translation>%1 ; lecture des plus anciennes dans l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookCheck</name>
    <message>
        <source>one line</source>
        <translation>une seule ligne</translation>
    </message>
    <message>
        <source>LF line endings</source>
        <translation>fins de ligne LF</translation>
    </message>
    <message>
        <source>CRLF line endings</source>
        <translation>fins de ligne CRLF</translation>
    </message>
    <message>
        <source>CR line endings</source>
        <translation>fins de ligne CR</translation>
    </message>
    <message>
        <source>mixed line endings</source>
        <translation>fins de ligne mixtes</translation>
    </message>
    <message>
        <source>ends with a newline</source>
        <translation>se termine par un saut de ligne</translation>
    </message>
    <message>
        <source>no newline at the end</source>
        <translation>pas de saut de ligne final</translation>
    </message>
    <message>
        <source>starts with a UTF-8 BOM</source>
        <translation>commence par un BOM UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInbox</name>
    <message>
        <source>405: only POST is accepted</source>
        <translation>405 : seul POST est accepté</translation>
    </message>
    <message>
        <source>403: sent by a web page in a browser</source>
        <translation>403 : envoyée par une page web dans un navigateur</translation>
    </message>
    <message numerus="yes">
        <source>not forwarded: %n forward(s) are still waiting for an answer</source>
        <translation>
            <numerusform>non transférée : %n transfert attend encore une réponse</numerusform>
            <numerusform>non transférée : %n transferts attendent encore une réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries (%1 MB waiting)</source>
        <translation>503 : des livraisons précédentes sont encore en cours de vérification (%1 Mo en attente)</translation>
    </message>
    <message>
        <source>503: still judging earlier deliveries</source>
        <translation>503 : des livraisons précédentes sont encore en cours de vérification</translation>
    </message>
    <message>
        <source>503: still saving earlier deliveries</source>
        <translation>503 : des livraisons précédentes sont encore en cours d&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookInboxPane</name>
    <message>
        <source>Webhook inbox</source>
        <translation>Réception des webhooks</translation>
    </message>
    <message>
        <source>Port %1 is taken; the inbox listens on %2 instead.</source>
        <translation>Le port %1 est occupé ; la réception écoute sur %2 à la place.</translation>
    </message>
    <message>
        <source>Forward deliveries</source>
        <translation>Transférer les envois</translation>
    </message>
    <message>
        <source>Forward of #%1</source>
        <translation>Transfert de #%1</translation>
    </message>
    <message>
        <source>Replay of #%1</source>
        <translation>Renvoi de #%1</translation>
    </message>
    <message>
        <source>Clear the inbox</source>
        <translation>Vider la boîte de réception</translation>
    </message>
    <message>
        <source>Forget every received webhook, here and in the history?</source>
        <translation>Oublier tous les webhooks reçus, ici et dans l&apos;historique ?</translation>
    </message>
    <message>
        <source>The local sandbox delivers its webhooks here. Deliveries are judged by the webhook secrets of your profiles; only this computer can reach it.</source>
        <translation>Le bac à sable local envoie ses webhooks ici. Les envois sont évalués avec les secrets de webhook de vos profils ; seul cet ordinateur peut atteindre ce récepteur.</translation>
    </message>
    <message>
        <source>To see the webhooks of &quot;%1&quot; here, point its webhook URL (or a tunnel) at this address. They are judged by its webhook secret; only this computer can reach the receiver.</source>
        <translation>Pour voir ici les webhooks de &quot;%1&quot;, faites pointer son URL de webhook (ou un tunnel) vers cette adresse. Ils sont évalués avec son secret de webhook ; seul cet ordinateur peut atteindre le récepteur.</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>pas en écoute</translation>
    </message>
    <message>
        <source>The webhook inbox is off.</source>
        <translation>La réception des webhooks est désactivée.</translation>
    </message>
    <message>
        <source>Nothing received yet. Finish a session of the local sandbox, or send a webhook to the receiver&apos;s URL.</source>
        <translation>Rien de reçu pour l&apos;instant. Terminez une session du bac à sable local, ou envoyez un webhook à l&apos;URL du récepteur.</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4 — answered %5
</source>
        <translation>%1 %2 de %3 à %4 — réponse %5
</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2
</source>
        <translation>Verdict : %1 — %2
</translation>
    </message>
    <message>
        <source>Event: %1 %2
</source>
        <translation>Événement : %1 %2
</translation>
    </message>
    <message>
        <source>Session: %1 (in the watchlist)
</source>
        <translation>Session : %1 (dans la liste de suivi)
</translation>
    </message>
    <message>
        <source>
… %1 more; open it in the validator to judge the whole body.</source>
        <translation>
… encore %1 ; ouvrez la requête dans le validateur pour évaluer tout le corps.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Select a received request first.</source>
        <translation>Sélectionnez d&apos;abord une requête reçue.</translation>
    </message>
    <message>
        <source>Replay not sent: %1</source>
        <translation>Renvoi non effectué : %1</translation>
    </message>
    <message>
        <source>Replaying #%1 to %2…</source>
        <translation>Renvoi de #%1 vers %2…</translation>
    </message>
    <message>
        <source>That is the inbox itself: forwarding there would loop.</source>
        <translation>C&apos;est la réception elle-même : y transférer créerait une boucle.</translation>
    </message>
    <message>
        <source>A request from %1 at %2, refused before it was read — answered %3
</source>
        <translation>Une requête de %1 à %2, refusée avant d&apos;être lue — réponse %3
</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valides</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Matched to a session</source>
        <translation>Associées à une session</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed; the latest %1 are kept, with at most %2 of bodies.</source>
        <translation>
            <numerusform>%n requête listée ; les %1 dernières sont conservées, avec au plus %2 de corps.</numerusform>
            <numerusform>%n requêtes listées ; les %1 dernières sont conservées, avec au plus %2 de corps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown; the latest %2 are kept, with at most %3 of bodies.</source>
        <translation>
            <numerusform>%1 sur %n requête affichée ; les %2 dernières sont conservées, avec au plus %3 de corps.</numerusform>
            <numerusform>%1 sur %n requêtes affichées ; les %2 dernières sont conservées, avec au plus %3 de corps.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>connection closed mid-answer</source>
        <translation>connexion fermée au milieu de la réponse</translation>
    </message>
    <message>
        <source>Off: every delivery is answered 200.</source>
        <translation>Désactivé : chaque livraison reçoit 200.</translation>
    </message>
    <message>
        <source>the connection is cut mid-answer</source>
        <translation>la connexion est coupée au milieu de la réponse</translation>
    </message>
    <message>
        <source>senders hear %1</source>
        <translation>les expéditeurs reçoivent %1</translation>
    </message>
    <message numerus="yes">
        <source>On: %1 for the next %n delivery(s).</source>
        <translation>
            <numerusform>Activé : %1 pour la prochaine livraison.</numerusform>
            <numerusform>Activé : %1 pour les %n prochaines livraisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: %1 until switched off.</source>
        <translation>Activé : %1 jusqu&apos;à désactivation.</translation>
    </message>
    <message>
        <source>until switched off</source>
        <translation>jusqu&apos;à désactivation</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the inbox listens on %2: a sender pointed at %1 reaches something else, or nothing. Point it here, or try %1 again once it is free.</source>
        <translation>Le port %1 était occupé, la boîte de réception écoute donc sur %2 : un expéditeur qui vise %1 atteint autre chose, ou rien. Dirigez-le ici, ou réessayez %1 dès qu&apos;il est libre.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::WebhookRouter</name>
    <message>
        <source>503: not kept in time; the sender was asked to send it again</source>
        <translation>503 : non enregistrée à temps ; l&apos;expéditeur a été invité à la renvoyer</translation>
    </message>
    <message>
        <source>Port %1 is taken; the webhook inbox listens on %2 instead.</source>
        <translation>Le port %1 est occupé ; la réception des webhooks écoute sur %2 à la place.</translation>
    </message>
    <message>
        <source>The webhook inbox cannot listen on 127.0.0.1:%1: %2</source>
        <translation>La réception des webhooks ne peut pas écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
    <message>
        <source>Port %1 is still taken (%2); the inbox stays on %3.</source>
        <translation>Le port %1 est toujours occupé (%2) ; la boîte de réception reste sur %3.</translation>
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
        <translation>Masquer la signature atte&amp;ndue</translation>
    </message>
    <message>
        <source>Show e&amp;xpected signature</source>
        <translation>Afficher la signature atte&amp;ndue</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, read-only: a payload this large is judged as loaded, byte for byte. To change it, edit the file in a text editor and open it again.</source>
        <translation>Seuls les %1 premiers sur %2 sont affichés, en lecture seule : une charge utile aussi volumineuse est évaluée telle que chargée, octet par octet. Pour la modifier, éditez le fichier dans un éditeur de texte et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Edit as plain text</source>
        <translation>Modifier en texte brut</translation>
    </message>
    <message>
        <source>In the editor the payload becomes UTF-8 text with %1 line endings: invalid bytes are replaced and line endings made uniform, so the bytes that were loaded change. Edit anyway?</source>
        <translation>Dans l&apos;éditeur, la charge utile devient du texte UTF-8 avec des fins de ligne %1 : les octets non valides sont remplacés et les fins de ligne uniformisées, donc les octets chargés changent. Modifier quand même ?</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; the validator takes payloads up to %3.</source>
        <translation>%1 fait %2 ; le validateur accepte les charges utiles jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 dépasse %2.</translation>
    </message>
    <message>
        <source>Open a webhook payload</source>
        <translation>Ouvrir une charge utile de webhook</translation>
    </message>
    <message>
        <source>Payloads (*.json *.txt *.log *.bin);;All files (*)</source>
        <translation>Charges utiles (*.json *.txt *.log *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Judging %1 on a worker thread.</source>
        <translation>Évaluation de %1 dans un thread de travail.</translation>
    </message>
    <message>
        <source>Paste a payload</source>
        <translation>Collez une charge utile</translation>
    </message>
    <message>
        <source>Paste the body of a webhook (or open or drop a file), then its X-Xident-Signature header.</source>
        <translation>Collez le corps d&apos;un webhook (ou ouvrez ou déposez un fichier), puis son en-tête X-Xident-Signature.</translation>
    </message>
    <message>
        <source>Found what changed:</source>
        <translation>Ce qui a changé :</translation>
    </message>
    <message>
        <source>Nothing to explain: the payload is the signed bytes.</source>
        <translation>Rien à expliquer : la charge utile correspond aux octets signés.</translation>
    </message>
    <message>
        <source>Forensics look for what changed once the header and secret are given and the signature does not match.</source>
        <translation>L&apos;analyse recherche ce qui a changé une fois l&apos;en-tête et le secret fournis, lorsque la signature ne correspond pas.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object.</source>
        <translation>La charge utile n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type: %1
Id: %2
Created: %3</source>
        <translation>Type : %1
ID : %2
Création : %3</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;session:%1&quot;&gt;Open %1 in the watchlist&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;session:%1&quot;&gt;Ouvrir %1 dans la liste de suivi&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Session %1 is not in the watchlist.</source>
        <translation>La session %1 n&apos;est pas dans la liste de suivi.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile contient des octets UTF-8 invalides et des fins de ligne mixtes, qu&apos;un éditeur modifierait ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8 and CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile contient des octets UTF-8 invalides et des fins de ligne CR, qu&apos;un éditeur modifierait ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message>
        <source>Read-only: the payload has bytes that are not valid UTF-8, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile contient des octets UTF-8 invalides, qu&apos;un éditeur modifierait ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message>
        <source>Read-only: the payload has mixed line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile a des fins de ligne mixtes, qu&apos;un éditeur modifierait ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message>
        <source>Read-only: the payload has CR line endings, which an editor would change, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile a des fins de ligne CR, qu&apos;un éditeur modifierait ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message>
        <source>Read-only: the payload has characters a text editor changes, so it is judged exactly as loaded.</source>
        <translation>Lecture seule : la charge utile contient des caractères qu&apos;un éditeur de texte modifie ; elle est donc jugée exactement telle que chargée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes · counting…</source>
        <translation>
            <numerusform>%Ln octet · comptage…</numerusform>
            <numerusform>%Ln octets · comptage…</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the secret that ver&amp;ifies</source>
        <translation>Utiliser le secret qu&amp;i correspond</translation>
    </message>
    <message>
        <source>Use the &amp;bytes that verify</source>
        <translation>Utiliser les octets &amp;qui correspondent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No common accident (line endings, a trailing newline, a BOM, pretty-printing, escapes, white space, quotes, the secret&apos;s prefix), alone or two at once, explains it: the content differs, or the secret is another one.</source>
        <translation>Aucune altération courante (fins de ligne, saut de ligne final, BOM, mise en forme, échappements, espaces, guillemets, préfixe du secret), seule ou deux à la fois, ne l&apos;explique : le contenu diffère, ou le secret est un autre.</translation>
    </message>
    <message>
        <source>Found two changes at once:</source>
        <translation>Deux changements à la fois trouvés :</translation>
    </message>
    <message>
        <source>%1 And: %2</source>
        <translation>%1 Et : %2</translation>
    </message>
    <message>
        <source>No common accident, alone or two at once, explains it. Its keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received instead. Otherwise the content differs, or the secret is another one.</source>
        <translation>Aucune altération courante, seule ou deux à la fois, ne l&apos;explique. Ses clés sont dans l&apos;ordre alphabétique à chaque niveau, comme un framework les écrit après analyse : si votre code a analysé puis resérialisé le corps, vérifiez plutôt le corps brut tel que reçu. Sinon le contenu diffère, ou le secret est un autre.</translation>
    </message>
</context>
<context>
    <name>Xident::Console::Workspace</name>
    <message>
        <source>Port %1 is taken; the local sandbox listens on %2 instead.</source>
        <translation>Le port %1 est occupé ; le bac à sable local écoute sur %2 à la place.</translation>
    </message>
</context>
</TS>
