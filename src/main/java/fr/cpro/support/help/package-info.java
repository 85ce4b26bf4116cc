/**
 * The help centre (Assistance): the questions and answers of the three categories, the
 * consultations that rank the most frequent questions, and the accent-insensitive search.
 * A module nested in support, so that the tool keeps its one direction: the help centre
 * builds on the tickets (categories, first-answer promise, the ticket form it links to),
 * the tickets never on the help centre.
 */
@ApplicationModule(id = "help")
package fr.cpro.support.help;

import org.springframework.modulith.ApplicationModule;
