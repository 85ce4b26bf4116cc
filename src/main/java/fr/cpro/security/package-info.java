/**
 * Sign-in: roles, the UAI and its check letter, the signed-in user, Spring Security's set-up,
 * the throttling of failed sign-ins, the security audit trail and the server-side sessions
 * (signed out after a password change or reset).
 */
package fr.cpro.security;
