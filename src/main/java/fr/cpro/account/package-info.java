/**
 * Accounts: a school's administrator (login = UAI) or a support agent (login = e-mail); their
 * profile and sign-in lookup; the lifecycle by mailed single-use links (first connection,
 * forgotten password, e-mail change), the password rules and the password change.
 */
@ApplicationModule(allowedDependencies = {"establishment", "mail", "base", "base::ui", "security"})
package fr.cpro.account;

import org.springframework.modulith.ApplicationModule;
