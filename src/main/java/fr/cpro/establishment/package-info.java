/**
 * Schools (établissements), identified by their UAI; the catalogue of diplomas; each school's
 * subscriptions (Abonnement) with their rules (valid, ending within 30 days, expired); and the
 * diploma each user works in, stored per account.
 */
@ApplicationModule(allowedDependencies = {"mail", "base", "base::ui", "security"})
package fr.cpro.establishment;

import org.springframework.modulith.ApplicationModule;
