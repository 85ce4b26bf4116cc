/**
 * The support team's side of the tickets (agents and supervisors only): the queue, the ticket workspace and
 * the canned responses (réponses types) that agents insert into their replies. It works on tickets through
 * support's public services only; routes below {@code helpdesk} and every service method check the role.
 */
@ApplicationModule(allowedDependencies = {"support", "home", "account", "establishment", "mail", "base", "base::ui",
        "security"})
package fr.cpro.helpdesk;

import org.springframework.modulith.ApplicationModule;
