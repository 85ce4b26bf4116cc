package fr.cpro.establishment;

import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
 * diploma becomes the active one and is stored, so it survives sign-out. The resolution reads
 * in a read-only transaction and writes only in those two cases; it runs once per HTTP request
 * however many parts of a page ask (Accueil asks three times: banner, text, tile).
 */
@Service
public class DiplomaService {

    /** The name of the active diploma's read-only transaction (tests count them). */
    static final String RESOLUTION = "DiplomaService.activeDiploma";
    private static final String MEMO = DiplomaService.class.getName() + ".active.";

    private final DiplomaRepository diplomas;
    private final SubscriptionRepository subscriptions;
    private final ActiveDiplomaRepository activeDiplomas;
    private final EstablishmentRepository establishments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    DiplomaService(DiplomaRepository diplomas, SubscriptionRepository subscriptions,
                   ActiveDiplomaRepository activeDiplomas, EstablishmentRepository establishments,
                   CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.diplomas = diplomas;
        this.subscriptions = subscriptions;
        this.activeDiplomas = activeDiplomas;
        this.establishments = establishments;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        reading.setName(RESOLUTION);
        this.writing = new TransactionTemplate(transactions);
        writing.setName(RESOLUTION + ".store");
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
        forgetResolutions();
        return subscriptions.save(subscription).toSummary(today());
    }

    /**
     * Adds a subscription to a diploma the school has none running or to come for (an expired one is renewed
     * with these terms). For the support team; the school's Accueil shows it at its next page.
     *
     * @throws SchoolRefusedException in French: unknown school or diploma, a subscription running or to come
     *                                already (extend it instead), dates missing or in the wrong order, fewer
     *                                than one licence
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public SubscriptionSummary add(long establishmentId, String diplomaCode, LocalDate startDate, LocalDate endDate,
                                   int licences) {
        if (startDate == null || endDate == null) {
            throw new SchoolRefusedException("subscription.error.dates-required");
        }
        if (endDate.isBefore(startDate)) {
            throw new SchoolRefusedException("subscription.error.dates-order");
        }
        if (licences < 1) {
            throw new SchoolRefusedException("subscription.error.licences");
        }
        if (!establishments.existsById(establishmentId)) {
            throw new SchoolRefusedException("school.error.unknown");
        }
        var diploma = diplomas.findByCode(diplomaCode == null ? "" : diplomaCode)
                .orElseThrow(() -> new SchoolRefusedException("subscription.error.diploma-unknown"));
        var existing = subscriptions.findBySchoolAndDiploma(establishmentId, diploma.getId());
        if (existing.isPresent() && !existing.get().getEndDate().isBefore(today())) {
            throw new SchoolRefusedException("subscription.error.exists", diploma.toSummary().shortName());
        }
        return subscribe(establishmentId, diplomaCode, startDate, endDate, licences);
    }

    /**
     * Moves a subscription's last day later; an expired one comes back into use.
     *
     * @throws SchoolRefusedException when it is not this school's, or the new day is not after the current one
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public SubscriptionSummary extend(long establishmentId, long subscriptionId, LocalDate newEndDate) {
        var subscription = ofSchool(establishmentId, subscriptionId);
        if (newEndDate == null || !newEndDate.isAfter(subscription.getEndDate())) {
            throw new SchoolRefusedException("subscription.error.extend-later", subscription.getEndDate());
        }
        subscription.setEndDate(newEndDate, clock.instant());
        forgetResolutions();
        return subscriptions.saveAndFlush(subscription).toSummary(today());
    }

    /**
     * Ends a subscription at once: yesterday becomes its last day, so today the school can no longer work in
     * the diploma. One that had not started yet (or starts today) is withdrawn altogether.
     *
     * @return the ended subscription, or empty when it was withdrawn
     * @throws SchoolRefusedException when it is not this school's, or has ended already
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public Optional<SubscriptionSummary> end(long establishmentId, long subscriptionId) {
        var subscription = ofSchool(establishmentId, subscriptionId);
        LocalDate yesterday = today().minusDays(1);
        if (!subscription.getEndDate().isAfter(yesterday)) {
            throw new SchoolRefusedException("subscription.error.ended-already", subscription.getEndDate());
        }
        forgetResolutions();
        if (subscription.getStartDate().isAfter(yesterday)) {
            subscriptions.delete(subscription);
            subscriptions.flush();
            return Optional.empty();
        }
        subscription.setEndDate(yesterday, clock.instant());
        return Optional.of(subscriptions.saveAndFlush(subscription).toSummary(today()));
    }

    /** The catalogue of diplomas, CAP then Bac Pro then BTS: what a school may subscribe to. For the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<DiplomaSummary> catalogue() {
        return diplomas.findAllByOrderByPositionAsc().stream().map(Diploma::toSummary).toList();
    }

    /** One page of a school's subscriptions, in the catalogue's order, with their status today. For the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<SubscriptionSummary> subscriptionsOf(long establishmentId, Pageable pageable) {
        LocalDate today = today();
        return subscriptions.findBySchool(establishmentId, pageable).stream().map(s -> s.toSummary(today)).toList();
    }

    private Subscription ofSchool(long establishmentId, long subscriptionId) {
        return subscriptions.findById(subscriptionId)
                .filter(s -> s.getEstablishmentId() == establishmentId)
                .orElseThrow(() -> new SchoolRefusedException("subscription.error.unknown"));
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
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public DiplomaChoices myDiplomaChoices() {
        CproPrincipal me = currentUser.require();
        var resolution = resolveNow(me.accountId(), mySchoolId());
        return new DiplomaChoices(resolution.all(), resolution.active().map(SubscriptionSummary::diploma));
    }

    /**
     * The subscription of the diploma the signed-in school works in: their stored choice while
     * its subscription is usable, else the school's first usable one (stored from then on);
     * empty when the school has no usable subscription.
     */
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public Optional<SubscriptionSummary> myActiveSubscription() {
        CproPrincipal me = currentUser.require();
        return activeOnce(me.accountId(), mySchoolId());
    }

    /**
     * The diploma the signed-in user works in (see {@link #myActiveSubscription()}); empty for
     * the support team and for a school without a usable subscription. Other features call this
     * to record the diploma of what the user does (e.g. a ticket). There is no way to ask about
     * someone else: the school comes from the signed-in user only.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<DiplomaSummary> myActiveDiploma() {
        CproPrincipal me = currentUser.require();
        if (!me.isSchoolAdministrator() || me.establishmentId() == null) {
            return Optional.empty();
        }
        return activeOnce(me.accountId(), me.establishmentId()).map(SubscriptionSummary::diploma);
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
        forgetResolutions();
        return subscription.diploma();
    }

    /**
     * The resolution, remembered for the rest of the HTTP request. Spring's request attributes
     * rather than a request-scoped bean: outside a request (a job, the demo seed) there is simply
     * nothing to remember, where a scoped bean would fail. A change of subscription or choice
     * forgets it (see {@link #forgetResolutions()}).
     */
    private Optional<SubscriptionSummary> activeOnce(long accountId, long schoolId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(MEMO + accountId, RequestAttributes.SCOPE_REQUEST)
                instanceof Resolution remembered) {
            return remembered.active();
        }
        var resolution = resolveNow(accountId, schoolId);
        if (request != null) {
            request.setAttribute(MEMO + accountId, resolution, RequestAttributes.SCOPE_REQUEST);
        }
        return resolution.active();
    }

    /** After a change of subscription or choice, this request resolves afresh. */
    private void forgetResolutions() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
                if (name.startsWith(MEMO)) {
                    request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
                }
            }
        }
    }

    /** Reads in a read-only transaction; writes only when the stored choice has to change. */
    private Resolution resolveNow(long accountId, long schoolId) {
        var resolution = reading.execute(status -> {
            LocalDate today = today();
            var all = subscriptions.findBySchool(schoolId).stream().map(s -> s.toSummary(today)).toList();
            return resolve(all, activeDiplomas.findById(accountId).map(ActiveDiploma::getDiplomaId));
        });
        if (resolution.mustStore()) {
            long diplomaId = resolution.active().orElseThrow().diploma().id();
            writing.executeWithoutResult(status -> activeDiplomas.store(accountId, diplomaId, clock.instant()));
        }
        return resolution;
    }

    private static Resolution resolve(List<SubscriptionSummary> all, Optional<Long> stored) {
        var usable = all.stream().filter(s -> s.status().usable()).toList();
        if (usable.isEmpty()) {
            // Keep the stored choice: it comes back by itself when the school renews.
            return new Resolution(all, Optional.empty(), false);
        }
        var chosen = stored.flatMap(id -> usable.stream().filter(s -> s.diploma().id() == id).findFirst());
        return chosen.map(s -> new Resolution(all, Optional.of(s), false))
                .orElseGet(() -> new Resolution(all, Optional.of(usable.getFirst()), true));
    }

    /** The school's subscriptions today, the active one, and whether it must be stored as the new choice. */
    private record Resolution(List<SubscriptionSummary> all, Optional<SubscriptionSummary> active, boolean mustStore) {
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
