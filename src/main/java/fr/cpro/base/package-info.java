/**
 * What every feature shares: the server set-up (the choice of database, embedded MariaDB or CPRO_DB_URL;
 * the clock and its time zone; Tomcat's read buffer for large uploads), the French translations, and the
 * rules that forms and services share (the e-mail rule, constraint messages in French).
 */
@ApplicationModule(allowedDependencies = {"security"})
package fr.cpro.base;

import org.springframework.modulith.ApplicationModule;
