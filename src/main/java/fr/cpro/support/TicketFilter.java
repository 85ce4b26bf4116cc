package fr.cpro.support;


/**
 * The filters of the list of tickets; every part is optional ({@code null} or blank = all).
 *
 * @param status   one status
 * @param category one category
 * @param search   a part of the reference or of the subject (case and accents ignored)
 */
public record TicketFilter(TicketStatus status, SupportCategory category, String search) {

    public static final TicketFilter ALL = new TicketFilter(null, null, null);
}
