/**
 * What every feature shares: the choice of database (embedded MariaDB or CPRO_DB_URL) and the French translations.
 */
package fr.cpro.base;
