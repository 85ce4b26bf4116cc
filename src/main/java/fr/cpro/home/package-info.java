/**
 * The catalogue of modules, filtered by role for Accueil, and the tiles computed for a user from
 * their school's subscription and details.
 */
package fr.cpro.home;
