package fr.cpro.account;

import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts: created by the support team, read by their owner. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final EstablishmentService establishments;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccountLifecycleService lifecycle;
    private final Clock clock;

    AccountService(AccountRepository accounts, EstablishmentService establishments, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, AccountLifecycleService lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.establishments = establishments;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates the administrator account of a school; its login is the school's UAI.
     *
     * @param rawPassword the password, or {@code null} for an account awaiting its first connection:
     *                    its activation link is then mailed to the school's official mailbox
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public long createSchoolAdministrator(EstablishmentSummary school, String firstName, String lastName,
                                          String rawPassword) {
        var account = new Account(school.uai(), AppRoles.ETABLISSEMENT, firstName, lastName, school.officialEmail(),
                school.id(), clock.instant());
        long id = save(account, rawPassword);
        if (rawPassword == null) {
            lifecycle.sendActivation(id);
        }
        return id;
    }

    /** Creates an agent or a supervisor; the login is the lower-cased e-mail. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.SUPERVISEUR + "')")
    public long createAgent(String email, String firstName, String lastName, boolean supervisor, String rawPassword) {
        String login = email.strip().toLowerCase(Locale.ROOT);
        var account = new Account(login, supervisor ? AppRoles.SUPERVISEUR : AppRoles.AGENT, firstName, lastName,
                login, null, clock.instant());
        return save(account, rawPassword);
    }

    /** The signed-in user's identity, with their school for an administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountProfile myProfile() {
        CproPrincipal me = currentUser.require();
        Account account = accounts.findById(me.accountId()).orElseThrow();
        Optional<EstablishmentSummary> school = account.getEstablishmentId() == null ? Optional.empty()
                : establishments.get(account.getEstablishmentId());
        return new AccountProfile(
                CproPrincipal.displayName(account.getFirstName(), account.getLastName(), account.getLogin()),
                account.getFirstName(), account.getLastName(), account.getLogin(),
                account.getEmail(), account.getRole(), school);
    }

    /** The support team, by name: whom a ticket may be assigned to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<StaffMember> staff() {
        return accounts.findByRoleInAndEnabledTrueOrderByLastNameAscFirstNameAsc(List.of(AppRoles.AGENT, AppRoles.SUPERVISEUR))
                .stream().map(AccountService::toStaff).toList();
    }

    /**
     * One member of the support team, or empty for any other account. Open to every signed-in user:
     * a school's reply tells the ticket's agent by mail, and nothing of it reaches the school.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffMember> staffMember(long id) {
        return accounts.findById(id)
                .filter(a -> AppRoles.AGENT.equals(a.getRole()) || AppRoles.SUPERVISEUR.equals(a.getRole()))
                .map(AccountService::toStaff);
    }

    /**
     * The administrator of a school, for the support team: who they are and whether the school's first
     * connection happened. Empty for a school whose account is not created yet.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public Optional<SchoolAdministrator> schoolAdministrator(long establishmentId) {
        return accounts.findFirstByEstablishmentIdAndRoleOrderByIdAsc(establishmentId, AppRoles.ETABLISSEMENT)
                .map(a -> new SchoolAdministrator(a.awaitsActivation() ? null
                        : CproPrincipal.displayName(a.getFirstName(), a.getLastName(), null), a.getEmail(),
                        !a.awaitsActivation()));
    }

    private static StaffMember toStaff(Account a) {
        return new StaffMember(a.getId(), CproPrincipal.displayName(a.getFirstName(), a.getLastName(), a.getLogin()),
                a.getEmail() != null ? a.getEmail() : a.getLogin());
    }

    private long save(Account account, String rawPassword) {
        if (rawPassword != null) {
            account.setPasswordHash(passwordEncoder.encode(rawPassword), clock.instant());
        }
        return accounts.save(account).getId();
    }
}
