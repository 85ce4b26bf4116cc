package fr.cpro.demo;

import fr.cpro.security.CproPrincipal;
import fr.cpro.security.RunAs;
import fr.cpro.support.BusinessCalendar;
import fr.cpro.support.NewTicket;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import jakarta.persistence.EntityManager;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static fr.cpro.support.SupportCategory.ABONNEMENT;
import static fr.cpro.support.SupportCategory.COMPTE_UTILISATEUR;
import static fr.cpro.support.SupportCategory.UTILISATION;

/**
 * Forty tickets of the demo schools, each walked through its history by the services at the time it happened
 * ({@link DemoClock}): sent by the school, taken, noted, answered, paused, answered back, resolved or closed by the
 * demo agents. Times are given as "so many business days ago, at hh:mm", so what the queue shows does not depend on
 * the day the demo starts: new tickets are at most a business day old, every running deadline at most two (never
 * late) except one ticket sent six business days ago and never answered, the overdue one.
 */
final class DemoTickets {

    /** The overdue ticket's subject: sent six business days ago, taken and noted, never answered. */
    static final String OVERDUE_SUBJECT = "Import des élèves depuis SIECLE bloqué";
    /** Its internal note, which the school never sees. */
    static final String OVERDUE_NOTE = "Reproduit sur la préproduction : le fichier SIECLE contient un code MEF inconnu."
            + " Ticket ouvert chez l'éditeur, en attente du correctif.";

    private final TicketService tickets;
    private final TeamTicketService team;
    private final BusinessCalendar calendar;
    private final DemoClock clock;
    private final UserDetailsService users;
    private final EntityManager entityManager;
    /** The last step of each ticket: a ticket's steps never go back in time, even when "today" is clamped to now. */
    private final Map<String, Instant> lastStep = new HashMap<>();

    private CproPrincipal alex;
    private CproPrincipal sacha;
    private List<CproPrincipal> schools;

    DemoTickets(TicketService tickets, TeamTicketService team, BusinessCalendar calendar, DemoClock clock,
                UserDetailsService users, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tickets = tickets;
        this.team = team;
        this.calendar = calendar;
        this.clock = clock;
        this.users = users;
    }

    /**
     * Writes the tickets, oldest first (so references follow the dates).
     *
     * @param schoolLogins the demo school first, then the five others (their administrators' UAIs)
     */
    void seed(List<String> schoolLogins) {
        alex = principal(DemoData.AGENT);
        sacha = principal(DemoData.SUPERVISOR);
        schools = schoolLogins.stream().map(this::principal).toList();

        // Closed: older exchanges, done with.
        String t = open(1, ABONNEMENT, 9, 9, 10, "Résiliation du CAP RICS",
                "Bonjour,\n\nNous fermons la section CAP RICS à la rentrée. Pouvez-vous arrêter l'abonnement correspondant ?"
                        + "\n\nCordialement.");
        assign(t, sacha, 9, 9, 40);
        reply(t, sacha, 5, 10, 0, "Bonjour,\n\nC'est noté : l'abonnement au CAP RICS s'arrêtera à sa date de fin, sans"
                + " renouvellement. Les données restent consultables jusque-là.\n\nBien cordialement.");
        status(t, sacha, 4, 9, 0, TicketStatus.FERME);

        t = open(3, COMPTE_UTILISATEUR, 9, 11, 0, "Doublon de compte administrateur",
                "Bonjour, deux comptes administrateur apparaissent pour notre lycée depuis la fusion. Lequel garder ?");
        reply(t, alex, 8, 14, 20, "Bonjour,\n\nNous avons gardé le compte rattaché à l'UAI actuelle et supprimé l'ancien."
                + " Vous pouvez vous connecter comme d'habitude.\n\nCordialement.");
        status(t, alex, 8, 14, 25, TicketStatus.RESOLU);
        status(t, alex, 3, 9, 0, TicketStatus.FERME);

        t = open(5, COMPTE_UTILISATEUR, 9, 15, 30, "Accès pour l'inspecteur",
                "Bonjour, l'inspecteur de STI souhaite consulter nos évaluations. Peut-on lui créer un accès ?");
        note(t, sacha, 8, 9, 0, "Pas de rôle inspecteur prévu pour l'instant : répondre par la négative, proposer l'export PDF.");
        reply(t, sacha, 8, 9, 15, "Bonjour,\n\nCPRO STI ne prévoit pas d'accès pour les corps d'inspection. Vous pouvez"
                + " exporter les livrets en PDF depuis le module Évaluations et les lui transmettre.\n\nCordialement.");
        status(t, sacha, 6, 10, 0, TicketStatus.FERME);

        t = open(0, UTILISATION, 8, 10, 5, "Tutoriel vidéo pour les nouveaux collègues",
                "Bonjour, existe-t-il une vidéo de prise en main pour les enseignants qui arrivent en cours d'année ?");
        reply(t, alex, 8, 11, 30, "Bonjour,\n\nLe centre d'aide (Assistance) contient les questions essentielles ; une"
                + " vidéo de prise en main est en préparation.\n\nBonne journée.");
        status(t, alex, 6, 16, 0, TicketStatus.FERME);

        t = open(4, UTILISATION, 8, 13, 45, "Question sur les niveaux de maîtrise",
                "Bonjour, peut-on passer de quatre à cinq niveaux de maîtrise pour le Bac Pro TCI ?");
        reply(t, alex, 7, 9, 5, "Bonjour,\n\nLes quatre niveaux suivent le référentiel national et ne se modifient pas."
                + " Vous pouvez en revanche ajouter un commentaire à chaque évaluation.\n\nCordialement.");
        status(t, alex, 5, 9, 0, TicketStatus.FERME);

        // Resolved, some by the team, one by the school itself.
        t = open(1, COMPTE_UTILISATEUR, 8, 8, 35, "Lien d'activation expiré",
                "Bonjour, le lien reçu par la boîte ce. du lycée ne fonctionne plus. Pouvez-vous en renvoyer un ?");
        reply(t, alex, 8, 9, 50, "Bonjour,\n\nUn nouveau lien vient d'être envoyé à l'adresse officielle du lycée ; il"
                + " est valable 72 heures.\n\nCordialement.");
        schoolReply(t, 1, 7, 8, 55, "Merci, le compte est activé.");
        status(t, alex, 7, 9, 30, TicketStatus.RESOLU);

        t = open(5, ABONNEMENT, 7, 11, 15, "Facture en double",
                "Bonjour, nous avons reçu deux factures pour le même abonnement Bac Pro MELEC. Laquelle régler ?");
        assign(t, sacha, 7, 11, 40);
        reply(t, sacha, 7, 15, 0, "Bonjour,\n\nLa seconde facture est un doublon et a été annulée. Seule la facture"
                + " FA-2026-0412 est à régler.\n\nCordialement.");
        status(t, sacha, 6, 9, 0, TicketStatus.FERME);

        t = open(5, UTILISATION, 6, 10, 40, "Logo de l'établissement sur les documents",
                "Bonjour, comment faire apparaître notre logo sur les livrets imprimés ?");
        reply(t, alex, 5, 9, 20, "Bonjour,\n\nLe logo se dépose dans Établissement > Identité (PNG, 500 Ko au plus) ; il"
                + " figure ensuite sur tous les documents imprimés.\n\nCordialement.");
        status(t, alex, 4, 10, 0, TicketStatus.RESOLU);

        String overdue = open(3, UTILISATION, 6, 9, 20, OVERDUE_SUBJECT,
                "Bonjour,\n\nL'import du fichier SIECLE s'arrête à 40 % avec le message « format non reconnu ». Nos"
                        + " classes de seconde sont vides.\n\nMerci de votre aide.");
        assign(overdue, sacha, 6, 10, 0);
        note(overdue, sacha, 5, 14, 0, OVERDUE_NOTE);

        t = open(0, COMPTE_UTILISATEUR, 5, 9, 10, "Mot de passe oublié : courriel non reçu",
                "Bonjour, j'ai demandé un nouveau mot de passe mais je ne reçois aucun courriel.");
        assign(t, alex, 5, 9, 30);
        reply(t, alex, 5, 10, 15, "Bonjour,\n\nLe courriel part vers l'adresse officielle du lycée (ce.…@ac-paris.fr) ;"
                + " pouvez-vous vérifier le dossier des indésirables de cette boîte ?\n\nCordialement.");
        schoolReply(t, 0, 4, 8, 45, "Il était dans les indésirables, merci !");
        status(t, alex, 4, 9, 10, TicketStatus.RESOLU);

        t = open(3, UTILISATION, 5, 14, 5, "Export CSV des résultats",
                "Bonjour, l'export CSV des résultats ouvre des caractères illisibles dans le tableur.");
        assign(t, alex, 5, 14, 30);
        reply(t, alex, 4, 11, 0, "Bonjour,\n\nLe fichier est en UTF-8 : dans le tableur, choisissez Données > À partir"
                + " d'un fichier texte et l'encodage UTF-8. Les accents s'affichent alors correctement.\n\nCordialement.");
        status(t, alex, 3, 16, 0, TicketStatus.RESOLU);

        t = open(4, ABONNEMENT, 4, 9, 0, "Attestation d'abonnement pour le rectorat",
                "Bonjour, le rectorat nous demande une attestation d'abonnement pour l'année en cours.");
        reply(t, sacha, 3, 10, 30, "Bonjour,\n\nVous trouverez l'attestation dans Mes abonnements > Télécharger"
                + " l'attestation. Je reste à votre disposition.\n\nCordialement.");
        status(t, sacha, 3, 10, 35, TicketStatus.RESOLU);

        t = open(3, ABONNEMENT, 4, 14, 0, "Bon de commande signé",
                "Bonjour, notre bon de commande pour le BTS MS est signé par l'agent comptable. À qui l'envoyer ?");
        assign(t, sacha, 4, 14, 20);
        reply(t, sacha, 4, 16, 0, "Bonjour,\n\nMerci ! Pouvez-vous nous transmettre le numéro d'engagement indiqué sur"
                + " le bon ? Nous activerons l'abonnement dès réception.\n\nCordialement.");

        t = open(2, COMPTE_UTILISATEUR, 3, 10, 0, "Changement de chef de travaux",
                "Bonjour, notre DDFPT change au 1er du mois. Comment transférer le compte administrateur ?");
        assign(t, alex, 3, 10, 20);
        reply(t, alex, 3, 11, 30, "Bonjour,\n\nPouvez-vous nous confirmer le nom et l'adresse professionnelle du"
                + " nouveau DDFPT ? Nous lui transférerons le compte à la date voulue.\n\nCordialement.");

        t = open(5, COMPTE_UTILISATEUR, 3, 8, 30, "Connexion impossible depuis le lycée",
                "Bonjour, depuis ce matin aucun poste du lycée n'arrive à se connecter ; depuis la maison cela fonctionne.");
        assign(t, alex, 3, 8, 40);
        note(t, alex, 3, 8, 55, "Sans doute le proxy de l'établissement qui bloque les WebSockets (déjà vu à Lille).");
        reply(t, alex, 3, 9, 10, "Bonjour,\n\nLe proxy du lycée bloque probablement la connexion. Pouvez-vous demander à"
                + " votre référent numérique d'autoriser le domaine cpro.fr ? Tenez-nous au courant.\n\nCordialement.");

        t = open(0, COMPTE_UTILISATEUR, 3, 11, 0, "Modifier l'adresse électronique de l'administrateur",
                "Bonjour, je voudrais recevoir les notifications sur mon adresse académique plutôt que sur la boîte ce.");
        reply(t, alex, 2, 9, 0, "Bonjour,\n\nVous pouvez la changer vous-même dans Espace personnel > Changer d'adresse :"
                + " un lien de confirmation part vers la nouvelle adresse. Cela vous convient-il ?\n\nCordialement.");

        t = open(2, UTILISATION, 3, 15, 20, "Erreur 500 sur la page des évaluations",
                "Bonjour, la page des évaluations de 1re MSPC affiche « erreur 500 » depuis hier.");
        assign(t, alex, 3, 15, 30);
        note(t, alex, 3, 16, 10, "Bogue connu, corrigé dans la version 4.2 déployée ce soir.");
        reply(t, alex, 2, 8, 30, "Bonjour,\n\nLe correctif a été déployé cette nuit : la page s'affiche de nouveau."
                + " Merci de votre signalement.\n\nCordialement.");
        status(t, alex, 2, 8, 35, TicketStatus.RESOLU);

        // In progress or waiting for the school: the last two business days.
        t = open(1, UTILISATION, 2, 8, 45, "Synchronisation avec Pronote",
                "Bonjour, les absences saisies dans Pronote ne remontent pas dans CPRO STI. Est-ce prévu ?");
        note(t, alex, 2, 9, 30, "Pas de connecteur Pronote à ce jour ; voir avec Sacha si c'est sur la feuille de route.");

        t = open(2, UTILISATION, 2, 9, 5, "Référentiel MSPC pas à jour",
                "Bonjour, le référentiel du Bac Pro MSPC ne contient pas les compétences de la rénovation 2024.");
        assign(t, alex, 2, 9, 20);
        note(t, alex, 2, 9, 45, "Mise à jour du référentiel prévue dans la prochaine version, à confirmer avec l'équipe produit.");

        t = open(0, UTILISATION, 2, 9, 30, "Suivi des PFMP : dates erronées",
                "Bonjour, les dates de PFMP des terminales sont décalées d'un jour par rapport à notre saisie.");
        assign(t, alex, 2, 9, 50);
        reply(t, alex, 2, 10, 45, "Bonjour,\n\nPouvez-vous nous indiquer une classe et un élève concernés, avec la date"
                + " saisie et celle affichée ? Nous regardons aussitôt.\n\nCordialement.");

        t = open(1, ABONNEMENT, 2, 10, 0, "Renouvellement Bac Pro MELEC",
                "Bonjour, notre abonnement au Bac Pro MELEC arrive à échéance. Comment le renouveler pour trois ans ?");
        assign(t, alex, 2, 11, 0);
        note(t, alex, 2, 11, 10, "Demander le devis au service commercial avant de répondre.");

        t = open(4, ABONNEMENT, 2, 11, 20, "Changement d'établissement de rattachement",
                "Bonjour, notre section TCI passe sous la responsabilité du lycée voisin. Que devient l'abonnement ?");
        assign(t, sacha, 2, 11, 40);
        reply(t, sacha, 2, 15, 0, "Bonjour,\n\nL'abonnement peut être transféré. Pouvez-vous nous donner l'UAI du lycée"
                + " qui reprend la section ?\n\nCordialement.");
        schoolReply(t, 4, 0, 9, 0, "Bonjour, il s'agit du lycée Jean Moulin, UAI 0672615S. Merci.");

        t = open(4, UTILISATION, 2, 14, 30, "Positionnement des élèves de seconde",
                "Bonjour, le positionnement de début d'année ne propose pas les élèves arrivés en octobre.");
        assign(t, alex, 2, 14, 45);
        reply(t, alex, 2, 16, 0, "Bonjour,\n\nCes élèves ont-ils été ajoutés par l'import SIECLE ou à la main ?"
                + "\n\nCordialement.");
        schoolReply(t, 4, 1, 8, 40, "À la main, par la fiche élève.");

        t = open(1, UTILISATION, 2, 15, 0, "Duplication des grilles d'une année sur l'autre",
                "Bonjour, peut-on reprendre les grilles d'évaluation de l'an dernier pour la nouvelle promotion ?");
        assign(t, sacha, 2, 15, 10);
        reply(t, sacha, 1, 9, 30, "Bonjour,\n\nOui : Évaluations > Grilles > Dupliquer depuis une année. Souhaitez-vous"
                + " que nous le fassions pour vous sur toutes les sections ?\n\nCordialement.");

        t = open(0, UTILISATION, 2, 16, 20, "Comment archiver une promotion ?",
                "Bonjour, comment archiver la promotion sortante sans perdre ses livrets ?");
        reply(t, sacha, 1, 10, 0, "Bonjour,\n\nClasses > Promotion 2025 > Archiver : les livrets restent consultables"
                + " et exportables.\n\nCordialement.");
        schoolResolves(t, 0, 1, 11, 30);

        t = open(4, UTILISATION, 1, 9, 0, "Ajout d'une classe de première TCI",
                "Bonjour, nous ouvrons une seconde classe de 1re TCI. Faut-il un abonnement supplémentaire ?");
        reply(t, alex, 1, 10, 0, "Bonjour,\n\nNon, l'abonnement couvre toutes les classes du diplôme. Combien d'élèves"
                + " compte la nouvelle classe, pour vérifier le nombre de licences ?\n\nCordialement.");

        t = open(5, COMPTE_UTILISATEUR, 1, 10, 30, "Deuxième administrateur pour le DDFPT",
                "Bonjour, peut-on avoir un second compte administrateur pour notre DDFPT ?");
        assign(t, sacha, 1, 11, 0);

        t = open(0, ABONNEMENT, 1, 14, 0, "BTS Électrotechnique : fin d'abonnement",
                "Bonjour, l'abonnement au BTS Électrotechnique se termine bientôt et nous n'avons pas reçu de relance.");
        assign(t, sacha, 1, 14, 20);
        note(t, sacha, 1, 14, 30, "Voir avec le service commercial : relance automatique non partie pour ce lycée.");

        t = open(2, ABONNEMENT, 1, 8, 20, "Nombre de licences insuffisant",
                "Bonjour, nous avons 140 élèves en Bac Pro MSPC pour 120 licences. Comment en ajouter ?");
        assign(t, sacha, 1, 8, 40);
        reply(t, sacha, 1, 9, 0, "Bonjour,\n\nNous pouvons porter l'abonnement à 150 licences au prorata. Souhaitez-vous"
                + " un devis ?\n\nCordialement.");

        t = open(5, UTILISATION, 1, 13, 0, "Impression des attestations de stage",
                "Bonjour, les attestations de stage s'impriment sur deux pages au lieu d'une.");
        assign(t, alex, 1, 13, 20);

        t = open(0, UTILISATION, 1, 11, 5, "Grille d'évaluation du CCF : colonne manquante",
                "Bonjour, la colonne « observations » a disparu de la grille du CCF de Bac Pro MELEC.");
        t = open(1, COMPTE_UTILISATEUR, 1, 9, 15, "Adresse de la boîte fonctionnelle modifiée",
                "Bonjour, l'adresse ce. du lycée a changé suite à la fusion. Pouvez-vous la mettre à jour ?");
        t = open(3, UTILISATION, 1, 15, 10, "Export PDF du livret de compétences vide",
                "Bonjour, l'export PDF du livret d'un élève de terminale donne un document vide.");
        t = open(4, COMPTE_UTILISATEUR, 1, 16, 45, "Ajout d'un enseignant de chaudronnerie",
                "Bonjour, comment donner accès à un enseignant contractuel arrivé cette semaine ?");

        // Today: new, not yet taken (one already taken by Alex).
        t = open(3, COMPTE_UTILISATEUR, 0, 8, 15, "Compte bloqué après plusieurs essais",
                "Bonjour, après plusieurs essais le compte indique d'attendre. Combien de temps ?");
        assign(t, alex, 0, 8, 30);
        t = open(1, COMPTE_UTILISATEUR, 0, 8, 50, "Mot de passe refusé après le changement",
                "Bonjour, j'ai changé mon mot de passe hier et il est refusé ce matin.");
        t = open(2, ABONNEMENT, 0, 9, 35, "Devis pour deux sections supplémentaires",
                "Bonjour, nous souhaitons un devis pour ajouter le Bac Pro MFER et le CAP CIP à la rentrée.");
        t = open(5, ABONNEMENT, 0, 10, 20, "Facture 2026 à envoyer au service gestion",
                "Bonjour, merci d'adresser la facture 2026 au service gestion (gestion.lycee@ac-strasbourg.fr).");
        t = open(4, UTILISATION, 0, 10, 55, "Aménagements pour un élève en situation de handicap",
                "Bonjour, peut-on indiquer un tiers temps sur les évaluations d'un élève ?");
        open(2, UTILISATION, 0, 11, 40, "Lenteurs le lundi matin",
                "Bonjour, l'application est très lente le lundi entre 8 h et 9 h, quand toutes les classes se connectent.");
    }

    private String open(int school, SupportCategory category, int daysAgo, int hour, int minute, String subject,
                        String body) {
        // The seed is one transaction: without this, every query would check every entity written so far.
        entityManager.flush();
        entityManager.clear();
        Instant at = at(null, daysAgo, hour, minute);
        String reference = clock.at(at, () -> RunAs.user(schools.get(school),
                () -> tickets.create(new NewTicket(category, subject, body), null).reference()));
        lastStep.put(reference, at);
        return reference;
    }

    private void assign(String reference, CproPrincipal agent, int daysAgo, int hour, int minute) {
        as(agent, reference, daysAgo, hour, minute, () -> team.assign(reference, agent.accountId(), null));
    }

    private void note(String reference, CproPrincipal agent, int daysAgo, int hour, int minute, String text) {
        as(agent, reference, daysAgo, hour, minute, () -> team.reply(reference, text, true, null, null));
    }

    private void reply(String reference, CproPrincipal agent, int daysAgo, int hour, int minute, String text) {
        as(agent, reference, daysAgo, hour, minute, () -> team.reply(reference, text, false, null, null));
    }

    private void status(String reference, CproPrincipal agent, int daysAgo, int hour, int minute, TicketStatus target) {
        as(agent, reference, daysAgo, hour, minute, () -> team.changeStatus(reference, target, null));
    }

    private void schoolReply(String reference, int school, int daysAgo, int hour, int minute, String text) {
        as(schools.get(school), reference, daysAgo, hour, minute, () -> {
            tickets.reply(reference, text, null);
            return null;
        });
    }

    private void schoolResolves(String reference, int school, int daysAgo, int hour, int minute) {
        as(schools.get(school), reference, daysAgo, hour, minute, () -> {
            tickets.resolve(reference);
            return null;
        });
    }

    private void as(CproPrincipal who, String reference, int daysAgo, int hour, int minute,
                    Supplier<?> action) {
        Instant at = at(reference, daysAgo, hour, minute);
        clock.at(at, () -> RunAs.user(who, action));
        lastStep.put(reference, at);
    }

    /**
     * That time of the business day {@code daysAgo} business days before today (today itself when 0), never in the
     * future and never before the ticket's previous step.
     */
    private Instant at(String reference, int daysAgo, int hour, int minute) {
        Instant now = clock.realNow().minusSeconds(1);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Instant at = businessDayBefore(today, daysAgo).atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
        if (daysAgo == 0 && at.isAfter(now)) {
            // Early in the morning (or at night): "today's" tickets came in the day before.
            at = businessDayBefore(today, 1).atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
        }
        Instant previous = reference == null ? null : lastStep.get(reference);
        if (previous != null && !at.isAfter(previous)) {
            at = previous.plusSeconds(60);
        }
        return at.isAfter(now) ? now : at;
    }

    /** The business day {@code count} business days before {@code today}; today itself (or the last one) for 0. */
    private LocalDate businessDayBefore(LocalDate today, int count) {
        LocalDate day = today;
        for (int left = count; left > 0 || !calendar.isBusinessDay(day); ) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    private CproPrincipal principal(String login) {
        return ((CproPrincipal) users.loadUserByUsername(login)).withoutPassword();
    }

}
