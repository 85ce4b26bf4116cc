package fr.cpro.helpdesk;

import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.SchoolAccount;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.DirectoryDetails;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the support team does to a school from its directory: register it by hand, correct it, send its
 * activation link, disable or enable its account, manage its subscriptions. Each action goes through the
 * owning module's service, in one transaction with its line of the audit trail.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
public class SchoolAdministration {

    private final EstablishmentService establishments;
    private final AccountLifecycleService accounts;
    private final DiplomaService diplomas;
    private final AuditLog audit;

    SchoolAdministration(EstablishmentService establishments, AccountLifecycleService accounts,
                         DiplomaService diplomas, AuditLog audit) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.diplomas = diplomas;
        this.audit = audit;
    }

    /**
     * A school and its administrator account.
     *
     * @param school  the school
     * @param account its administrator account, empty until one is created
     */
    public record SchoolFile(EstablishmentSummary school, Optional<SchoolAccount> account) {
    }

    /** The school with this UAI (typed as at sign-in), with its account; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<SchoolFile> find(String uai) {
        return establishments.findByUai(uai).map(s -> new SchoolFile(s, accounts.schoolAccount(s.id())));
    }

    /**
     * Registers a school by hand and creates its administrator account, awaiting its first connection.
     *
     * @param sendLink whether the activation link goes to the official mailbox now
     * @throws SchoolRefusedException for a malformed UAI, a wrong check letter or a UAI taken already
     */
    @Transactional
    public EstablishmentSummary register(String uai, DirectoryDetails details, boolean sendLink) {
        var school = establishments.register(uai, details);
        long accountId = accounts.openSchoolAccount(school, sendLink);
        audit.record(AuditEvent.Type.SCHOOL_CREATED, accountId, school.uai(),
                school.name() + " · " + school.officialEmail() + (sendLink ? " · lien d'activation envoyé" : ""));
        return school;
    }

    /** Corrects a school's name, mailbox, académie and town; the UAI never changes. */
    @Transactional
    public EstablishmentSummary update(long schoolId, DirectoryDetails details) {
        var before = school(schoolId);
        var after = establishments.update(schoolId, details);
        List<String> changes = new ArrayList<>();
        change(changes, "nom", before.name(), after.name());
        change(changes, "messagerie", before.officialEmail(), after.officialEmail());
        change(changes, "académie", before.academie(), after.academie());
        change(changes, "ville", before.town(), after.town());
        if (!changes.isEmpty()) {
            audit.record(AuditEvent.Type.SCHOOL_UPDATED, accountId(schoolId), after.uai(), String.join(" ; ", changes));
        }
        return after;
    }

    /**
     * Sends (again) the activation link to the school's official mailbox; the previous link stops working.
     *
     * @return the address it went to
     */
    @Transactional
    public String sendActivation(long schoolId) {
        return accounts.sendSchoolActivation(schoolId);
    }

    /** Disables the school's account: no sign-in, its sessions end on every instance within seconds. */
    @Transactional
    public SchoolAccount disable(long schoolId) {
        return accounts.disableSchoolAccount(schoolId);
    }

    @Transactional
    public SchoolAccount enable(long schoolId) {
        return accounts.enableSchoolAccount(schoolId);
    }

    /** Subscribes the school to a diploma from one day to another (both included). */
    @Transactional
    public SubscriptionSummary addSubscription(long schoolId, String diplomaCode, LocalDate start, LocalDate end,
                                               int licences) {
        var added = diplomas.add(schoolId, diplomaCode, start, end, licences);
        audit.record(AuditEvent.Type.SUBSCRIPTION_ADDED, accountId(schoolId), school(schoolId).uai(),
                added.diploma().shortName() + " du " + start + " au " + end + ", " + licences + " licences");
        return added;
    }

    /** Moves a subscription's last day later. */
    @Transactional
    public SubscriptionSummary extend(long schoolId, long subscriptionId, LocalDate newEnd) {
        var extended = diplomas.extend(schoolId, subscriptionId, newEnd);
        audit.record(AuditEvent.Type.SUBSCRIPTION_EXTENDED, accountId(schoolId), school(schoolId).uai(),
                extended.diploma().shortName() + " jusqu'au " + newEnd);
        return extended;
    }

    /** Ends a subscription today (withdraws one that had not started). */
    @Transactional
    public void end(long schoolId, long subscriptionId, String diplomaName) {
        var ended = diplomas.end(schoolId, subscriptionId);
        audit.record(AuditEvent.Type.SUBSCRIPTION_ENDED, accountId(schoolId), school(schoolId).uai(),
                Objects.requireNonNullElse(diplomaName, "") + (ended.isPresent()
                        ? " terminé le " + ended.get().endDate() : " retiré avant son début"));
    }

    private EstablishmentSummary school(long schoolId) {
        return establishments.get(schoolId).orElseThrow(() -> new SchoolRefusedException("school.error.unknown"));
    }

    private Long accountId(long schoolId) {
        return accounts.schoolAccount(schoolId).map(SchoolAccount::id).orElse(null);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " : " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
