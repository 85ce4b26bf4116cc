/**
 * The help centre (Assistance): the questions and answers of the three categories, the
 * consultations that rank the most frequent questions, the accent-insensitive search, and the
 * support team's editor of that content ({@code HelpEditorService}) with the answers' markup.
 * A module nested in support, so that the tool keeps its one direction: the help centre
 * builds on the tickets (categories, first-answer promise, the ticket form it links to),
 * the tickets never on the help centre.
 * <p>
 * Open, because Spring Modulith lets no module outside support reach a module nested in it,
 * and the back office's FAQ editor ({@code helpdesk.faq}) must: it names this module in its
 * allowed dependencies, and Java's visibility still keeps the entities, repositories and SQL
 * here to themselves (package-private).
 */
@ApplicationModule(id = "help", type = ApplicationModule.Type.OPEN)
package fr.cpro.support.help;

import org.springframework.modulith.ApplicationModule;
