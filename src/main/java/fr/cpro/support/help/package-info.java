/**
 * The help centre (Assistance): the questions and answers of the three categories, the
 * consultations that rank the most frequent questions, and the accent-insensitive search.
 */
package fr.cpro.support.help;
