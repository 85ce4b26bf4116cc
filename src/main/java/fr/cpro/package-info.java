/**
 * CPRO STI, the account-and-support shell of the skills-tracking platform. Packages are
 * features (Spring Modulith application modules, checked by {@code ModulesTest}); each one's
 * sub-packages ({@code ui}, …) are internal, and dependencies point one way only:
 *
 * <pre>
 * helpdesk → support (→ its nested help) → home → account → establishment → mail → base → security
 * </pre>
 *
 * <ul>
 *   <li><b>helpdesk → support</b>: the agents' views work on tickets through support's public services
 *       only; support never knows who answers.</li>
 *   <li><b>support.help → support</b>: the help centre shows the tickets' categories and first-answer promise
 *       and links to the ticket form; a ticket never needs the help centre.</li>
 *   <li><b>support → home</b>: Assistance is one of Accueil's modules; the catalogue names routes, not
 *       support's classes.</li>
 *   <li><b>home → account</b>: Accueil's tiles are computed for a signed-in account.</li>
 *   <li><b>account → establishment</b>: an account belongs to a school (its login is the UAI).</li>
 *   <li><b>establishment → mail</b>: features write their mails to the outbox; the outbox knows no feature.</li>
 *   <li><b>mail → base</b>: mails are written in French from the shared translations and formats.</li>
 *   <li><b>base → security</b>: the shell shows who is signed in and what their role may open; security
 *       (roles, the signed-in user, sign-in itself) sits at the bottom and depends on no feature.</li>
 * </ul>
 *
 * A module may use any module below it. {@code demo} seeds the demo data through every feature's public
 * services and is used by none. Features never reach up to this root package: server set-up (clock and
 * time zone, database, Tomcat) lives in {@code base}.
 */
package fr.cpro;
