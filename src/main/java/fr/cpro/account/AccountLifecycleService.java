package fr.cpro.account;

import fr.cpro.base.EmailAddresses;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.mail.MailOutbox;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.ClientRequest;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import fr.cpro.security.LoginIdentifier;
import fr.cpro.security.LoginThrottle;
import fr.cpro.security.LoginThrottledException;
import fr.cpro.security.PasswordReplaced;
import fr.cpro.security.SessionRevocations;
import fr.cpro.security.SignInRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The account lifecycle: first connection, forgotten password, password and e-mail change.
 *
 * <p>Links sent by mail carry a random single-use token ({@link AccountTokens}). Every mail is queued in the
 * outbox in the same transaction as the change that causes it, and every step goes to the
 * audit trail. What must not happen unless the change commits (signing in, ending the other
 * sessions, clearing the throttle) is published as an event and done after commit.
 */
@Service
public class AccountLifecycleService {

    /** A second request within this delay sends no second mail (no mail bombing). */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);
    /** "Mot de passe oublié" sends at most this many mails to one account per {@link #HELP_WINDOW}. */
    static final int HELP_MAILS_PER_WINDOW = 3;
    static final Duration HELP_WINDOW = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokens links;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EstablishmentService establishments;
    private final SessionRevocations revocations;
    private final AccountTokenRepository tokens;

    AccountLifecycleService(AccountRepository accounts, AccountTokens links, PasswordEncoder encoder,
                            MailOutbox outbox, AccountMails mails, AuditLog audit, ApplicationEventPublisher events,
                            LoginThrottle throttle, CurrentUser currentUser, Clock clock,
                            EstablishmentService establishments, SessionRevocations revocations,
                            AccountTokenRepository tokens) {
        this.establishments = establishments;
        this.revocations = revocations;
        this.tokens = tokens;
        this.accounts = accounts;
        this.links = links;
        this.encoder = encoder;
        this.outbox = outbox;
        this.mails = mails;
        this.audit = audit;
        this.events = events;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends (again) the activation link of an account awaiting its first connection, to its
     * address (a school's official mailbox). Voids the previous link.
     *
     * @throws IllegalStateException when the account already has a password
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public void sendActivation(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.awaitsActivation()) {
            throw new IllegalStateException("account " + accountId + " is active already");
        }
        if (!account.isEnabled()) {
            throw new IllegalStateException("account " + accountId + " is disabled");
        }
        issueActivation(account);
    }

    /**
     * Creates the administrator account of a school registered by the support team, awaiting its first
     * connection; its login is the school's UAI, its address the school's official mailbox.
     *
     * @param sendLink whether to mail the activation link now (an import never does: the team sends it later)
     * @return the account's id
     * @throws SchoolRefusedException when the school has an account already
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public long openSchoolAccount(EstablishmentSummary school, boolean sendLink) {
        if (accounts.findByLogin(school.uai()).isPresent()) {
            throw new SchoolRefusedException("school.account.error.exists", school.uai());
        }
        var account = accounts.save(new Account(school.uai(), AppRoles.ETABLISSEMENT, null, null,
                school.officialEmail(), school.id(), clock.instant()));
        if (sendLink) {
            issueActivation(account);
        }
        return account.getId();
    }

    /** The administrator account of a school, with its latest activation link; empty when it has none yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public Optional<SchoolAccount> schoolAccount(long establishmentId) {
        return accounts.findFirstByEstablishmentIdAndRoleOrderByIdAsc(establishmentId, AppRoles.ETABLISSEMENT)
                .map(this::toSchoolAccount);
    }

    /**
     * Sends (again) a school's activation link, to the school's official mailbox as it stands now; the
     * previous link stops working. A school without an account yet (imported) gets one, awaiting activation.
     *
     * @return the address the link went to
     * @throws SchoolRefusedException in French: unknown school, an account already active (its administrator
     *                                uses "Mot de passe oublié"), or disabled (enable it first)
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public String sendSchoolActivation(long establishmentId) {
        EstablishmentSummary school = establishments.get(establishmentId)
                .orElseThrow(() -> new SchoolRefusedException("school.error.unknown"));
        var existing = accounts.findFirstByEstablishmentIdAndRoleOrderByIdAsc(establishmentId, AppRoles.ETABLISSEMENT);
        if (existing.isEmpty()) {
            openSchoolAccount(school, true);
            return school.officialEmail();
        }
        Account account = existing.get();
        if (!account.isEnabled()) {
            throw new SchoolRefusedException("school.account.error.disabled");
        }
        if (!account.awaitsActivation()) {
            throw new SchoolRefusedException("school.account.error.active");
        }
        if (!school.officialEmail().equalsIgnoreCase(account.getEmail())) {
            // The team corrected the mailbox since the account was created: the link goes where it says now.
            account.changeEmail(school.officialEmail(), clock.instant());
        }
        issueActivation(account);
        return account.getEmail();
    }

    /**
     * Disables a school's account: it cannot sign in any more, its open links stop working, and its sessions
     * end on every instance within seconds of the commit ({@link SessionRevocations}).
     *
     * @throws SchoolRefusedException when the school has no account, or it is disabled already
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public SchoolAccount disableSchoolAccount(long establishmentId) {
        Account account = schoolAccountOf(establishmentId);
        if (!account.isEnabled()) {
            throw new SchoolRefusedException("school.account.error.disabled-already");
        }
        Instant now = clock.instant();
        account.setEnabled(false, now);
        for (TokenPurpose purpose : TokenPurpose.values()) {
            links.voidOpen(account.getId(), purpose, now);
        }
        revocations.revoke(account.getId());
        audit.record(AuditEvent.Type.ACCOUNT_DISABLED, account.getId(), account.getLogin(), null);
        return toSchoolAccount(accounts.saveAndFlush(account));
    }

    /**
     * Enables a disabled school's account again: an active one signs in with its password, a pending one
     * needs a new activation link (the old ones were voided).
     *
     * @throws SchoolRefusedException when the school has no account, or it is enabled already
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public SchoolAccount enableSchoolAccount(long establishmentId) {
        Account account = schoolAccountOf(establishmentId);
        if (account.isEnabled()) {
            throw new SchoolRefusedException("school.account.error.enabled-already");
        }
        account.setEnabled(true, clock.instant());
        audit.record(AuditEvent.Type.ACCOUNT_ENABLED, account.getId(), account.getLogin(), null);
        return toSchoolAccount(accounts.saveAndFlush(account));
    }

    private Account schoolAccountOf(long establishmentId) {
        return accounts.findFirstByEstablishmentIdAndRoleOrderByIdAsc(establishmentId, AppRoles.ETABLISSEMENT)
                .orElseThrow(() -> new SchoolRefusedException("school.account.error.none"));
    }

    private SchoolAccount toSchoolAccount(Account a) {
        AccountStatus status = !a.isEnabled() ? AccountStatus.DISABLED
                : a.awaitsActivation() ? AccountStatus.PENDING : AccountStatus.ACTIVE;
        var link = tokens.findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(a.getId(), TokenPurpose.ACTIVATION)
                .map(t -> new SchoolAccount.ActivationLink(t.getCreatedAt(), t.getExpiresAt(), t.getUsedAt(),
                        t.getVoidedAt()))
                .orElse(null);
        return new SchoolAccount(a.getId(), a.getLogin(),
                CproPrincipal.displayName(a.getFirstName(), a.getLastName(), a.getLogin()), a.getEmail(), status,
                a.getCreatedAt(), a.getUpdatedAt(), link);
    }

    /**
     * "Mot de passe oublié": sends a reset link (1 hour), or a new activation link (7 days) to
     * an account still awaiting its first connection; at most {@value #HELP_MAILS_PER_WINDOW}
     * mails per account per hour, and none within {@link #RESEND_PAUSE} of the last. Answers
     * nothing either way: the caller shows the same neutral message whether or not the account
     * exists. The form does not wait for this (see {@link PasswordHelp}), so its answer time
     * tells nothing either.
     *
     * @param typed the UAI or the agent's e-mail, as typed
     * @throws fr.cpro.security.InvalidUaiException when it is neither a valid UAI nor an e-mail
     *         (a public format rule, which tells nothing about accounts)
     */
    @Transactional
    public void requestPasswordHelp(String typed) {
        String login = LoginIdentifier.normalise(typed);
        var account = accounts.findByLogin(login).filter(Account::isEnabled).orElse(null);
        // Counted per login typed, known or not: the same row written either way.
        boolean withinLimit = throttle.tryAcquire("password-help:" + login, HELP_MAILS_PER_WINDOW, HELP_WINDOW);
        boolean sends = account != null && account.getEmail() != null && withinLimit;
        TokenPurpose purpose = account != null && account.awaitsActivation()
                ? TokenPurpose.ACTIVATION : TokenPurpose.PASSWORD_RESET;
        if (sends && links.sentSince(account.getId(), purpose, clock.instant().minus(RESEND_PAUSE))) {
            sends = false;
        }
        if (!sends) {
            audit.record(AuditEvent.Type.PASSWORD_RESET_REQUESTED, account == null ? null : account.getId(), login,
                    "aucun courriel envoyé");
            return;
        }
        if (purpose == TokenPurpose.ACTIVATION) {
            issueActivation(account);
        } else {
            String token = links.issue(account.getId(), TokenPurpose.PASSWORD_RESET, null);
            outbox.enqueue(mails.passwordReset(account, token));
            audit.record(AuditEvent.Type.PASSWORD_RESET_REQUESTED, account.getId(), account.getLogin(), null);
        }
    }

    /**
     * Whom a link is for, before its page shows the form.
     *
     * @throws TokenRefusedException when the link is unknown, used, expired or replaced
     */
    @Transactional(readOnly = true)
    public LinkHolder checkLink(String token, TokenPurpose purpose) {
        AccountToken link = links.find(token, purpose);
        Account account = accounts.findById(link.getAccountId()).orElseThrow();
        return new LinkHolder(account.getLogin(), account.getFirstName(), account.getLastName(), link.getNewEmail());
    }

    /**
     * The first connection: the administrator gives their name and chooses the password, and
     * is signed in within the current request once the change has committed.
     *
     * @return the account now signed in
     * @throws TokenRefusedException  when the link cannot be used
     * @throws ChangeRefusedException when a name is missing or the password breaks a rule
     */
    @Transactional(noRollbackFor = TokenRefusedException.class)
    public CproPrincipal activate(String token, String firstName, String lastName, String password) {
        AccountToken link = use(token, TokenPurpose.ACTIVATION);
        Account account = accounts.findById(link.getAccountId()).orElseThrow();
        String first = required(firstName, ChangeRefusedException.Field.FIRST_NAME);
        String last = required(lastName, ChangeRefusedException.Field.LAST_NAME);
        checkRules(password, account, first, last, account.getEmail());
        Instant now = clock.instant();
        account.activate(first, last, encoder.encode(password), now);
        link.use(now);
        links.voidOpen(account.getId(), TokenPurpose.PASSWORD_RESET, now);
        audit.record(AuditEvent.Type.ACTIVATION, account.getId(), account.getLogin(), null);
        CproPrincipal principal = AccountUserDetailsService.principalOf(account).withoutPassword();
        // The user who chose the password is signed in, once that choice is committed.
        events.publishEvent(new SignInRequested(principal));
        return principal;
    }

    /**
     * A new password from a reset link. Signs the account out of every session.
     *
     * @throws TokenRefusedException  when the link cannot be used
     * @throws ChangeRefusedException when the password breaks a rule
     */
    @Transactional(noRollbackFor = TokenRefusedException.class)
    public void resetPassword(String token, String password) {
        AccountToken link = use(token, TokenPurpose.PASSWORD_RESET);
        Account account = accounts.findById(link.getAccountId()).orElseThrow();
        checkRules(password, account, account.getFirstName(), account.getLastName(), account.getEmail());
        Instant now = clock.instant();
        account.setPasswordHash(encoder.encode(password), now);
        link.use(now);
        links.voidOpen(account.getId(), TokenPurpose.PASSWORD_RESET, now);
        // Whoever had the password signs in no more; the owner proved they hold the mailbox.
        // Both after commit: a reset that rolls back leaves every session as it was.
        events.publishEvent(new PasswordReplaced(account.getId(), account.getLogin(), null, true));
        outbox.enqueue(mails.passwordChangedNotice(account));
        audit.record(AuditEvent.Type.PASSWORD_RESET, account.getId(), account.getLogin(), null);
    }

    /**
     * Changes the signed-in user's password. Their other sessions are signed out; this one
     * stays signed in.
     *
     * @throws ChangeRefusedException for a wrong current password (counted by the throttle)
     *                                or a new password that breaks a rule
     */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        Account account = me();
        verifyCurrentPassword(account, currentPassword);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.NEW_PASSWORD, "password.rule.same");
        }
        checkRules(newPassword, account, account.getFirstName(), account.getLastName(), account.getEmail());
        account.setPasswordHash(encoder.encode(newPassword), clock.instant());
        // The other sessions end once the change has committed; this one stays signed in.
        events.publishEvent(new PasswordReplaced(account.getId(), account.getLogin(),
                ClientRequest.sessionId().orElse(null), false));
        outbox.enqueue(mails.passwordChangedNotice(account));
        audit.record(AuditEvent.Type.PASSWORD_CHANGE, account.getId(), account.getLogin(),
                "autres sessions fermées");
    }

    /**
     * Asks to change the signed-in user's address: a confirmation link (24 hours) goes to the
     * new address; nothing changes until it is used.
     *
     * @return the normalised new address
     * @throws ChangeRefusedException for a wrong current password or an unusable address
     */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    @PreAuthorize("isAuthenticated()")
    public String requestEmailChange(String newEmail, String currentPassword) {
        Account account = me();
        String email = newEmail == null ? "" : newEmail.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isValid(email)) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.EMAIL, "account.email.error.format");
        }
        if (email.equalsIgnoreCase(account.getEmail())) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.EMAIL, "account.email.error.same");
        }
        verifyCurrentPassword(account, currentPassword);
        if (!account.isSchoolAdministrator() && accounts.findByLogin(email).isPresent()) {
            // An agent's e-mail is their login: two agents cannot share one.
            throw new ChangeRefusedException(ChangeRefusedException.Field.EMAIL, "account.email.error.taken");
        }
        String token = links.issue(account.getId(), TokenPurpose.EMAIL_CHANGE, email);
        outbox.enqueue(mails.emailConfirmation(account, email, token));
        audit.record(AuditEvent.Type.EMAIL_CHANGE_REQUESTED, account.getId(), account.getLogin(), email);
        return email;
    }

    /**
     * Confirms a new address from the link sent to it; the old address is told.
     *
     * @return the new address
     * @throws TokenRefusedException  when the link cannot be used
     * @throws ChangeRefusedException when another agent took the address meanwhile
     */
    @Transactional(noRollbackFor = TokenRefusedException.class)
    public String confirmEmailChange(String token) {
        AccountToken link = use(token, TokenPurpose.EMAIL_CHANGE);
        Account account = accounts.findById(link.getAccountId()).orElseThrow();
        String email = link.getNewEmail();
        if (!account.isSchoolAdministrator() && accounts.findByLogin(email).isPresent()) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.EMAIL, "account.email.error.taken");
        }
        String oldEmail = account.getEmail();
        String oldLogin = account.getLogin();
        Instant now = clock.instant();
        account.changeEmail(email, now);
        link.use(now);
        if (oldEmail != null && !oldEmail.equalsIgnoreCase(email)) {
            outbox.enqueue(mails.emailChangedNotice(account, oldEmail, email));
        }
        audit.record(AuditEvent.Type.EMAIL_CHANGE, account.getId(), oldLogin, oldEmail + " → " + email);
        return email;
    }

    /** What the signed-in user's password must not contain (login, names, e-mail), for the strength indicator. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> personalWords() {
        Account account = me();
        return personal(account, account.getFirstName(), account.getLastName(), account.getEmail());
    }

    private Account me() {
        CproPrincipal user = currentUser.require();
        return accounts.findById(user.accountId()).orElseThrow();
    }

    private void verifyCurrentPassword(Account account, String currentPassword) {
        String address = ClientRequest.address().orElse(null);
        try {
            throttle.check(account.getLogin(), address);
        } catch (LoginThrottledException e) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.CURRENT_PASSWORD,
                    "account.error.throttled");
        }
        if (currentPassword == null || account.getPasswordHash() == null
                || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getLogin(), address);
            audit.record(AuditEvent.Type.PASSWORD_CHANGE_REFUSED, account.getId(), account.getLogin(),
                    "mot de passe actuel incorrect");
            throw new ChangeRefusedException(ChangeRefusedException.Field.CURRENT_PASSWORD,
                    "account.error.current-password");
        }
    }

    private void checkRules(String password, Account account, String first, String last, String email) {
        List<String> problems = PasswordPolicy.violations(password, personal(account, first, last, email));
        if (!problems.isEmpty()) {
            throw new ChangeRefusedException(ChangeRefusedException.Field.NEW_PASSWORD, problems);
        }
    }

    private static List<String> personal(Account account, String first, String last, String email) {
        var words = new ArrayList<String>();
        words.add(account.getLogin());
        words.add(first);
        words.add(last);
        words.add(email);
        return words;
    }

    private static String required(String value, ChangeRefusedException.Field field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new ChangeRefusedException(field, "account.error.required");
        }
        if (stripped.length() > Account.NAME_MAX) {
            throw new ChangeRefusedException(field, "account.error.too-long");
        }
        return stripped;
    }

    private void issueActivation(Account account) {
        String token = links.issue(account.getId(), TokenPurpose.ACTIVATION, null);
        outbox.enqueue(mails.activation(account, token));
        audit.record(AuditEvent.Type.ACTIVATION_LINK_SENT, account.getId(), account.getLogin(), account.getEmail());
    }

    private AccountToken use(String token, TokenPurpose purpose) {
        try {
            return links.find(token, purpose);
        } catch (TokenRefusedException e) {
            audit.record(AuditEvent.Type.LINK_REFUSED, null, null, purpose + " " + e.reason());
            throw e;
        }
    }
}
