/**
 * The helpdesk's views: the queue ({@code helpdesk}), a ticket's workspace ({@code helpdesk/tickets/…}) with
 * its filters, cards and composer, and the canned responses ({@code helpdesk/reponses-types}) with the picker
 * the composer uses to insert one, and the directory of schools ({@code helpdesk/etablissements}) with each
 * school's page ({@code helpdesk/etablissements/{uai}}). Every route is for agents and supervisors only; anyone else gets the
 * French "page introuvable".
 */
package fr.cpro.helpdesk.ui;
