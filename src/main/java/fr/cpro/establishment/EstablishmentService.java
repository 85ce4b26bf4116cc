package fr.cpro.establishment;

import fr.cpro.security.AppRoles;
import fr.cpro.security.CurrentUser;
import fr.cpro.security.InvalidUaiException;
import fr.cpro.security.Uai;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Schools: created by the support team, read by their own administrator. */
@Service
@Validated
public class EstablishmentService {

    private final EstablishmentRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    EstablishmentService(EstablishmentRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Registers a school. The UAI is normalised and its check letter verified.
     *
     * @throws IllegalArgumentException when a school with this UAI already exists
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public EstablishmentSummary create(String uai, String name, String officialEmail, String academie) {
        String normalised = Uai.parse(uai).value();
        if (repository.findByUai(normalised).isPresent()) {
            throw new IllegalArgumentException("A school with UAI " + normalised + " exists already");
        }
        var school = new Establishment(normalised, Objects.requireNonNull(name).strip(),
                Objects.requireNonNull(officialEmail).strip(),
                Objects.requireNonNull(academie).strip(), null, clock.instant());
        return repository.save(school).toSummary();
    }

    /**
     * Registers a school by hand or from the national directory: the UAI as typed at sign-in (spaces, lower
     * case, Corsican spelling understood), its check letter verified, and no other school with it.
     *
     * @throws SchoolRefusedException for a malformed UAI, a wrong check letter or a UAI taken already, with
     *                                its French message
     * @throws jakarta.validation.ConstraintViolationException when a detail is missing, too long or not an
     *         e-mail (the form checks the same constraints first)
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public EstablishmentSummary register(String uai, @Valid DirectoryDetails details) {
        String normalised = checkedUai(uai);
        repository.findByUai(normalised).ifPresent(existing -> {
            throw new SchoolRefusedException("school.error.uai-taken", normalised, existing.getName());
        });
        var school = new Establishment(normalised, details.name().strip(), details.officialEmail().strip(),
                details.academie().strip(), blankToNull(details.town()), clock.instant());
        try {
            return repository.saveAndFlush(school).toSummary();
        } catch (DataIntegrityViolationException race) {
            // Another agent (or an import) registered the same UAI between the check and the insert.
            throw new SchoolRefusedException("school.error.uai-taken", normalised, "");
        }
    }

    /**
     * The support team corrects a school's name, official mailbox, académie and town. The UAI never changes:
     * it is the school's login.
     *
     * @throws SchoolRefusedException when there is no such school
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public EstablishmentSummary update(long id, @Valid DirectoryDetails details) {
        var school = repository.findById(id).orElseThrow(() -> new SchoolRefusedException("school.error.unknown"));
        school.setDirectoryDetails(details.name().strip(), details.officialEmail().strip(),
                details.academie().strip(), blankToNull(details.town()));
        return repository.saveAndFlush(school).toSummary();
    }

    /**
     * The normalised UAI, as at sign-in.
     *
     * @throws SchoolRefusedException with the French reason when it is not a valid UAI
     */
    public static String checkedUai(String typed) {
        try {
            return Uai.parse(typed).value();
        } catch (InvalidUaiException e) {
            throw new SchoolRefusedException(e.reason() == InvalidUaiException.Reason.CHECK_LETTER
                    ? "school.error.uai-check-letter" : "school.error.uai-format", Uai.normalise(typed));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The school with this UAI, for the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public Optional<EstablishmentSummary> findByUai(String uai) {
        return repository.findByUai(Uai.normalise(uai)).map(Establishment::toSummary);
    }

    /**
     * One school: its own administrator, or an agent.
     *
     * @throws AccessDeniedException for another school's administrator
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<EstablishmentSummary> get(long id) {
        var user = currentUser.require();
        if (!user.isAgent() && !Long.valueOf(id).equals(user.establishmentId())) {
            throw new AccessDeniedException("not this school's account");
        }
        return repository.findById(id).map(Establishment::toSummary);
    }

    /** The signed-in administrator's school. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public EstablishmentSummary mySchool() {
        return repository.findById(mySchoolId()).orElseThrow().toSummary();
    }

    /**
     * Changes the name and the official mailbox of the signed-in administrator's school. The UAI
     * and the académie are the Education ministry's: only the support team changes them.
     *
     * @throws jakarta.validation.ConstraintViolationException when a value is missing, too long or not
     *         an e-mail (the form checks the same constraints first)
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public EstablishmentSummary updateMySchool(@Valid SchoolDetails details) {
        var school = repository.findById(mySchoolId()).orElseThrow();
        school.setDetails(details.name().strip(), details.officialEmail().strip());
        return repository.saveAndFlush(school).toSummary();
    }

    private long mySchoolId() {
        Long id = currentUser.require().establishmentId();
        if (id == null) {
            throw new AccessDeniedException("not a school's account");
        }
        return id;
    }
}
