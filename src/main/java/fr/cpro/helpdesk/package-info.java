/**
 * The support team's workspace (agents and supervisors only): the queue of every school's tickets, a
 * ticket's page where agents reply, write internal notes, set the status and assign, and the canned
 * responses (réponses types) they insert into their replies, and the directory of schools ({@code SchoolDirectory},
 * {@code SchoolAdministration}): their accounts, activation links and subscriptions. It works on tickets through support's public
 * services only ({@code TeamTicketService}, {@code TicketQueue}) and adds its tiles to Accueil and its entry
 * to the banner as beans, so that no module below knows it. Routes below {@code helpdesk} and every service
 * method check the role.
 */
@ApplicationModule(allowedDependencies = {"support", "support::ui", "home", "account", "establishment", "mail", "base", "base::ui",
        "security"})
package fr.cpro.helpdesk;

import org.springframework.modulith.ApplicationModule;
