/**
 * The catalogue of modules, filtered by role for Accueil, and the tiles computed for a user from
 * their school's subscription and details.
 */
@ApplicationModule(allowedDependencies = {"account", "establishment", "mail", "base", "base::ui", "security"})
package fr.cpro.home;

import org.springframework.modulith.ApplicationModule;
