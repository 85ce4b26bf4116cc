package fr.cpro.support;

import org.springframework.test.util.AopTestUtils;

/** Lets tests of other packages (the queue's view) make a word common for the queue's search, then undo it. */
public final class QueueTuning {

    private QueueTuning() {
    }

    /** The word counts as present in most tickets; a search of it alone looks at the {@code recent} newest tickets. */
    public static void assumeCommon(TicketQueue queue, String word, int recent) {
        TicketQueue target = AopTestUtils.getTargetObject(queue);
        target.tuneSearch(20_000, recent, recent, 50);
        target.assumeDocuments(word, 1_000_000);
    }

    public static void reset(TicketQueue queue) {
        TicketQueue target = AopTestUtils.getTargetObject(queue);
        target.defaultSearch();
    }
}
