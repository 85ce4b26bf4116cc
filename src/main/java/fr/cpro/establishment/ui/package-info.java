/**
 * The school's screens: "Changer de diplôme" in the banner and its dialog, Mon établissement, Abonnement.
 */
package fr.cpro.establishment.ui;
