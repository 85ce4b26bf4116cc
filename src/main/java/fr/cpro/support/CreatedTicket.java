package fr.cpro.support;

import java.time.Instant;

/**
 * A ticket just sent.
 *
 * @param reference e.g. {@code CPRO-2026-000123}
 * @param dueAt     the promised answer date ("72 heures ouvrées")
 */
public record CreatedTicket(String reference, Instant dueAt) {
}
