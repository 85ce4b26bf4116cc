/**
 * The CPRO shell (the blue banner), the unsaved-work guard, the error handler and the error pages.
 */
@NamedInterface("ui")
package fr.cpro.base.ui;

import org.springframework.modulith.NamedInterface;
