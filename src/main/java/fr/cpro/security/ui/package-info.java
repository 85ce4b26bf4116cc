/**
 * The login page.
 */
package fr.cpro.security.ui;
