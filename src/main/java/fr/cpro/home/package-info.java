/**
 * The catalogue of modules, filtered by role for Accueil.
 */
package fr.cpro.home;
