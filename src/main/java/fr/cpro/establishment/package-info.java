/**
 * Schools (établissements): identified by their UAI, created by the support team, read by their own administrator.
 */
package fr.cpro.establishment;
