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

/** A question of the help centre and its answer; the support team owns the content. */
@Entity
@Table(name = "help_entry")
class HelpEntry {

    static final int QUESTION_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SupportCategory category;

    @Column(name = "editorial_order", nullable = false)
    private int editorialOrder;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String answer;

    @Version
    private long version;

    protected HelpEntry() {
    }

    HelpQuestion toQuestion() {
        return new HelpQuestion(id, category, question, answer);
    }

    Long getId() {
        return id;
    }
}
