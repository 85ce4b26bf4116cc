/**
 * Support tickets: tickets, their categories, messages and attachments, the business-hours calendar
 * behind the "72 heures ouvrées" deadline, attachment storage and the download endpoint. The help
 * centre ({@code help}) builds on the tickets (their categories, the promised first-answer time);
 * the tickets never depend on it.
 */
@ApplicationModule(allowedDependencies = {"home", "account", "establishment", "mail", "base", "base::ui", "security"})
package fr.cpro.support;

import org.springframework.modulith.ApplicationModule;
