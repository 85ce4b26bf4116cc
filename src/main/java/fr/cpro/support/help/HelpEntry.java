package fr.cpro.support.help;

import fr.cpro.support.SupportCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A question of the help centre and its answer; the support team owns the content. Schools read the
 * published ones only. The version guards the text against two agents editing at once; the order and
 * the publication are set by queries of their own, so that moving or publishing an entry never makes an
 * agent's open edit stale.
 */
@Entity
@Table(name = "help_entry")
class HelpEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SupportCategory category;

    @Column(name = "editorial_order", nullable = false)
    private int editorialOrder;

    @Column(nullable = false, length = HelpEntryDraft.QUESTION_MAX)
    private String question;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String answer;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Version
    private long version;

    protected HelpEntry() {
    }

    /** A new entry, not yet published: the team reads it over in the preview first. */
    HelpEntry(SupportCategory category, int editorialOrder, HelpEntryDraft draft, String byName, Instant at) {
        this.category = category;
        this.editorialOrder = editorialOrder;
        this.published = false;
        edit(draft, byName, at);
    }

    void edit(HelpEntryDraft draft, String byName, Instant at) {
        this.question = draft.question().strip();
        this.answer = draft.answer().strip();
        this.updatedByName = byName;
        this.updatedAt = at;
    }

    HelpQuestion toQuestion() {
        return new HelpQuestion(id, category, question, answer);
    }

    HelpEntryDetails toDetails(long consultations) {
        return new HelpEntryDetails(id, version, category, editorialOrder, question, answer, published,
                updatedAt, updatedByName, consultations);
    }

    Long getId() {
        return id;
    }

    SupportCategory getCategory() {
        return category;
    }

    int getEditorialOrder() {
        return editorialOrder;
    }

    String getQuestion() {
        return question;
    }

    boolean isPublished() {
        return published;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedByName() {
        return updatedByName;
    }
}
