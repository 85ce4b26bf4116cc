/**
 * Sign-in: roles, the UAI and its check letter, the signed-in user, Spring Security's set-up,
 * the throttling of failed sign-ins, the security audit trail and the server-side sessions
 * (signed out after a password change or reset).
 */
@ApplicationModule(allowedDependencies = {})
package fr.cpro.security;

import org.springframework.modulith.ApplicationModule;
