/**
 * The helpdesk's views: the queue ({@code helpdesk}) and a ticket's workspace ({@code helpdesk/tickets/…}),
 * with their filters, cards and composer. Every route is for agents and supervisors only; anyone else
 * gets the French "page introuvable".
 */
package fr.cpro.helpdesk.ui;
