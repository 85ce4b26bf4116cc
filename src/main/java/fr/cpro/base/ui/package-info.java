/**
 * The CPRO shell (the blue banner), the unsaved-work guard, the error handler and the error pages.
 */
package fr.cpro.base.ui;
