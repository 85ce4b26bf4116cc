/**
 * Assistance, the help centre that schools read (opened in a new tab from the banner), and
 * its banner entry. Named as an interface for the FAQ editor, which shows its previews with the
 * very components schools see ({@code AnswerContent}, {@code SchoolPreview}).
 */
@NamedInterface("ui")
package fr.cpro.support.help.ui;

import org.springframework.modulith.NamedInterface;
