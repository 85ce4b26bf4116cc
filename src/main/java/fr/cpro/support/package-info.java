/**
 * Support tickets: tickets, their messages and attachments, the business-hours calendar
 * behind the "72 heures ouvrées" deadline, attachment storage and the download endpoint.
 */
package fr.cpro.support;
