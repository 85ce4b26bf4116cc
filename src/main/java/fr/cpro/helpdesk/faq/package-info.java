/**
 * The FAQ editor of the back office ({@code helpdesk/faq}, agents and supervisors): the help centre's
 * questions by category, their consultations, edits, order and publication, and previews built with the
 * very components schools see. A module nested in helpdesk, since it works on the help centre
 * ({@code help}) through its public editor service and preview components, and on nothing else of the
 * helpdesk.
 */
@ApplicationModule(id = "faq", allowedDependencies = {"help", "help::ui", "support", "base", "base::ui", "security"})
package fr.cpro.helpdesk.faq;

import org.springframework.modulith.ApplicationModule;
