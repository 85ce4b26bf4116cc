package fr.cpro.support.help;

import fr.cpro.base.LikePatterns;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.SupportProperties;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The help centre: questions by category, the most consulted ones, search, and the record of
 * what was read. Schools read it; agents may read it too (to point a school at an answer).
 */
@Service
public class HelpCentreService {

    /** How many questions "Questions les plus fréquentes" lists. */
    public static final int MOST_CONSULTED = 3;
    /** The ranking counts the consultations of the last 90 days, today included. */
    public static final int WINDOW_DAYS = 90;
    /** The longest search text read; the search field holds no more. */
    public static final int SEARCH_MAX_LENGTH = 100;
    /** How many search results are listed at most. */
    public static final int SEARCH_LIMIT = 20;

    private static final int SEARCH_MAX_WORDS = 8;
    private static final String READERS = "hasAnyRole('" + AppRoles.ETABLISSEMENT + "', '" + AppRoles.AGENT + "')";

    private final HelpEntryRepository entries;
    private final HelpConsultations consultations;
    private final CurrentUser currentUser;
    private final SupportProperties properties;
    private final Clock clock;

    HelpCentreService(HelpEntryRepository entries, HelpConsultations consultations, CurrentUser currentUser,
                      SupportProperties properties, Clock clock) {
        this.entries = entries;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The published questions of one category, in editorial order. Read from the database at each call
     * (nothing is cached), so that an edit in the FAQ editor shows at the school's next look.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<HelpQuestion> questions(SupportCategory category) {
        return entries.findByCategoryAndPublishedTrueOrderByEditorialOrder(category).stream()
                .map(HelpEntry::toQuestion).toList();
    }

    /**
     * "Questions les plus fréquentes": the {@value #MOST_CONSULTED} published questions read by the most
     * distinct (user, day) pairs over the last {@value #WINDOW_DAYS} days (Europe/Paris, today
     * included). Equal counts, and the case where nothing was read, follow the editorial order.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<HelpQuestion> mostConsulted() {
        return mostConsulted(LocalDate.now(clock));
    }

    List<HelpQuestion> mostConsulted(LocalDate today) {
        List<Long> ids = consultations.mostConsulted(today.minusDays(WINDOW_DAYS - 1L), today, MOST_CONSULTED);
        Map<Long, HelpEntry> byId = entries.findAllById(ids).stream()
                .collect(Collectors.toMap(HelpEntry::getId, Function.identity()));
        return ids.stream().map(byId::get).map(HelpEntry::toQuestion).toList();
    }

    /**
     * Searches the published questions and answers, ignoring case and accents ("desinscrire" finds
     * "désinscrire"): the columns' utf8mb4_unicode_ci collation compares that way. Every word
     * of the text (two letters or more, apostrophes split words) must appear in the question
     * or in the answer. Questions that contain every word come first, then the editorial order.
     *
     * @param text what the user typed; at most {@value #SEARCH_MAX_LENGTH} characters are read
     * @return at most {@value #SEARCH_LIMIT} questions and the total; empty for a text without words
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public HelpSearchResult search(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new HelpSearchResult(List.of(), 0);
        }
        var page = entries.findAll(matching(words), PageRequest.of(0, SEARCH_LIMIT));
        return new HelpSearchResult(page.map(HelpEntry::toQuestion).getContent(), page.getTotalElements());
    }

    /**
     * Records that the signed-in school administrator opened this answer today. Counted at
     * most once per user, entry and day, however often it is opened.
     *
     * @throws NoSuchElementException when there is no such entry, or it is not published
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ETABLISSEMENT + "')")
    public void recordConsultation(long entryId) {
        recordConsultation(currentUser.require().accountId(), entryId, LocalDate.now(clock));
    }

    void recordConsultation(long accountId, long entryId, LocalDate day) {
        if (!entries.existsByIdAndPublishedTrue(entryId)) {
            throw new NoSuchElementException("No help entry " + entryId);
        }
        consultations.record(accountId, entryId, day);
    }

    /** The promised delay of the first answer to a ticket, in business hours (72 unless configured). */
    @PreAuthorize("isAuthenticated()")
    public int firstResponseBusinessHours() {
        return properties.firstResponseBusinessHours();
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String read = text.length() > SEARCH_MAX_LENGTH ? text.substring(0, SEARCH_MAX_LENGTH) : text;
        return Arrays.stream(read.strip().split("[\\s'’]+"))
                .filter(word -> word.length() >= 2)
                .distinct()
                .limit(SEARCH_MAX_WORDS)
                .toList();
    }

    private static Specification<HelpEntry> matching(List<String> words) {
        return (root, query, cb) -> {
            var inQuestion = new ArrayList<Predicate>();
            var inEither = new ArrayList<Predicate>();
            for (String word : words) {
                String pattern = LikePatterns.containing(word);
                Predicate question = like(cb, root, "question", pattern);
                inQuestion.add(question);
                inEither.add(cb.or(question, like(cb, root, "answer", pattern)));
            }
            // Spring Data drops this ordering from its count query.
            query.orderBy(
                    cb.asc(cb.selectCase().when(cb.and(inQuestion.toArray(Predicate[]::new)), 0).otherwise(1)),
                    cb.asc(root.get("editorialOrder")));
            inEither.add(cb.isTrue(root.get("published")));
            return cb.and(inEither.toArray(Predicate[]::new));
        };
    }

    private static Predicate like(CriteriaBuilder cb, Root<HelpEntry> root, String column, String pattern) {
        return cb.like(root.get(column), pattern, LikePatterns.ESCAPE);
    }
}
