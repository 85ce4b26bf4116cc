package fr.cpro.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.account.AccountLifecycleService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails that really leave: a real SMTP server (GreenMail) in the test, an outbox worker
 * configured for it exactly as {@code CPRO_MAIL_*} would configure the application's, driven
 * by the test, and the mails read as a mailbox would.
 *
 * <p>The worker is built here rather than in a second Spring context with other properties:
 * two contexts in one JVM would each install their own Vaadin security-context strategy.
 * The application's own worker has no SMTP host in the tests, so it sends nothing meanwhile.
 */
@CproTest
class MailDeliveryTest {

    static final int PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String PASSWORD = "Une phrase assez longue pour CPRO";
    static GreenMail smtp;

    static final MailSettings SETTINGS = new MailSettings("127.0.0.1", PORT, "", "", "CPRO STI <no-reply@cpro.fr>",
            false, 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(5));

    OutboxWorker worker;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    AccountLifecycleService lifecycle;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @BeforeEach
    void worker() {
        worker = new OutboxWorker(repository, new MailSenderConfig().mailSender(SETTINGS), SETTINGS, transactions,
                clock);
        // The test database outlives runs, and the other tests queue mails that nothing sends (no
        // SMTP host): send that backlog first, so that each test's own mail falls within one batch.
        Instant later = clock.instant().plus(Duration.ofDays(2));
        int sent;
        do {
            sent = worker.sendDue(later);
        } while (sent > 0);
    }

    @Test
    void theApplicationsOwnWorkerSendsNothingWithoutAnSmtpHost(@Autowired OutboxWorker unconfigured,
                                                               @Autowired MailSettings settings) {
        assertThat(settings.configured()).isFalse();
        assertThat(unconfigured.sendDue(clock.instant().plus(Duration.ofDays(1)))).isZero();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private List<MimeMessage> receivedBy(String address) {
        worker.sendDue(clock.instant());
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address))
                .toList();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded body of the given type (text/plain or text/html), as a mailbox shows it. */
    private static String part(jakarta.mail.Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    private static String link(String body, String route) {
        var matcher = Pattern.compile("https?://[^/\\s]+/" + Pattern.quote(route) + "([A-Za-z0-9_-]{20,})")
                .matcher(body);
        assertThat(matcher.find()).as("a " + route + " link in the mail").isTrue();
        return matcher.group(1);
    }

    @Test
    void theActivationMailReachesTheSchoolsOfficialMailboxAndItsLinkActivates() throws Exception {
        var school = testAccounts.pendingSchool();
        var mails = receivedBy(school.officialEmail());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("CPRO STI : Activez le compte de votre établissement");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@cpro.fr");
        assertThat(mail.getContentType()).startsWith("multipart/");
        String body = text(mail);
        assertThat(body).startsWith("Bonjour,").contains(school.uai(), "valable 7 jours", "L'équipe CPRO",
                "CPRO STI — espace établissement et assistance");
        String html = part(mail, "text/html");
        assertThat(html).contains("<html lang=\"fr\">", "CPRO STI", "Activer le compte", "/activation/" + link(body, "activation/"));

        String token = link(body, "activation/");
        assertThat(lifecycle.activate(token, "Anna", "Petit", PASSWORD).login()).isEqualTo(school.uai());
        assertThat(mailbox.to(school.officialEmail()).getFirst().getStatus())
                .isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void theResetMailCarriesAOneHourLink() throws Exception {
        var school = testAccounts.activeSchool("Léon", "Garnier", PASSWORD);
        lifecycle.requestPasswordHelp(school.uai());
        var mails = receivedBy(school.officialEmail());
        assertThat(mails).extracting(m -> m.getSubject()).contains("CPRO STI : Choisissez un nouveau mot de passe");
        var reset = mails.stream().filter(m -> subject(m).contains("nouveau mot de passe")).findFirst().orElseThrow();
        String token = link(text(reset), "nouveau-mot-de-passe/");
        lifecycle.resetPassword(token, "Trois chats gris sur le toit");

        // And the owner is told that the password changed.
        assertThat(receivedBy(school.officialEmail())).extracting(MailDeliveryTest::subject)
                .contains("CPRO STI : Votre mot de passe a été modifié");
    }

    @Test
    void anEmailChangeSendsTheLinkToTheNewAddressAndANoticeToTheOldOne() {
        var school = testAccounts.activeSchool("Nina", "Robin", PASSWORD);
        String newAddress = "nina.robin." + System.nanoTime() + "@ac-test.fr";
        testAccounts.as(school.uai(), () -> lifecycle.requestEmailChange(newAddress, PASSWORD));

        var toNew = receivedBy(newAddress);
        assertThat(toNew).hasSize(1);
        assertThat(subject(toNew.getFirst())).isEqualTo("CPRO STI : Confirmez votre nouvelle adresse e-mail");
        assertThat(receivedBy(school.officialEmail())).as("nothing changed yet: no notice").isEmpty();

        lifecycle.confirmEmailChange(link(text(toNew.getFirst()), "confirmation-email/"));
        var toOld = receivedBy(school.officialEmail());
        assertThat(toOld).hasSize(1);
        assertThat(subject(toOld.getFirst())).isEqualTo("CPRO STI : L'adresse e-mail de votre compte a été modifiée");
        assertThat(text(toOld.getFirst())).contains(newAddress);
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndLeavesOnceItIsBack() {
        String to = "panne." + System.nanoTime() + "@ac-test.fr";
        smtp.stop();
        try {
            long id = enqueue(to);
            Instant t0 = clock.instant();
            worker.sendDue(t0);
            OutboxMail afterFailure = repository.findById(id).orElseThrow();
            assertThat(afterFailure.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
            assertThat(afterFailure.getAttempts()).isEqualTo(1);
            assertThat(afterFailure.getLastError()).isNotBlank();
            assertThat(afterFailure.getNextAttemptAt()).isAfter(t0);

            // Back-off: not retried before its time.
            worker.sendDue(t0.plusSeconds(30));
            assertThat(repository.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        worker.sendDue(clock.instant().plus(Duration.ofMinutes(2)));
        OutboxMail sent = mailbox.to(to).getFirst();
        assertThat(sent.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::subject))
                .contains("Message de test " + to);
    }

    @Test
    void aMailIsFailedWithItsErrorAfterTheLastAttempt() {
        String to = "echec." + System.nanoTime() + "@ac-test.fr";
        smtp.stop();
        try {
            long id = enqueue(to);
            Instant t = clock.instant();
            for (int attempt = 1; attempt <= 3; attempt++) {
                worker.sendDue(t);
                t = repository.findById(id).orElseThrow().getNextAttemptAt();
            }
            OutboxMail failed = repository.findById(id).orElseThrow();
            assertThat(failed.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(3);
            assertThat(failed.getLastError()).containsIgnoringCase("connect");
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        worker.sendDue(clock.instant().plus(Duration.ofDays(1)));
        assertThat(mailbox.to(to).getFirst().getStatus())
                .as("a failed mail stays failed").isEqualTo(OutboxMail.Status.FAILED);
    }

    private long enqueue(String to) {
        return new TransactionTemplate(transactions).execute(status ->
                outbox.enqueue(new Mail(to, "Message de test " + to, "Bonjour.", "<p>Bonjour.</p>")));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
