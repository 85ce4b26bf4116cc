package fr.cpro.account;

import fr.cpro.base.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Someone who signs in: a school's administrator (login = the school's UAI) or a member of
 * the support team (login = professional e-mail).
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = EmailAddresses.MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // An agent's login follows their confirmed e-mail; a school's is its UAI for ever.
    @Column(nullable = false, length = EMAIL_MAX)
    private String login;

    @Column(nullable = false, length = 20, updatable = false)
    private String role;

    @Column(name = "first_name", length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", length = NAME_MAX)
    private String lastName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "establishment_id", updatable = false)
    private Long establishmentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String login, String role, String firstName, String lastName, String email, Long establishmentId,
            Instant now) {
        this.login = login;
        this.role = role;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.establishmentId = establishmentId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** The first connection: the administrator's name and chosen password. */
    void activate(String firstName, String lastName, String passwordHash, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        setPasswordHash(passwordHash, now);
    }

    /** The support team disables or enables the account: a disabled account cannot sign in. */
    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** A confirmed new address; an agent signs in with it from now on. */
    void changeEmail(String email, Instant now) {
        this.email = email;
        if (!isSchoolAdministrator()) {
            this.login = email;
        }
        this.updatedAt = now;
    }

    boolean isSchoolAdministrator() {
        return fr.cpro.security.AppRoles.ETABLISSEMENT.equals(role);
    }

    /** Whether the first connection is still to come. */
    boolean awaitsActivation() {
        return passwordHash == null;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getRole() {
        return role;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
