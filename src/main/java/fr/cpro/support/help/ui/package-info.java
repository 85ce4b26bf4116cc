/**
 * Assistance, the help centre that schools read (opened in a new tab from the banner), and
 * its banner entry.
 */
package fr.cpro.support.help.ui;
