/**
 * The directory import's page ({@code helpdesk/import}): upload of the file, its preview (filters, counts,
 * lines page by page), its confirmation, then the activation links sent to the schools the agent selects.
 */
package fr.cpro.helpdesk.directory.ui;
