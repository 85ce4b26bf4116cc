package fr.cpro.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A réponse type: a titled text that agents insert into replies, with placeholders filled per ticket. */
@Entity
@Table(name = "canned_response")
class CannedResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CannedResponseDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_by_name", length = 200, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    CannedResponse(CannedResponseDraft draft, long authorId, String authorName, Instant now) {
        this.createdBy = authorId;
        this.createdByName = authorName;
        this.createdAt = now;
        edit(draft, authorId, authorName, now);
    }

    void edit(CannedResponseDraft draft, long authorId, String authorName, Instant now) {
        this.title = draft.title().strip();
        this.body = draft.body().strip();
        this.updatedBy = authorId;
        this.updatedByName = authorName;
        this.updatedAt = now;
    }

    CannedResponseSummary toSummary() {
        return new CannedResponseSummary(id, title, body, version, updatedByName, updatedAt);
    }

    long getVersion() {
        return version;
    }

    String getUpdatedByName() {
        return updatedByName;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
