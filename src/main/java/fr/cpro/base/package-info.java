/**
 * What every feature shares: the choice of database (embedded MariaDB or CPRO_DB_URL) and the French translations.
 */
@ApplicationModule(allowedDependencies = {"security"})
package fr.cpro.base;

import org.springframework.modulith.ApplicationModule;
