-- The first content of the help centre, written for CPRO STI. The editorial order
-- interleaves the three categories so that, before anyone has consulted anything, the
-- "Questions les plus fréquentes" show one essential question of each category.
-- Answers are plain text: one paragraph per line, "- " starts a list item.

INSERT INTO help_entry (category, editorial_order, question, answer) VALUES
('COMPTE_UTILISATEUR', 10,
 'J''ai oublié mon mot de passe : comment en choisir un nouveau ?',
 'Sur la page de connexion, cliquez sur « Mot de passe oublié ? » puis saisissez le code UAI de votre établissement.
Un lien de réinitialisation est envoyé à la messagerie officielle de l''établissement (l''adresse académique du type ce.0750655E@ac-paris.fr), et non à une adresse personnelle. Ouvrez ce lien et choisissez votre nouveau mot de passe.
Si le message n''arrive pas dans les minutes qui suivent, vérifiez le dossier des courriers indésirables de cette messagerie.'),

('ABONNEMENT', 20,
 'Comment renouveler l''abonnement de l''établissement ?',
 'L''abonnement à CPRO STI est souscrit par l''établissement pour une année scolaire. Avant son échéance, l''équipe CPRO écrit à la messagerie officielle de l''établissement pour proposer le renouvellement.
Pour renouveler, ou si vous n''avez rien reçu, créez un ticket d''aide dans la catégorie « Abonnement » en indiquant les diplômes à conserver et, le cas échéant, la référence de votre bon de commande.
Le renouvellement n''efface rien : les données de l''établissement sont conservées d''une année sur l''autre.'),

('UTILISATION', 30,
 'Comment changer le diplôme sur lequel je travaille ?',
 'Cliquez sur « Changer de diplôme » dans le bandeau bleu, en haut à droite, puis choisissez le diplôme. Les modules de la page d''accueil affichent ensuite les données de ce diplôme.
Seuls les diplômes compris dans l''abonnement de l''établissement sont proposés : pour en ajouter un, consultez la catégorie « Abonnement ».
Enregistrez votre travail avant de changer de diplôme : CPRO STI vous le rappelle si une saisie n''est pas enregistrée.'),

('COMPTE_UTILISATEUR', 40,
 'Quel identifiant dois-je saisir pour me connecter ?',
 'Le compte administrateur de l''établissement se connecte uniquement avec le code UAI de l''établissement : 7 chiffres suivis d''une lettre, par exemple 0750655E. Les majuscules, les minuscules et les espaces n''ont pas d''importance.
Le mot de passe est celui que vous avez choisi lors de la première connexion.
Si le message « Code UAI non valide » s''affiche, vérifiez la lettre finale : elle est calculée à partir des chiffres, si bien qu''une faute de frappe est signalée avant même la vérification du mot de passe.'),

('ABONNEMENT', 50,
 'Comment ajouter un diplôme à l''abonnement ?',
 'Chaque diplôme suivi dans CPRO STI (CAP, Bac Pro, BTS) fait partie de l''abonnement de l''établissement.
Pour en ajouter un, créez un ticket d''aide dans la catégorie « Abonnement » en précisant l''intitulé exact du diplôme (par exemple « Bac Pro Maintenance des systèmes de production connectés ») et la rentrée concernée.
Dès que l''équipe CPRO l''a ajouté, le diplôme apparaît dans « Changer de diplôme », dans le bandeau bleu.'),

('UTILISATION', 60,
 'Que signifie le statut de mon ticket ?',
 'Chaque ticket affiche son statut dans la liste des tickets :
- Nouveau : votre demande est enregistrée et attend d''être prise en charge par l''équipe CPRO.
- En cours : un membre de l''équipe CPRO traite votre demande.
- En attente de votre réponse : l''équipe CPRO vous a posé une question ; répondez dans le ticket pour que le traitement reprenne.
- Résolu : l''équipe CPRO considère la demande comme traitée. Si ce n''est pas le cas, répondez dans le ticket.
- Fermé : le ticket est clos ; pour une nouvelle question, créez un nouveau ticket.'),

('COMPTE_UTILISATEUR', 70,
 'Comment modifier mon mot de passe ?',
 'Cliquez sur votre Prénom NOM dans le bandeau bleu pour ouvrir votre Espace personnel, puis choisissez de modifier le mot de passe.
Saisissez votre mot de passe actuel, puis le nouveau : il doit respecter les règles de sécurité affichées sous le champ.
Une fois le changement enregistré, les autres sessions ouvertes avec ce compte (sur un autre poste, par exemple) sont déconnectées.'),

('ABONNEMENT', 80,
 'Que se passe-t-il quand l''abonnement arrive à échéance ?',
 'À l''échéance, les modules liés aux diplômes ne sont plus proposés sur la page d''accueil. Les données saisies par l''établissement ne sont pas supprimées : elles sont de nouveau accessibles dès le renouvellement.
L''Espace personnel et l''Assistance restent accessibles, pour que vous puissiez toujours écrire à l''équipe CPRO.'),

('UTILISATION', 90,
 'Quelle taille de fichier puis-je joindre à un ticket ?',
 'Vous pouvez joindre un fichier à votre message, d''au plus 6 Go. La taille est vérifiée dès la sélection du fichier, puis par le serveur.
Pour envoyer plusieurs documents, regroupez-les dans une archive ZIP.
Un gros fichier peut mettre du temps à être envoyé : gardez la page ouverte jusqu''à la fin de l''envoi.'),

('COMPTE_UTILISATEUR', 100,
 'Comment changer l''adresse e-mail de mon compte ?',
 'Dans votre Espace personnel (votre Prénom NOM dans le bandeau bleu), modifiez l''adresse e-mail et enregistrez.
Un lien de confirmation est envoyé à la nouvelle adresse : le changement ne prend effet qu''après un clic sur ce lien, ce qui garantit que l''adresse est correcte. L''ancienne adresse reçoit un message qui l''informe du changement.
Si rien n''arrive, vérifiez le dossier des courriers indésirables de la nouvelle adresse.'),

('ABONNEMENT', 110,
 'Comment retirer un diplôme de l''abonnement ou le remplacer ?',
 'Si un diplôme n''est plus enseigné dans l''établissement, ou si vous souhaitez le remplacer par un autre, créez un ticket d''aide dans la catégorie « Abonnement ».
Indiquez le diplôme à retirer et, le cas échéant, celui qui le remplace. L''équipe CPRO vous précise dans sa réponse ce que deviennent les données déjà saisies pour ce diplôme.'),

('UTILISATION', 120,
 'Dans quel délai l''équipe CPRO répond-elle ?',
 'L''équipe CPRO répond aux tickets d''aide en heures ouvrées : du lundi au vendredi, hors jours fériés. La date de réponse promise est calculée à l''envoi du ticket et affichée sur celui-ci.
Pour obtenir une réponse plus vite, choisissez la bonne catégorie et décrivez précisément votre demande : écran concerné, diplôme actif, message d''erreur éventuel.'),

('COMPTE_UTILISATEUR', 130,
 'Le lien d''activation reçu par e-mail a expiré : que faire ?',
 'Par sécurité, les liens d''activation et de réinitialisation du mot de passe ne sont valables que pendant une durée limitée.
Demandez un nouveau lien : sur la page de connexion, cliquez sur « Mot de passe oublié ? » et saisissez le code UAI de l''établissement. Un nouveau lien est envoyé à la messagerie officielle de l''établissement.
Ouvrez le lien le plus récent et choisissez votre mot de passe : vous pouvez ensuite vous connecter avec le code UAI.'),

('ABONNEMENT', 140,
 'Comment résilier l''abonnement ou désinscrire l''établissement ?',
 'Pour ne pas renouveler l''abonnement, ou pour désinscrire l''établissement de CPRO STI, créez un ticket d''aide dans la catégorie « Abonnement » avant l''échéance.
L''équipe CPRO vous confirme la date de fin d''accès et ce que deviennent les données de l''établissement.'),

('UTILISATION', 150,
 'Comment retrouver mes échanges avec l''équipe CPRO ?',
 'Dans l''Assistance, cliquez sur « Créer un ticket d''aide » : la liste des tickets de l''établissement s''affiche, avec le statut de chacun.
Ouvrez un ticket pour relire tout l''historique des échanges et répondre à l''équipe CPRO.'),

('COMPTE_UTILISATEUR', 160,
 'Comment activer le compte de l''établissement lors de la première connexion ?',
 'Le compte de l''établissement est créé par l''équipe CPRO. Un lien d''activation est alors envoyé à la messagerie officielle de l''établissement.
Ouvrez ce lien et choisissez un mot de passe, puis connectez-vous avec le code UAI de l''établissement et ce mot de passe.
Conservez ce mot de passe avec soin : il protège les données de l''établissement.'),

('ABONNEMENT', 170,
 'Où obtenir une facture ou une attestation d''abonnement ?',
 'Créez un ticket d''aide dans la catégorie « Abonnement » en précisant le document souhaité (facture, attestation, devis) et l''année scolaire concernée.
L''équipe CPRO vous le transmet en pièce jointe dans sa réponse, que vous retrouvez dans la liste des tickets.'),

('UTILISATION', 180,
 'Un message d''erreur affiche une référence « ERR-… » : que faire ?',
 'Réessayez l''action. Si l''erreur persiste, créez un ticket d''aide dans la catégorie « Utilisation de l''application » en recopiant la référence affichée (par exemple ERR-7K2M9Q) et en décrivant ce que vous faisiez.
Cette référence permet à l''équipe CPRO de retrouver aussitôt la cause du problème.');
