/**
 * Mail: the transactional outbox every feature writes to, the worker that sends it over SMTP
 * (CPRO_MAIL_*) with retries and back-off, the French mail layout, and the demo's mailbox.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "security"})
package fr.cpro.mail;

import org.springframework.modulith.ApplicationModule;
