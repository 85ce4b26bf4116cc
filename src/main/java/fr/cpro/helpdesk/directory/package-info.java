/**
 * Import of the official directory of schools (the Education ministry's <i>Annuaire de l'éducation</i>,
 * its open-data CSV export): the file is read as a stream into a preview kept in the database
 * ({@code directory_import_row}), which the agent filters and reads page by page; confirming creates and
 * updates schools and their administrators' accounts (awaiting activation) in a few set-based statements,
 * never deletes one and sends no mail. Sending the activation links is a separate, explicit action.
 */
package fr.cpro.helpdesk.directory;
