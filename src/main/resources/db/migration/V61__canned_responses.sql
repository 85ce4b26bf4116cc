-- Réponses types: texts that agents insert into a reply, with placeholders filled from the ticket
-- ({etablissement}, {administrateur}, {reference}, {echeance}); agents manage the list themselves.
-- Authors are kept by id and by the name shown at the time, like a ticket message's author: the
-- list still says who wrote a text after the account is gone. The ten seeded texts have no author;
-- their dates are UTC, like every instant the application writes.

CREATE TABLE canned_response (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    title           VARCHAR(120)  NOT NULL,
    body            TEXT          NOT NULL,
    created_by      BIGINT        NULL,
    created_by_name VARCHAR(200)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_by      BIGINT        NULL,
    updated_by_name VARCHAR(200)  NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_canned_response_created_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_canned_response_updated_by FOREIGN KEY (updated_by) REFERENCES account (id) ON DELETE SET NULL,
    -- the list and the picker read in title order
    INDEX ix_canned_response_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO canned_response (title, body, created_at, updated_at) VALUES
('Accusé de réception',
 'Bonjour {administrateur},

Nous avons bien reçu votre demande {reference} pour {etablissement}. Elle est en cours d''examen par l''équipe d''assistance CPRO STI.

Vous recevrez une réponse au plus tard le {echeance}. Vous pouvez suivre l''avancement de votre demande et y ajouter des précisions depuis « Assistance », puis « Liste des tickets ».

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Demande de précisions et de capture d''écran',
 'Bonjour {administrateur},

Afin de traiter votre demande {reference}, nous avons besoin de quelques précisions :
- la page de CPRO STI sur laquelle vous étiez et l''action que vous vouliez réaliser ;
- le message affiché, le cas échéant, avec sa référence ERR-XXXXXX ;
- le diplôme actif au moment du problème ;
- une capture d''écran de la page entière.

Vous pouvez joindre la capture d''écran à votre réponse, directement depuis la page du ticket. Le délai de traitement reprend à la réception de votre réponse.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Mot de passe oublié',
 'Bonjour {administrateur},

Pour choisir un nouveau mot de passe, cliquez sur le lien « Mot de passe oublié ? » de la page de connexion de CPRO STI, puis saisissez le code UAI de {etablissement}.

Le courriel contenant le lien de réinitialisation est envoyé à la boîte officielle de l''établissement (l''adresse académique du type ce.UAI@ac-academie.fr), et non à une adresse personnelle. Le lien n''est valable que pour une durée limitée : en cas d''expiration, renouvelez simplement la demande.

Si le courriel n''arrive pas dans les minutes qui suivent, vérifiez le dossier des courriers indésirables de cette boîte, puis répondez à ce ticket ({reference}).

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Activation du compte de l''établissement',
 'Bonjour {administrateur},

Le compte de {etablissement} est créé. Un courriel d''activation a été envoyé à la boîte officielle de l''établissement : ouvrez le lien qu''il contient pour choisir le mot de passe du compte administrateur.

Vous vous connecterez ensuite avec le code UAI de l''établissement (7 chiffres suivis d''une lettre) et ce mot de passe. Si le lien a expiré, utilisez « Mot de passe oublié ? » sur la page de connexion : un nouveau lien vous sera envoyé à la même adresse.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Abonnement expiré et renouvellement',
 'Bonjour {administrateur},

L''abonnement de {etablissement} à CPRO STI est arrivé à échéance : les modules concernés ne sont plus accessibles, mais toutes les données de l''établissement sont conservées.

Pour renouveler l''abonnement, indiquez-nous en réponse à ce ticket ({reference}) les diplômes à conserver et, le cas échéant, la référence de votre bon de commande. L''accès est rétabli dès l''enregistrement du renouvellement, sans perte de données.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Changement du diplôme actif',
 'Bonjour {administrateur},

Pour travailler sur un autre diplôme, cliquez sur « Changer de diplôme » dans le bandeau bleu, en haut à droite, puis choisissez le diplôme. Les modules de la page d''accueil affichent ensuite les données de ce diplôme.

Seuls les diplômes compris dans l''abonnement de {etablissement} sont proposés. Pensez à enregistrer votre travail avant de changer de diplôme. Si le diplôme attendu n''apparaît pas, répondez à ce ticket ({reference}) en précisant lequel.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Fichier trop volumineux',
 'Bonjour {administrateur},

Le fichier que vous avez tenté de joindre à la demande {reference} dépasse la taille maximale acceptée : 6 Go par fichier, un fichier par message.

Vous pouvez le compresser (archive ZIP) ou le découper en plusieurs parties, puis envoyer chaque partie dans un message distinct du ticket. Pour une vidéo, une capture d''écran de l''étape qui pose problème suffit souvent.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Problème résolu : merci de confirmer',
 'Bonjour {administrateur},

Nous pensons avoir résolu le problème signalé dans la demande {reference}. Pouvez-vous nous confirmer que tout fonctionne désormais pour {etablissement} ?

Si ce n''est pas le cas, répondez simplement à ce ticket : il sera rouvert et traité en priorité. Sans nouvelle de votre part, il sera fermé automatiquement dans 15 jours.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Clôture sans réponse',
 'Bonjour {administrateur},

Faute de réponse de votre part à nos derniers messages, nous clôturons la demande {reference}.

Si votre question est toujours d''actualité, créez un nouveau ticket depuis « Assistance » en rappelant la référence {reference} : nous reprendrons l''échange là où il s''était arrêté.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Transfert à l''équipe technique',
 'Bonjour {administrateur},

Le problème rencontré par {etablissement} nécessite une analyse approfondie : nous avons transmis la demande {reference} à l''équipe technique de CPRO STI.

Nous revenons vers vous dès que possible, et au plus tard le {echeance}, avec une solution ou un point d''étape. Inutile de créer un nouveau ticket : toutes les informations utiles sont conservées dans celui-ci.

Cordialement,
L''équipe d''assistance CPRO STI', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
