/**
 * What every feature shares: the choice of database (embedded MariaDB or CPRO_DB_URL) the French translations, and the
 * rules that forms and services share (the e-mail rule, constraint messages in French).
 */
package fr.cpro.base;
