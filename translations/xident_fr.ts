<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>create a verification session (POST /init)</source>
        <translation>crée une session de vérification (POST /init)</translation>
    </message>
    <message>
        <source>read a session&apos;s result (GET /result/TOKEN); --wait polls until final</source>
        <translation>lit le résultat d&apos;une session (GET /result/TOKEN) ; --wait interroge jusqu&apos;au statut final</translation>
    </message>
    <message>
        <source>check a webhook&apos;s X-Xident-Signature over its exact body</source>
        <translation>vérifie l&apos;en-tête X-Xident-Signature d&apos;un webhook sur son corps exact</translation>
    </message>
    <message>
        <source>sign a payload the way Xident does (for tests)</source>
        <translation>signe une charge utile comme le fait Xident (pour les tests)</translation>
    </message>
    <message>
        <source>receive webhooks on this machine and print each with its verdict (--forward-to passes them on)</source>
        <translation>reçoit des webhooks sur cette machine et affiche chacun avec son verdict (--forward-to les transmet)</translation>
    </message>
    <message>
        <source>the face blacklist</source>
        <translation>la liste noire des visages</translation>
    </message>
    <message>
        <source>face two-factor checks (--wait for the verdict)</source>
        <translation>contrôles faciaux à deux facteurs (--wait pour le verdict)</translation>
    </message>
    <message>
        <source>write an evidence file for a ticket (--out FILE.html; --history adds the console&apos;s timeline)</source>
        <translation>écrire un fichier de preuve pour un ticket (--out FICHIER.html ; --history ajoute la chronologie de la console)</translation>
    </message>
    <message>
        <source>run scenario files against sandboxes in this process or a server (--junit, --html)</source>
        <translation>exécuter des fichiers de scénarios contre des sandbox de ce processus ou un serveur (--junit, --html)</translation>
    </message>
</context>
<context>
    <name>Xident::Cli::Cli</name>
    <message>
        <source>Usage: xident &lt;command&gt; [options]
</source>
        <translation>Utilisation : xident &lt;commande&gt; [options]
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
        <translation>Options communes des commandes d&apos;API :
  --base-url URL     URL de base de l&apos;API (env. XIDENT_BASE_URL ; par défaut http://localhost:9000)
  --api-key-file F   lit la clé secrète dans un fichier (- pour l&apos;entrée standard)
  --api-key KEY      clé secrète sk_test_/sk_live_ ; visible dans ps : préférez XIDENT_SECRET_KEY ou --api-key-file
  --timeout S        secondes par tentative (par défaut 30)
  --max-retries N    nouvelles tentatives sur 5xx, erreurs réseau et 429 avec Retry-After (par défaut 3)
  --api-version D    en-tête X-API-Version (par défaut 2026-08-13 ; les dates plus anciennes reçoivent l&apos;ancienne forme du résultat)
  --json             sortie lisible par machine sur stdout (jamais traduite)
</translation>
    </message>
    <message>
        <source>Language:
  --lang CODE        en, de or fr instead of the system&apos;s (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
</source>
        <translation>Langue :
  --lang CODE        en, de ou fr au lieu de celle du système (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
</translation>
    </message>
    <message>
        <source>Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over
--api-key/--secret, whose values any user can read in the process list.
</source>
        <translation>Secrets : l&apos;environnement (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) ou un fichier est préférable à
--api-key/--secret, dont tout utilisateur peut lire les valeurs dans la liste des processus.
</translation>
    </message>
    <message>
        <source>Run &quot;xident &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation>Lancez &quot;xident &lt;commande&gt; --help&quot; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a webhook body may have</source>
        <translation>%1 dépasse les %2 Mio autorisés pour un corps de webhook</translation>
    </message>
    <message>
        <source>standard input is empty</source>
        <translation>l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>expected the secret alone on one line</source>
        <translation>le secret doit être seul sur une ligne</translation>
    </message>
    <message>
        <source>xident: %1</source>
        <translation>xident: %1</translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3)</source>
        <translation>xident %1 (Qt %2, HMAC-SHA256 : %3)</translation>
    </message>
    <message>
        <source>xident %1 (Qt %2, HMAC-SHA256: %3, UNAVAILABLE)</source>
        <translation>xident %1 (Qt %2, HMAC-SHA256 : %3, INDISPONIBLE)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>API base URL (env XIDENT_BASE_URL; default http://localhost:9000).</source>
        <translation>URL de base de l&apos;API (env. XIDENT_BASE_URL ; par défaut http://localhost:9000).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Secret API key. Visible in the process list: prefer the environment (XIDENT_SECRET_KEY) or --api-key-file. Never printed.</source>
        <translation>Clé d&apos;API secrète. Visible dans la liste des processus : préférez l&apos;environnement (XIDENT_SECRET_KEY) ou --api-key-file. Jamais affichée.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Read the secret API key from a file, or - for standard input.</source>
        <translation>Lit la clé d&apos;API secrète dans un fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Seconds per attempt (default 30, at least 1).</source>
        <translation>Secondes par tentative (par défaut 30, au moins 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Retries on 5xx, network errors and 429 (default 3).</source>
        <translation>Nouvelles tentatives sur 5xx, erreurs réseau et 429 (par défaut 3).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>X-API-Version to send (default 2026-08-13).</source>
        <translation>X-API-Version à envoyer (par défaut 2026-08-13).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par machine.</translation>
    </message>
    <message>
        <source>File with the raw body, or - for standard input.</source>
        <translation>Fichier contenant le corps brut, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Webhook secret whsec_... Visible in the process list: prefer the environment (XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed.</source>
        <translation>Secret de webhook whsec_... Visible dans la liste des processus : préférez l&apos;environnement (XIDENT_WEBHOOK_SECRET) ou --secret-file. Jamais affiché.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Read the webhook secret from a file, or - for standard input.</source>
        <translation>Lit le secret de webhook dans un fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--%1 and --%2 are exclusive.</source>
        <translation>--%1 et --%2 s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1 : %2.</translation>
    </message>
    <message>
        <source>--%1: expected %2 from %3 to %4, got &quot;%5&quot;.</source>
        <translation>--%1 : attendu %2 de %3 à %4, reçu « %5 ».</translation>
    </message>
    <message>
        <source>%1 cannot all read standard input: give files for all but one.</source>
        <translation>%1 ne peuvent pas tous lire l&apos;entrée standard : donnez des fichiers pour tous sauf un.</translation>
    </message>
    <message>
        <source>Run &quot;xident %1 --help&quot; for the options.</source>
        <translation>Lancez &quot;xident %1 --help&quot; pour les options.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>xident: using a LIVE key (%1)</source>
        <translation>xident: utilisation d&apos;une clé LIVE (%1)</translation>
    </message>
    <message>
        <source>  body: %1</source>
        <translation>  corps : %1</translation>
    </message>
    <message>
        <source>Create a verification session (POST /init).</source>
        <translation>Crée une session de vérification (POST /init).</translation>
    </message>
    <message>
        <source>Required: where the user returns (absolute http(s) URL).</source>
        <translation>Obligatoire : adresse de retour de l&apos;utilisateur (URL http(s) absolue).</translation>
    </message>
    <message>
        <source>Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification).</source>
        <translation>Seuil d&apos;âge (12, 15, 18, 21, 25 ; API plus récente 1-99, 0 avec id_verification).</translation>
    </message>
    <message>
        <source>Redirect on success.</source>
        <translation>Redirection en cas de succès.</translation>
    </message>
    <message>
        <source>Redirect on failure.</source>
        <translation>Redirection en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>Your user id (echoed as external_user_id).</source>
        <translation>Votre id utilisateur (renvoyé comme external_user_id).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>light, dark, auto or system.</source>
        <translation>light, dark, auto ou system.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Widget locale: en, de, fr, ...</source>
        <translation>Langue du widget : en, de, fr, ...</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>Opaque string stored with the session.</source>
        <translation>Chaîne opaque enregistrée avec la session.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>easy, medium or hard.</source>
        <translation>easy, medium ou hard.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>age_verification, id_verification or free text.</source>
        <translation>age_verification, id_verification ou texte libre.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>auto, document or facial.</source>
        <translation>auto, document ou facial.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>init takes no positional arguments (got &quot;%1&quot;).</source>
        <translation>init n&apos;accepte aucun argument positionnel (reçu « %1 »).</translation>
    </message>
    <message>
        <source>init: --callback-url is required.</source>
        <translation>init : --callback-url est obligatoire.</translation>
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
        <translation>%1 (statut inconnu, pas un verdict)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
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
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>age bracket</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>id de session</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>id utilisateur</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarrée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>risk band</source>
        <translation>tranche de risque</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>non effectué</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>id de requête</translation>
    </message>
    <message>
        <source>Read a session&apos;s result (GET /result/TOKEN).</source>
        <translation>Lit le résultat d&apos;une session (GET /result/TOKEN).</translation>
    </message>
    <message>
        <source>The init token (xit_...) or result token (xtk_...).</source>
        <translation>Le jeton d&apos;init (xit_...) ou le jeton de résultat (xtk_...).</translation>
    </message>
    <message>
        <source>Poll until the session is final.</source>
        <translation>Interroge jusqu&apos;à ce que la session ait un statut final.</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 2).</source>
        <translation>Secondes entre deux interrogations avec --wait (par défaut 2).</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 600).</source>
        <translation>Abandonne l&apos;attente après ce nombre de secondes (par défaut 600).</translation>
    </message>
    <message>
        <source>result: a TOKEN is required.</source>
        <translation>result : un TOKEN est obligatoire.</translation>
    </message>
    <message>
        <source>result: exactly one TOKEN, please.</source>
        <translation>result : un seul TOKEN, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>--interval and --wait-timeout go with --wait.</source>
        <translation>--interval et --wait-timeout s&apos;utilisent avec --wait.</translation>
    </message>
    <message>
        <source>xident: status %1</source>
        <translation>xident: statut %1</translation>
    </message>
    <message>
        <source>Usage: xident webhook verify|sign|listen [options]
Run &quot;xident webhook &lt;command&gt; --help&quot; for the options of each.
</source>
        <translation>Utilisation : xident webhook verify|sign|listen [options]
Lancez &quot;xident webhook &lt;commande&gt; --help&quot; pour les options de chacune.
</translation>
    </message>
    <message>
        <source>unknown webhook command &quot;%1&quot;: use verify, sign or listen.</source>
        <translation>commande webhook inconnue « %1 » : utilisez verify, sign ou listen.</translation>
    </message>
    <message>
        <source>Verify a webhook&apos;s signature over its exact body.</source>
        <translation>Vérifie la signature d&apos;un webhook sur son corps exact.</translation>
    </message>
    <message>
        <source>The X-Xident-Signature header value.</source>
        <translation>La valeur de l&apos;en-tête X-Xident-Signature.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Seconds a timestamp may be off, either way (default 300; 0 disables).</source>
        <translation>Écart toléré pour l&apos;horodatage, en secondes, dans un sens ou dans l&apos;autre (par défaut 300 ; 0 désactive).</translation>
    </message>
    <message>
        <source>Evaluate at this Unix time instead of the clock.</source>
        <translation>Évalue à cette heure Unix au lieu de l&apos;horloge.</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>When the signature does not match, try the common accidental changes (line endings, a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the secret&apos;s white space or prefix) and say which one would make it valid.</source>
        <translation>Si la signature ne correspond pas, essaie les modifications accidentelles courantes (fins de ligne, saut de ligne final, BOM, mise en forme indentée, échappements, guillemets d&apos;une ligne de journal, espaces ou préfixe du secret) et indique laquelle la rendrait valide.</translation>
    </message>
    <message>
        <source>webhook verify: --payload FILE|- is required.</source>
        <translation>webhook verify : --payload FILE|- est obligatoire.</translation>
    </message>
    <message>
        <source>webhook verify: --signature HEADER is required (quote it: it contains commas).</source>
        <translation>webhook verify : --signature HEADER est obligatoire (mettez-le entre guillemets : il contient des virgules).</translation>
    </message>
    <message>
        <source>whole seconds</source>
        <translation>secondes entières</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>secondes Unix</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>valide : %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>pourquoi : %1</translation>
    </message>
    <message>
        <source>event: %1 %2</source>
        <translation>événement : %1 %2</translation>
    </message>
    <message>
        <source>Sign a payload the way Xident does; prints the X-Xident-Signature value.</source>
        <translation>Signe une charge utile comme le fait Xident ; affiche la valeur de X-Xident-Signature.</translation>
    </message>
    <message>
        <source>Unix time to sign with (default now).</source>
        <translation>Heure Unix de la signature (par défaut maintenant).</translation>
    </message>
    <message>
        <source>webhook sign: --payload FILE|- is required.</source>
        <translation>webhook sign : --payload FILE|- est obligatoire.</translation>
    </message>
    <message>
        <source>webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret).</source>
        <translation>webhook sign : aucun secret ; définissez XIDENT_WEBHOOK_SECRET ou passez --secret-file (ou --secret).</translation>
    </message>
    <message>
        <source>xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend %1).</source>
        <translation>xident: impossible de signer : HMAC-SHA256 n&apos;est pas disponible dans cette installation (backend %1).</translation>
    </message>
    <message>
        <source>--image: cannot read %1: %2</source>
        <translation>--image : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--image: %1 is larger than the 10 MB the API takes.</source>
        <translation>--image : %1 dépasse les 10 Mo acceptés par l&apos;API.</translation>
    </message>
    <message>
        <source>--image: %1 is empty.</source>
        <translation>--image : %1 est vide.</translation>
    </message>
    <message>
        <source>Usage: xident blacklist list [--page N] [--per-page N]
       xident blacklist add-session TOKEN --reason TEXT     (the xtk_ token of a finished session)
       xident blacklist add-image --image FILE|- --reason TEXT
       xident blacklist remove ID
Additions are processed asynchronously: they appear in the list once processed.
</source>
        <translation>Utilisation : xident blacklist list [--page N] [--per-page N]
              xident blacklist add-session TOKEN --reason TEXT     (le jeton xtk_ d&apos;une session terminée)
              xident blacklist add-image --image FILE|- --reason TEXT
              xident blacklist remove ID
Les ajouts sont traités de manière asynchrone : ils apparaissent dans la liste une fois traités.
</translation>
    </message>
    <message>
        <source>blacklist: a subcommand is required.</source>
        <translation>blacklist : une sous-commande est obligatoire.</translation>
    </message>
    <message>
        <source>blacklist: unknown subcommand &quot;%1&quot;.</source>
        <translation>blacklist : sous-commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Page, from 1 (default 1).</source>
        <translation>Page, à partir de 1 (par défaut 1).</translation>
    </message>
    <message>
        <source>Entries a page, 1 to 100 (default 20).</source>
        <translation>Entrées par page, de 1 à 100 (par défaut 20).</translation>
    </message>
    <message>
        <source>Why (at most 500 characters); required.</source>
        <translation>Motif (500 caractères au plus) ; obligatoire.</translation>
    </message>
    <message>
        <source>The face image file, or - for standard input (at most 10 MB).</source>
        <translation>Le fichier image du visage, ou - pour l&apos;entrée standard (10 Mo au plus).</translation>
    </message>
    <message>
        <source>blacklist %1: exactly one %2, please.</source>
        <translation>blacklist %1 : un seul %2, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>blacklist %1 takes no positional arguments.</source>
        <translation>blacklist %1 n&apos;accepte aucun argument positionnel.</translation>
    </message>
    <message>
        <source>blacklist %1: --reason is required.</source>
        <translation>blacklist %1 : --reason est obligatoire.</translation>
    </message>
    <message>
        <source>a page number</source>
        <translation>un numéro de page</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>blacklist remove: the ID is a positive whole number, got &quot;%1&quot;.</source>
        <translation>blacklist remove : l&apos;ID doit être un nombre entier positif, reçu « %1 ».</translation>
    </message>
    <message>
        <source>blacklist add-image: --image FILE|- is required.</source>
        <translation>blacklist add-image : --image FILE|- est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 (%n entry/entries)</source>
        <translation>
            <numerusform>page %1 sur %2 (%n entrée)</numerusform>
            <numerusform>page %1 sur %2 (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted: %1 (it appears in the list once processed)</source>
        <translation>accepté : %1 (apparaîtra dans la liste une fois traité)</translation>
    </message>
    <message>
        <source>Usage: xident 2fa register|verify --user-id ID --image FILE|- [--wait]
       xident 2fa status CHALLENGE_ID [--wait]
       xident 2fa user USER_ID          (enrolled or not)
       xident 2fa delete USER_ID        (a hard delete; deleting nothing succeeds)
With --wait the command polls the challenge and exits 0 when it passed, 13 when it failed or expired.
</source>
        <translation>Utilisation : xident 2fa register|verify --user-id ID --image FILE|- [--wait]
              xident 2fa status CHALLENGE_ID [--wait]
              xident 2fa user USER_ID          (inscrit ou non)
              xident 2fa delete USER_ID        (suppression définitive ; supprimer un utilisateur absent réussit aussi)
Avec --wait, la commande interroge le défi et se termine avec 0 s&apos;il a réussi, 13 s&apos;il a échoué ou expiré.
</translation>
    </message>
    <message>
        <source>2fa: a subcommand is required.</source>
        <translation>2fa : une sous-commande est obligatoire.</translation>
    </message>
    <message>
        <source>2fa: unknown subcommand &quot;%1&quot;.</source>
        <translation>2fa : sous-commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Your user&apos;s id (at most 255 characters); required.</source>
        <translation>L&apos;id de votre utilisateur (255 caractères au plus) ; obligatoire.</translation>
    </message>
    <message>
        <source>Poll the challenge until it is decided.</source>
        <translation>Interroge le défi jusqu&apos;à ce qu&apos;il soit tranché.</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 1).</source>
        <translation>Secondes entre deux interrogations avec --wait (par défaut 1).</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 120).</source>
        <translation>Abandonne l&apos;attente après ce nombre de secondes (par défaut 120).</translation>
    </message>
    <message>
        <source>2fa %1 takes no positional arguments.</source>
        <translation>2fa %1 n&apos;accepte aucun argument positionnel.</translation>
    </message>
    <message>
        <source>2fa %1: exactly one %2, please.</source>
        <translation>2fa %1 : un seul %2, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>2fa %1: --user-id and --image are required.</source>
        <translation>2fa %1 : --user-id et --image sont obligatoires.</translation>
    </message>
    <message>
        <source>xident: challenge %1 is processing</source>
        <translation>xident: défi %1 en cours de traitement</translation>
    </message>
    <message>
        <source>challenge_id</source>
        <translation>challenge_id</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>enrolled at</source>
        <translation>inscrit le</translation>
    </message>
    <message>
        <source>deleted (or there was nothing to delete)</source>
        <translation>supprimé (ou il n&apos;y avait rien à supprimer)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>failure reason</source>
        <translation>motif d&apos;échec</translation>
    </message>
    <message>
        <source>Receive webhooks on this machine and print each delivery with its verdict (until interrupted).</source>
        <translation>Reçoit des webhooks sur cette machine et affiche chaque livraison avec son verdict (jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>One JSON object per delivery and line, with its headers and body.</source>
        <translation>Un objet JSON par livraison et par ligne, avec ses en-têtes et son corps.</translation>
    </message>
    <message>
        <source>Port to listen on (default 9100; 0 picks a free one).</source>
        <translation>Port d&apos;écoute (par défaut 9100 ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; other machines reach it only when you name one of their networks&apos; addresses).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1 ; les autres machines ne l&apos;atteignent que si vous indiquez l&apos;adresse de l&apos;un de leurs réseaux).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Webhook secret to verify with (prefer XIDENT_WEBHOOK_SECRET or --secret-file).</source>
        <translation>Secret de webhook pour la vérification (préférez XIDENT_WEBHOOK_SECRET ou --secret-file).</translation>
    </message>
    <message>
        <source>whsec</source>
        <translation>whsec</translation>
    </message>
    <message>
        <source>Read the webhook secret from a file (- for standard input).</source>
        <translation>Lit le secret de webhook dans un fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Pass every delivery on to this URL (its body and headers as received) and print the answer.</source>
        <translation>Transmet chaque livraison à cette URL (corps et en-têtes tels que reçus) et affiche la réponse.</translation>
    </message>
    <message>
        <source>Largest body accepted, in bytes (default 10485760); larger ones get 413.</source>
        <translation>Taille maximale du corps accepté, en octets (par défaut 10485760) ; les corps plus grands reçoivent 413.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>a port number</source>
        <translation>un numéro de port</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not an IP address.</source>
        <translation>--host : « %1 » n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>--forward-to: use an absolute http:// or https:// URL.</source>
        <translation>--forward-to : utilisez une URL absolue http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 refused %2 %3: 405 method not allowed</source>
        <translation>%1 a refusé %2 %3 : 405 méthode non autorisée</translation>
    </message>
    <message>
        <source>unverified (no secret)</source>
        <translation>non vérifié (aucun secret)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>INVALID (%1)</source>
        <translation>INVALIDE (%1)</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %3 %4 from %5, %n byte(s): %6</source>
        <translation>
            <numerusform>#%1 %2 %3 %4 de %5, %n octet : %6</numerusform>
            <numerusform>#%1 %2 %3 %4 de %5, %n octets : %6</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>  #%1 forwarded to %2: %3 in %4 ms</source>
        <translation>  #%1 transmis à %2 : %3 en %4 ms</translation>
    </message>
    <message>
        <source>%1 refused a request from %2: %3 %4</source>
        <translation>%1 a refusé une requête de %2 : %3 %4</translation>
    </message>
    <message>
        <source>xident: cannot listen on %1:%2: %3</source>
        <translation>xident: impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops); no secret: deliveries are shown unverified</source>
        <translation>à l&apos;écoute sur %1 (envoyez les webhooks ici en POST ; Ctrl+C pour arrêter) ; aucun secret : les livraisons sont affichées sans vérification</translation>
    </message>
    <message>
        <source>listening on %1 (POST webhooks here; Ctrl+C stops)</source>
        <translation>à l&apos;écoute sur %1 (envoyez les webhooks ici en POST ; Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Run &quot;xident --help&quot; for the list of commands.</source>
        <translation>Lancez &quot;xident --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>xident: --lang needs a language code: en, de or fr.</source>
        <translation>xident: --lang demande un code de langue : en, de ou fr.</translation>
    </message>
    <message>
        <source>xident: attempt %1 in %2 ms, after: %3</source>
        <translation>xident: tentative %1 dans %2 ms, cause : %3</translation>
    </message>
    <message>
        <source>xident: a poll failed: %1 Next poll in %2 ms.</source>
        <translation>xident: une interrogation a échoué : %1 Prochaine interrogation dans %2 ms.</translation>
    </message>
    <message>
        <source>xident: the session was not final within --wait-timeout; its last state is shown above.</source>
        <translation>xident: la session n&apos;était pas finale dans le délai --wait-timeout ; son dernier état est affiché ci-dessus.</translation>
    </message>
    <message>
        <source>xident: no answer about the session within --wait-timeout.</source>
        <translation>xident: aucune réponse sur la session dans le délai --wait-timeout.</translation>
    </message>
    <message>
        <source>--payload: %1</source>
        <translation>--payload : %1</translation>
    </message>
    <message>
        <source>invalid: %1. %2</source>
        <comment>verdict title, then the sentence that explains it</comment>
        <translation>invalide : %1. %2</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a blacklist entry (French: feminine)</comment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>a 2fa challenge (French: masculine)</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a file.</source>
        <translation>evidence : --history : %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>evidence: --history: %1 is not a history file of Xident Console.</source>
        <translation>evidence : --history : %1 n&apos;est pas un fichier d&apos;historique de Xident Console.</translation>
    </message>
    <message>
        <source>Write one HTML file with the verdict, the reply sentence, the checks, the timeline and the requests of sessions, for a support ticket. It is in the language of --lang; keys and secrets are never written.</source>
        <translation>Écrire un fichier HTML avec le verdict, la phrase de réponse, les contrôles, la chronologie et les requêtes de sessions, pour un ticket de support. Il est dans la langue de --lang ; les clés et les secrets ne sont jamais écrits.</translation>
    </message>
    <message>
        <source>The init tokens (xit_...) or result tokens (xtk_...).</source>
        <translation>Les jetons d&apos;initialisation (xit_...) ou de résultat (xtk_...).</translation>
    </message>
    <message>
        <source>TOKEN...</source>
        <translation>JETON...</translation>
    </message>
    <message>
        <source>The file to write (.html).</source>
        <translation>Le fichier à écrire (.html).</translation>
    </message>
    <message>
        <source>Write the user id too (personal data).</source>
        <translation>Écrire aussi l&apos;identifiant utilisateur (donnée personnelle).</translation>
    </message>
    <message>
        <source>Write the raw result JSON too.</source>
        <translation>Écrire aussi le JSON brut du résultat.</translation>
    </message>
    <message>
        <source>The console&apos;s history file, read only: the timeline, ticket and note.</source>
        <translation>Le fichier d&apos;historique de la console, en lecture seule : chronologie, ticket et note.</translation>
    </message>
    <message>
        <source>evidence: at least one TOKEN is required.</source>
        <translation>evidence : au moins un JETON est requis.</translation>
    </message>
    <message>
        <source>evidence: --out FILE.html is required.</source>
        <translation>evidence : --out FICHIER.html est requis.</translation>
    </message>
    <message>
        <source>The server did not answer for it now (%1); the history&apos;s last result is shown.</source>
        <translation>Le serveur n&apos;a pas répondu pour elle maintenant (%1) ; le dernier résultat de l&apos;historique est affiché.</translation>
    </message>
    <message>
        <source>xident: evidence: %1 could not be written: %2</source>
        <translation>xident : evidence : %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>evidence: --history: %1 does not exist.</source>
        <translation>evidence : --history : %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>xident: evidence: %1:</source>
        <translation>xident : evidence : %1 :</translation>
    </message>
    <message>
        <source>Wait, then exit 0 only when the session ends in this state (success, failed, canceled, expired or claimed), 14 when it ends otherwise.</source>
        <translation>Attendre, puis ne sortir avec 0 que si la session se termine dans cet état (success, failed, canceled, expired ou claimed), avec 14 si elle se termine autrement.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>With --expect failed: the failure reason expected too.</source>
        <translation>Avec --expect failed : le motif d&apos;échec attendu aussi.</translation>
    </message>
    <message>
        <source>--expect: &quot;%1&quot; is not a final state; use one of %2.</source>
        <translation>--expect : « %1 » n&apos;est pas un état final ; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>--expect-reason goes with --expect failed.</source>
        <translation>--expect-reason va avec --expect failed.</translation>
    </message>
    <message>
        <source>xident: as expected: %1</source>
        <translation>xident : comme attendu : %1</translation>
    </message>
    <message>
        <source>xident: expected %1, but the session ended %2.</source>
        <translation>xident : %1 était attendu, mais la session s&apos;est terminée %2.</translation>
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
        <translation>Codes de sortie :
  0    succès
  1    échec interne
  2    erreur d&apos;utilisation : commande, option ou valeur incorrecte ; fichier illisible
  3    refusé localement avant toute requête (clé, URL, paramètre)
  4    authentification (401, 403)
  5    validation (400 et autres 4xx)
  6    introuvable : jeton inconnu ou expiré (404)
  7    limite de débit atteinte (429 après épuisement des nouvelles tentatives)
  8    erreur du serveur (5xx après les nouvelles tentatives)
  9    réseau ou délai dépassé : refus, réinitialisation, DNS, TLS
  10   réponse illisible : pas du JSON, trop volumineuse, ou une redirection
  11   webhook invalide : la signature ou le corps n&apos;est pas valide
  12   result --wait : pas de statut final dans le délai imparti
  13   2fa --wait : le verdict est négatif (failed ou expired)
  14   result --expect : la session s&apos;est terminée autrement qu&apos;attendu
  130  annulé
  (webhook verify se termine avec 1, et non 11, quand aucun HMAC ne peut être calculé : installation défectueuse, pas falsification)
</translation>
    </message>
    <message>
        <source>scenarios: say run, e.g. xident scenarios run smoke.yaml.</source>
        <translation>scenarios : indiquez run, par ex. xident scenarios run smoke.yaml.</translation>
    </message>
    <message>
        <source>scenarios: unknown subcommand &quot;%1&quot;; use run.</source>
        <translation>scenarios : sous-commande « %1 » inconnue ; utilisez run.</translation>
    </message>
    <message>
        <source>Run scenario files (YAML): create sessions, end them, check results and webhooks.</source>
        <translation>Exécuter des fichiers de scénarios (YAML) : créer des sessions, les terminer, vérifier résultats et webhooks.</translation>
    </message>
    <message>
        <source>Scenario files.</source>
        <translation>Fichiers de scénarios.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>Write a JUnit XML report here.</source>
        <translation>Écrire un rapport JUnit XML ici.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report here.</source>
        <translation>Écrire un rapport HTML autonome ici.</translation>
    </message>
    <message>
        <source>Scenarios run at once, 1 to 64 (default 4).</source>
        <translation>Scénarios exécutés en même temps, de 1 à 64 (4 par défaut).</translation>
    </message>
    <message>
        <source>Only scenarios whose suite or name contains this text (repeatable).</source>
        <translation>Seulement les scénarios dont la suite ou le nom contient ce texte (répétable).</translation>
    </message>
    <message>
        <source>Only the scenario with exactly this name (repeatable).</source>
        <translation>Seulement le scénario portant exactement ce nom (répétable).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>List the scenarios the files hold and exit; nothing runs.</source>
        <translation>Lister les scénarios des fichiers et quitter ; rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>Run against this server instead of sandboxes started in this process.</source>
        <translation>Exécuter contre ce serveur au lieu de sandbox démarrées dans ce processus.</translation>
    </message>
    <message>
        <source>With --base-url: receive the server&apos;s webhooks on this loopback port.</source>
        <translation>Avec --base-url : recevoir les webhooks du serveur sur ce port de bouclage.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>With --base-url: the one key the server accepts (scenarios then run one at a time); env XIDENT_SECRET_KEY.</source>
        <translation>Avec --base-url : la seule clé que le serveur accepte (les scénarios s&apos;exécutent alors un par un) ; env XIDENT_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Read that key from a file, or - for standard input.</source>
        <translation>Lire cette clé depuis un fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>With --receiver-port: the server&apos;s webhook secret; env XIDENT_WEBHOOK_SECRET.</source>
        <translation>Avec --receiver-port : le secret de webhook du serveur ; env XIDENT_WEBHOOK_SECRET.</translation>
    </message>
    <message>
        <source>scenarios run: name at least one scenario file.</source>
        <translation>scenarios run : indiquez au moins un fichier de scénarios.</translation>
    </message>
    <message>
        <source>--%1 goes with --base-url: without it the sandboxes run in this process.</source>
        <translation>--%1 va avec --base-url : sans elle, les sandbox tournent dans ce processus.</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--base-url : « %1 » n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>xident: scenarios never run with a LIVE key (%1): they create sessions and set faults.</source>
        <translation>xident : les scénarios ne s&apos;exécutent jamais avec une clé LIVE (%1) : ils créent des sessions et injectent des pannes.</translation>
    </message>
    <message>
        <source>a port from 1 to 65535</source>
        <translation>un port de 1 à 65535</translation>
    </message>
    <message>
        <source>--receiver-port: the webhooks&apos; signatures need the server&apos;s secret (--webhook-secret-file or XIDENT_WEBHOOK_SECRET).</source>
        <translation>--receiver-port : les signatures des webhooks exigent le secret du serveur (--webhook-secret-file ou XIDENT_WEBHOOK_SECRET).</translation>
    </message>
    <message>
        <source>scenarios run: %1</source>
        <translation>scenarios run : %1</translation>
    </message>
    <message>
        <source>scenarios run: no scenario matches --filter or --scenario.</source>
        <translation>scenarios run : aucun scénario ne correspond à --filter ou --scenario.</translation>
    </message>
    <message>
        <source>[%1/%2] %3  %4 (%5 s)</source>
        <translation>[%1/%2] %3  %4 (%5 s)</translation>
    </message>
    <message>
        <source>xident: the scenarios cannot run: %1</source>
        <translation>xident : les scénarios ne peuvent pas s&apos;exécuter : %1</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scenario(s), %1 at a time, on %2.</source>
        <translation>
            <numerusform>Exécution de %n scénario, %1 à la fois, sur %2.</numerusform>
            <numerusform>Exécution de %n scénarios, %1 à la fois, sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxes in this process</source>
        <translation>des sandbox de ce processus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 skipped in %5 s</source>
        <translation>%1 réussis, %2 échoués, %3 erreurs, %4 ignorés en %5 s</translation>
    </message>
    <message>
        <source>xident: cannot write %1: %2</source>
        <translation>xident : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation>âge estimé</translation>
    </message>
    <message>
        <source>why: two changes at once: %1 And: %2</source>
        <translation>pourquoi : deux changements à la fois : %1 Et : %2</translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it. The body&apos;s keys are in alphabetical order at every level, as a framework writes them after parsing: if your code parsed and re-serialised the body, verify the raw body as received. Otherwise the content or the secret differs.</source>
        <translation>pourquoi : aucun changement accidentel courant, seul ou deux à la fois, ne l&apos;explique. Les clés du corps sont dans l&apos;ordre alphabétique à chaque niveau, comme les écrit un framework après analyse : si votre code a analysé puis resérialisé le corps, vérifiez le corps brut tel que reçu. Sinon, le contenu ou le secret diffère.</translation>
    </message>
    <message>
        <source>why: no common accidental change explains it (two at once are tried up to %1 KiB, and this body is larger); the bytes or the secret differ in another way.</source>
        <translation>pourquoi : aucun changement accidentel courant ne l&apos;explique (deux à la fois sont essayés jusqu&apos;à %1 Kio, et ce corps est plus grand) ; les octets ou le secret diffèrent autrement.</translation>
    </message>
    <message>
        <source>why: no common accidental change, alone or two at once, explains it; the bytes or the secret differ in another way.</source>
        <translation>pourquoi : aucun changement accidentel courant, seul ou deux à la fois, ne l&apos;explique ; les octets ou le secret diffèrent autrement.</translation>
    </message>
</context>
</TS>
