/**
 * The demo's outbox page: the mails CPRO STI would have sent, with their links.
 */
package fr.cpro.mail.ui;
