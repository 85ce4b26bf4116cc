package fr.cpro.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cpro.CproTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' outbox workers on one database, sending at the same time to a real SMTP server
 * (GreenMail): each of 500 mails arrives exactly once, and both workers took part.
 */
@CproTest
class TwoOutboxWorkersTest {

    static final int MAILS = 500;

    @Autowired MailOutbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    GreenMail smtp;
    MailSettings settings;

    @BeforeEach
    void smtpServer() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        settings = new MailSettings("127.0.0.1", port, "", "", "CPRO STI <no-reply@cpro.fr>", false, 3,
                Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(5));
        // The test database outlives runs and other tests queue mails nothing sends: send that backlog first.
        OutboxWorker drain = worker();
        Instant later = clock.instant().plus(Duration.ofDays(2));
        while (drain.sendDue(later) > 0) {
            // next batch
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private OutboxWorker worker() {
        return new OutboxWorker(repository, new MailSenderConfig().mailSender(settings), settings, transactions, clock);
    }

    private long pending(String domain) {
        return jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING' and recipient like ?",
                Long.class, "%@" + domain);
    }

    @Test
    void fiveHundredMailsEachSentExactlyOnceByTwoWorkers() throws Exception {
        String domain = "run-" + UUID.randomUUID().toString().substring(0, 8) + ".cpro.test";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < MAILS; i++) {
                outbox.enqueue(new Mail("ecole" + i + "@" + domain, "Lot " + i, "Bonjour, message " + i, null));
            }
        });
        Instant now = clock.instant().plusSeconds(1);
        OutboxWorker instanceA = worker();
        OutboxWorker instanceB = worker();
        var start = new CountDownLatch(1);
        long begin = System.nanoTime();
        try (var threads = Executors.newFixedThreadPool(2)) {
            Function<OutboxWorker, Future<Integer>> run = worker -> threads.submit(() -> {
                start.await();
                int sent = 0;
                // Like the schedule: call after call until nothing of this run is waiting.
                do {
                    sent += worker.sendDue(now);
                } while (pending(domain) > 0);
                return sent;
            });
            Future<Integer> a = run.apply(instanceA);
            Future<Integer> b = run.apply(instanceB);
            start.countDown();
            int sentByA = a.get();
            int sentByB = b.get();
            System.out.printf("Two outbox workers sent %d mails (%d + %d) in %.1f s%n", sentByA + sentByB, sentByA,
                    sentByB, (System.nanoTime() - begin) / 1e9);

            assertThat(sentByA + sentByB).as("each mail counted once as sent").isEqualTo(MAILS);
            assertThat(sentByA).as("instance A took part").isPositive();
            assertThat(sentByB).as("instance B took part").isPositive();
        }

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(TwoOutboxWorkersTest::recipient)
                .filter(to -> to.endsWith("@" + domain))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).as("every school got its mail").hasSize(MAILS);
        assertThat(received.values()).as("and only once").containsOnly(1L);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT' and recipient like ?",
                Long.class, "%@" + domain)).isEqualTo(MAILS);
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
