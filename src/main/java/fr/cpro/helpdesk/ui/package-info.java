/**
 * The helpdesk's screens: the queue, the ticket workspace, and the management of canned responses with the
 * picker that the composer uses to insert one.
 */
package fr.cpro.helpdesk.ui;
