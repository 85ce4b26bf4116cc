/**
 * The school's side of support tickets: the ticket form, the list of tickets and the ticket page.
 */
package fr.cpro.support.ui;
