/**
 * CPRO STI, the account-and-support shell of the skills-tracking platform. Packages are
 * features; dependencies point one way: helpdesk → support → home → account → establishment
 * → mail → base → security (an account belongs to a school, so account sits above establishment).
 */
package fr.cpro;
