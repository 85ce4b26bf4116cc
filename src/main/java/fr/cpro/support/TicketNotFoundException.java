package fr.cpro.support;

import java.io.Serial;

/**
 * No such ticket or file for this reader: also what another school gets, so nobody learns that
 * a reference exists.
 */
public class TicketNotFoundException extends SupportException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TicketNotFoundException() {
        super("support.error.not-found");
    }
}
