/**
 * Espace personnel and the banner's Prénom NOM entry.
 */
package fr.cpro.account.ui;
