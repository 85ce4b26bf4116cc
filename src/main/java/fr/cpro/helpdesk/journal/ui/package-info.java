/**
 * The Journal ({@code helpdesk/journal}, supervisors only): the audit trail, newest first, filtered by type,
 * account, school and dates, the filters kept in the address.
 */
package fr.cpro.helpdesk.journal.ui;
