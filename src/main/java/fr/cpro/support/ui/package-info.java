/**
 * The school's side of support tickets: the ticket form, the list of tickets and the ticket page. Its
 * message card is shared with the team's workspace (the helpdesk), hence a named interface.
 */
@NamedInterface("ui")
package fr.cpro.support.ui;

import org.springframework.modulith.NamedInterface;
