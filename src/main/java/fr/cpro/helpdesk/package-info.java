/**
 * The support team's workspace: the queue of every school's tickets and a ticket's page where agents
 * reply, write internal notes, set the status and assign. It works on tickets through support's public
 * services only ({@code TeamTicketService}, {@code TicketQueue}) and adds its tiles to Accueil and its
 * entry to the banner as beans, so that no module below knows it.
 */
@ApplicationModule(allowedDependencies = {"support", "home", "account", "establishment", "mail", "base", "base::ui", "security"})
package fr.cpro.helpdesk;

import org.springframework.modulith.ApplicationModule;
