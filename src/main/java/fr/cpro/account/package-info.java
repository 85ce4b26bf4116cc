/**
 * Accounts: a school's administrator (login = UAI) or a support agent (login = e-mail); their profile and sign-in lookup.
 */
package fr.cpro.account;
