package fr.cpro.establishment;

import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Diplomas, the schools' subscriptions to them, and the diploma each user works in.
 *
 * <p>A school administrator only ever reaches their own school: the methods named {@code my…}
 * take the school from the signed-in user, never from a parameter. The support team manages
 * subscriptions for any school.
 *
 * <p>The active diploma is resolved, not just read: when the user has none yet (first sign-in)
 * or their choice is no longer usable (its subscription expired), the school's first usable
 * diploma becomes the active one and is stored, so it survives sign-out.
 */
@Service
public class DiplomaService {

    private final DiplomaRepository diplomas;
    private final SubscriptionRepository subscriptions;
    private final ActiveDiplomaRepository activeDiplomas;
    private final EstablishmentRepository establishments;
    private final CurrentUser currentUser;
    private final Clock clock;

    DiplomaService(DiplomaRepository diplomas, SubscriptionRepository subscriptions,
                   ActiveDiplomaRepository activeDiplomas, EstablishmentRepository establishments,
                   CurrentUser currentUser, Clock clock) {
        this.diplomas = diplomas;
        this.subscriptions = subscriptions;
        this.activeDiplomas = activeDiplomas;
        this.establishments = establishments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The catalogue of diplomas: CAP, then Bac Pro, then BTS. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DiplomaSummary> catalogue() {
        return diplomas.findAllByOrderByPosition().stream().map(Diploma::toSummary).toList();
    }

    /**
     * Subscribes a school to a diploma, or renews its subscription: one subscription per school
     * and diploma, whose terms this replaces. For the support team.
     *
     * @param diplomaCode e.g. {@code BACPRO-MELEC}
     * @param endDate     last day of access, included
     * @throws IllegalArgumentException for an unknown school or diploma, dates in the wrong order,
     *                                  or fewer than one licence
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public SubscriptionSummary subscribe(long establishmentId, String diplomaCode, LocalDate startDate,
                                         LocalDate endDate, int licences) {
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("end date before start date");
        }
        if (licences < 1) {
            throw new IllegalArgumentException("at least one licence");
        }
        if (!establishments.existsById(establishmentId)) {
            throw new IllegalArgumentException("no school " + establishmentId);
        }
        var diploma = diplomas.findByCode(diplomaCode)
                .orElseThrow(() -> new IllegalArgumentException("no diploma " + diplomaCode));
        var subscription = subscriptions.findBySchoolAndDiploma(establishmentId, diploma.getId())
                .orElseGet(() -> new Subscription(establishmentId, diploma, clock.instant()));
        subscription.setTerms(startDate, endDate, licences, clock.instant());
        return subscriptions.save(subscription).toSummary(today());
    }

    /** Every subscription of a school, with its status today. For the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<SubscriptionSummary> subscriptionsOf(long establishmentId) {
        LocalDate today = today();
        return subscriptions.findBySchool(establishmentId).stream().map(s -> s.toSummary(today)).toList();
    }

    /** One page of the signed-in school's subscriptions, in the catalogue's order, with their status today. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public List<SubscriptionSummary> mySubscriptions(Pageable pageable) {
        LocalDate today = today();
        return subscriptions.findBySchool(mySchoolId(), pageable).stream().map(s -> s.toSummary(today)).toList();
    }

    /** What the "Changer de diplôme" dialog shows: the school's subscriptions and the active diploma. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public DiplomaChoices myDiplomaChoices() {
        CproPrincipal me = currentUser.require();
        List<SubscriptionSummary> all = mySubscriptionsToday();
        return new DiplomaChoices(all, resolve(me.accountId(), all).map(SubscriptionSummary::diploma));
    }

    /** The subscription of the diploma the signed-in school works in; empty when it has no usable one. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public Optional<SubscriptionSummary> myActiveSubscription() {
        CproPrincipal me = currentUser.require();
        return resolve(me.accountId(), mySubscriptionsToday());
    }

    /**
     * The diploma this user works in: for a school administrator, their stored choice while its
     * subscription is usable, else the school's first usable diploma (stored from then on); empty
     * for the support team and for a school without a usable subscription. Other features call
     * this to record the diploma of what the user does (e.g. a ticket).
     *
     * @param user the signed-in user (agents may ask about anyone)
     * @throws AccessDeniedException when a school administrator asks about someone else
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<DiplomaSummary> activeDiplomaOf(CproPrincipal user) {
        CproPrincipal me = currentUser.require();
        if (!me.isAgent() && me.accountId() != user.accountId()) {
            throw new AccessDeniedException("not this user's diploma");
        }
        if (!user.isSchoolAdministrator() || user.establishmentId() == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        var all = subscriptions.findBySchool(user.establishmentId()).stream().map(s -> s.toSummary(today)).toList();
        return resolve(user.accountId(), all).map(SubscriptionSummary::diploma);
    }

    /**
     * Makes this diploma the one the signed-in user works in, if their school has a usable
     * subscription to it.
     *
     * @throws DiplomaNotSelectableException when the school has no subscription to it, or an
     *                                       expired or not yet started one
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public DiplomaSummary changeMyDiploma(long diplomaId) {
        CproPrincipal me = currentUser.require();
        var subscription = subscriptions.findBySchoolAndDiploma(mySchoolId(), diplomaId)
                .map(s -> s.toSummary(today()))
                .orElseThrow(() -> new DiplomaNotSelectableException(null, null));
        if (!subscription.status().usable()) {
            throw new DiplomaNotSelectableException(subscription.status(),
                    subscription.status() == SubscriptionStatus.UPCOMING ? subscription.startDate()
                            : subscription.endDate());
        }
        activeDiplomas.store(me.accountId(), diplomaId, clock.instant());
        return subscription.diploma();
    }

    private Optional<SubscriptionSummary> resolve(long accountId, List<SubscriptionSummary> all) {
        var usable = all.stream().filter(s -> s.status().usable()).toList();
        if (usable.isEmpty()) {
            // Keep the stored choice: it comes back by itself when the school renews.
            return Optional.empty();
        }
        var stored = activeDiplomas.findById(accountId).map(ActiveDiploma::getDiplomaId);
        var chosen = stored.flatMap(id -> usable.stream().filter(s -> s.diploma().id() == id).findFirst());
        if (chosen.isPresent()) {
            return chosen;
        }
        var first = usable.getFirst();
        activeDiplomas.store(accountId, first.diploma().id(), clock.instant());
        return Optional.of(first);
    }

    private List<SubscriptionSummary> mySubscriptionsToday() {
        LocalDate today = today();
        return subscriptions.findBySchool(mySchoolId()).stream().map(s -> s.toSummary(today)).toList();
    }

    private long mySchoolId() {
        Long id = currentUser.require().establishmentId();
        if (id == null) {
            throw new AccessDeniedException("not a school's account");
        }
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
