/**
 * Espace personnel (identity, password and e-mail change), the banner's Prénom NOM entry, and
 * the pages opened without signing in: Mot de passe oublié, Première connexion, new password,
 * e-mail confirmation.
 */
package fr.cpro.account.ui;
