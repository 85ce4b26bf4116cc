package fr.cpro.helpdesk.directory;

/** What confirming an import did, for the lines its filter kept. */
public record ImportResult(int created, int updated, int unchanged, int refused) {
}
