package fr.cpro.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the security audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** What happened. */
    public enum Type {
        SIGN_IN_SUCCESS,
        SIGN_IN_FAILURE,
        SIGN_IN_THROTTLED,
        ACTIVATION_LINK_SENT,
        ACTIVATION,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        PASSWORD_CHANGE,
        PASSWORD_CHANGE_REFUSED,
        EMAIL_CHANGE_REQUESTED,
        EMAIL_CHANGE,
        LINK_REFUSED,
        /** An agent assigned a ticket (detail: the reference and the new assignee). */
        TICKET_ASSIGNMENT,
        TICKET_STATUS,
        TICKET_REPLY,
        TICKET_NOTE,
        /** The support team registered a school (detail: its name and official mailbox). */
        SCHOOL_CREATED,
        /** The support team corrected a school's details (detail: what changed). */
        SCHOOL_UPDATED,
        /** The support team disabled a school's account: it cannot sign in, its sessions ended. */
        ACCOUNT_DISABLED,
        ACCOUNT_ENABLED,
        /** A subscription added, extended or ended by the support team (detail: the diploma and the dates). */
        SUBSCRIPTION_ADDED,
        SUBSCRIPTION_EXTENDED,
        SUBSCRIPTION_ENDED,
        /** An agent added a question to the help centre (detail: its id, category and question). */
        HELP_ENTRY_CREATED,
        /** An agent changed a help question or its answer. */
        HELP_ENTRY_UPDATED,
        /** An agent published a help question: schools read it from now on. */
        HELP_ENTRY_PUBLISHED,
        /** An agent withdrew a help question from the schools' help centre. */
        HELP_ENTRY_UNPUBLISHED,
        /** An agent moved a help question up or down in its category. */
        HELP_ENTRY_MOVED,
        /** The support team applied an import of the official directory (detail: the file and the counts). */
        DIRECTORY_IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30, updatable = false)
    private Type type;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(length = 254, updatable = false)
    private String login;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Column(length = 500, updatable = false)
    private String detail;

    /** The school the event is about, when there is one (its UAI); what the Journal filters on. */
    @Column(length = 8, updatable = false)
    private String uai;

    private static final java.util.regex.Pattern UAI_SHAPE = java.util.regex.Pattern.compile("\\d{7}[A-Z]");

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Type type, Long accountId, String login, String clientAddress, String detail) {
        this(occurredAt, type, accountId, login, clientAddress, detail, null);
    }

    /** @param uai the school the event is about; {@code null} takes the login when it is a UAI (a school's account) */
    AuditEvent(Instant occurredAt, Type type, Long accountId, String login, String clientAddress, String detail,
               String uai) {
        this.uai = uai != null ? cut(uai, 8) : login != null && UAI_SHAPE.matcher(login).matches() ? login : null;
        this.occurredAt = occurredAt;
        this.type = type;
        this.accountId = accountId;
        this.login = cut(login, 254);
        this.clientAddress = cut(clientAddress, 45);
        this.detail = cut(detail, 500);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getType() {
        return type;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getLogin() {
        return login;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    /** The school the event is about, or {@code null}. */
    public String getUai() {
        return uai;
    }
}
