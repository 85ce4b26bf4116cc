package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's guard against words present in most tickets (a FULLTEXT list of millions of documents takes
 * seconds): their frequency is estimated on a sample; a rare word goes to FULLTEXT and the common ones only
 * filter its hits; common words alone search the most recent tickets and messages, and the queue says so.
 * The counts per status are kept by the database and match a real count.
 */
@CproTest
class TicketQueueSearchGuardTest {

    @Autowired TicketService tickets;
    @Autowired TicketQueue queue;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;

    private final String tag = "g" + Long.toString(System.nanoTime(), 36);
    private TicketQueue target;

    @BeforeEach
    void setUp() {
        SupportTestUsers.ensureSchoolB(establishments, accounts);
        target = AopTestUtils.getTargetObject(queue);
    }

    @AfterEach
    void tearDown() {
        target.defaultSearch();
        SecurityContextHolder.clearContext();
    }

    private String send(String subject, String body) {
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        return tickets.create(new NewTicket(SupportCategory.UTILISATION, subject, body), null).reference();
    }

    private List<String> search(String text) {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        return queue.find(new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, null, null, null, text), 0, 50)
                .stream().map(QueueRow::reference).toList();
    }

    private boolean limited(String text) {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        return queue.searchLimited(new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, null, null, null, text));
    }

    @Test
    void aRareWordWithACommonOneFindsTheTicketsHoldingBothWhateverTheirAge() {
        String common = "commun" + tag;
        String rare = "rare" + tag;
        String both = send("Export " + rare + " " + common, "Texte");
        String rareOnly = send("Autre", "Le mot " + rare + " seul");
        String commonOnly = send("Encore", "Le mot " + common + " seul");
        String bothInBody = send("Sujet", "Les deux : " + common.toUpperCase() + " et " + rare);
        // Even when only the newest ticket and message would be read by a search of common words alone.
        target.tuneSearch(20_000, 1, 1, 50);
        target.assumeDocuments(common, 5_000_000);

        assertThat(search(common + " " + rare)).as("the rare word's hits, filtered by the common word")
                .containsExactlyInAnyOrder(both, bothInBody);
        assertThat(limited(common + " " + rare)).as("not limited: FULLTEXT reads every ticket for the rare word").isFalse();
        assertThat(search(rare)).containsExactlyInAnyOrder(both, rareOnly, bothInBody);
        assertThat(commonOnly).isNotIn(search(common + " " + rare));
    }

    @Test
    void commonWordsAloneSearchTheMostRecentTicketsAndMessagesOnlyAndTheQueueSaysSo() {
        String common = "frequent" + tag;
        String oldInBody = send("Ancien", "Bonjour, " + common + " ici");
        send("Neutre", "Texte");
        String recentInSubject = send("Sujet " + common, "Texte");
        String recentInBody = send("Dernier", "Texte " + common);
        target.tuneSearch(20_000, 2, 2, 50);
        target.assumeDocuments(common, 5_000_000);

        assertThat(limited(common)).isTrue();
        assertThat(search(common)).as("only the two newest tickets and messages are read")
                .containsExactlyInAnyOrder(recentInSubject, recentInBody);

        target.tuneSearch(20_000, 1_000_000, 1_000_000, 50);
        target.assumeDocuments(common, 5_000_000);
        assertThat(search(common)).as("further back when allowed").containsExactlyInAnyOrder(oldInBody, recentInSubject, recentInBody);
        assertThat(search("FREQUENT" + tag.toUpperCase())).as("case ignored").hasSize(3);

        target.defaultSearch();
        assertThat(limited(common)).as("the same word, rare by its own estimate").isFalse();
        assertThat(search(common)).containsExactlyInAnyOrder(oldInBody, recentInSubject, recentInBody);
    }

    @Test
    void theEstimateCountsTheSubjectsAndMessagesHoldingTheWord() {
        String word = "estime" + tag;
        send("Objet " + word, "Texte " + word);
        send("Objet", "Texte " + word + " encore");
        send("Rien", "Rien");
        // Windows wide enough to read both tables whole: the estimate is then the exact count.
        target.tuneSearch(20_000, 2_000, 5_000, 1_000_000_000);
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThat(target.documentsEstimate(word)).isEqualTo(3);
        assertThat(target.documentsEstimate("absent" + tag)).isZero();

        // A threshold below the word's documents makes it common.
        target.tuneSearch(2, 2_000, 5_000, 1_000_000_000);
        assertThat(limited(word)).isTrue();
        target.tuneSearch(3, 2_000, 5_000, 1_000_000_000);
        assertThat(limited(word)).isFalse();
    }

    @Test
    void theKeptCountsPerStatusAreTheRealCountsAndServeTheStatusOnlyCounts() {
        send("Compté " + tag, "Texte");
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        var counts = queue.countsByStatus();
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(counts.get(status)).as(status.name())
                    .isEqualTo(jdbc.queryForObject("select count(*) from ticket where status = ?", Long.class, status.name()));
        }
        assertThat(queue.count(QueueFilter.everything()))
                .isEqualTo(jdbc.queryForObject("select count(*) from ticket", Long.class));
        assertThat(queue.count(QueueFilter.OPEN)).isEqualTo(counts.get(TicketStatus.NOUVEAU)
                + counts.get(TicketStatus.EN_COURS) + counts.get(TicketStatus.EN_ATTENTE));
        assertThat(TicketQueue.statusesOnly(QueueFilter.OPEN)).isTrue();
        assertThat(TicketQueue.statusesOnly(QueueFilter.mine())).isFalse();
    }
}
