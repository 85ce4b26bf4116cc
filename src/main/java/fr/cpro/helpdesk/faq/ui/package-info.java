/**
 * The FAQ editor's views: the list of a category's entries ({@code helpdesk/faq?categorie=…}), the dialog
 * that writes a question and its answer beside a live preview, and the preview of a category as a school
 * sees it.
 */
package fr.cpro.helpdesk.faq.ui;
