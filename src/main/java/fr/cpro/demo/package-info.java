/**
 * The demo school and support team, seeded with the demo profile only.
 */
package fr.cpro.demo;
