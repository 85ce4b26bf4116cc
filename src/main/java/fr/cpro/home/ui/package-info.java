/**
 * Accueil: the modules as tiles.
 */
package fr.cpro.home.ui;
