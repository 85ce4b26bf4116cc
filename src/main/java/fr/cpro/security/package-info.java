/**
 * Sign-in: roles, the UAI and its check letter, the signed-in user, Spring Security's set-up.
 */
package fr.cpro.security;
