/**
 * Mail: the transactional outbox every feature writes to, and the worker that sends it.
 */
package fr.cpro.mail;
