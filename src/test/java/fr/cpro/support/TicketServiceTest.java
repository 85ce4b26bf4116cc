package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.base.FileSizes;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.mail.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tickets on real MariaDB: all-or-nothing creation, statuses, and one school never reaching another's. */
@CproTest
class TicketServiceTest {

    @Autowired TicketService tickets;
    @Autowired TeamTicketService team;
    @Autowired AttachmentReceiver receiver;
    @Autowired AttachmentStorage storage;
    /** The tests' storage (the default): its temporary files and dates are set by hand below. */
    @Autowired FileSystemAttachmentStorage fileSystem;
    @Autowired FileSizes sizes;
    @Autowired SupportJobs jobs;
    @Autowired BusinessCalendar calendar;
    @Autowired TestMailbox mailbox;
    @Autowired SupportProperties properties;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;
    @Autowired StorageProperties storageProperties;
    @Autowired Clock clock;

    @BeforeEach
    void signInAsDemoSchool() {
        SupportTestUsers.ensureSchoolB(establishments, accounts);
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static byte[] pdfBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes();
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private ReceivedFile receive(byte[] bytes, String name) throws IOException {
        return receiver.receive(new ByteArrayInputStream(bytes), name, bytes.length, n -> { });
    }

    private NewTicket request(String subject) {
        return new NewTicket(SupportCategory.UTILISATION, subject, "Bonjour,\n\nImpossible d'exporter le livret.\nMerci.");
    }

    /** A staged file on disk, as an upload leaves it. */
    private Path staged(int size) throws IOException {
        var staging = fileSystem.stage();
        staging.write(new byte[size], 0, size);
        staging.finish();
        return fileSystem.tempFile(staging.file());
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(storageProperties.dir().resolve("tmp"))) {
            return files.count();
        }
    }

    @Test
    void aTicketIsWrittenWithItsMessageFileDeadlineAndTwoMails() throws Exception {
        byte[] bytes = pdfBytes(300_000);
        Instant before = clock.instant();
        CreatedTicket created = tickets.create(request("Export du livret"), receive(bytes, "C:\\Mes documents\\Livret élève.pdf"));

        assertThat(created.reference()).matches("CPRO-" + before.atZone(clock.getZone()).getYear() + "-\\d{6}");
        assertThat(created.dueAt()).isBetween(calendar.addBusinessHours(before, 72),
                calendar.addBusinessHours(clock.instant(), 72));

        TicketDetails details = tickets.get(created.reference());
        assertThat(details.status()).isEqualTo(TicketStatus.NOUVEAU);
        assertThat(details.messages()).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("Bonjour,\n\nImpossible d'exporter le livret.\nMerci.");
            assertThat(m.authorName()).isEqualTo("Camille MARTIN");
            assertThat(m.side()).isEqualTo(AuthorSide.SCHOOL);
            assertThat(m.attachments()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Livret élève.pdf");
                assertThat(a.size()).isEqualTo(300_000);
                assertThat(a.contentType()).isEqualTo("application/pdf");
                assertThat(a.sha256()).isEqualTo(sha256(bytes));
            });
        });
        long id = details.messages().getFirst().attachments().getFirst().id();
        try (InputStream stored = tickets.openAttachment(id).content().getInputStream()) {
            assertThat(sha256(stored.readAllBytes())).isEqualTo(sha256(bytes));
        }

        // Both mails in the product's layout, like the account mails: subject, greeting, signature, HTML part.
        assertThat(mailbox.to("ce.0759999L@ac-paris.fr")).filteredOn(m -> m.getSubject().contains(created.reference()))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("CPRO STI : Votre demande " + created.reference()
                            + " a bien été reçue");
                    assertThat(mail.getBodyText()).startsWith("Bonjour,").contains("« Export du livret »",
                            "/assistance/tickets/" + created.reference(), "Demande envoyée par Camille MARTIN.",
                            "L'équipe CPRO");
                    assertThat(mail.getBodyHtml()).contains("href=\"http", "/assistance/tickets/" + created.reference());
                });
        assertThat(mailbox.to(properties.teamEmail())).filteredOn(m -> m.getSubject().contains(created.reference()))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("CPRO STI : Nouveau ticket " + created.reference()
                            + " (0759999L) : Export du livret");
                    assertThat(mail.getBodyText()).contains("Lycée professionnel de démonstration",
                            "Impossible d'exporter le livret.\nMerci.");
                    assertThat(mail.getBodyHtml()).as("the school's line breaks kept").contains("livret.<br>Merci.");
                });
        assertThat(tickets.find(TicketFilter.ALL, PageRequest.of(0, 50)))
                .extracting(TicketSummary::reference).contains(created.reference());
    }

    @Test
    void aFailureAfterTheFileIsStoredButBeforeTheCommitLeavesNoTicketNoFileNoMail() throws Exception {
        ReceivedFile file = receive(pdfBytes(100_000), "rapport.pdf");
        long ticketsBefore = jdbc.queryForObject("select count(*) from ticket", Long.class);
        long mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        org.springframework.core.io.Resource[] storedFile = new org.springframework.core.io.Resource[1];

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            CreatedTicket created = tickets.create(request("Rapport"), file);
            long id = tickets.get(created.reference()).messages().getFirst().attachments().getFirst().id();
            storedFile[0] = tickets.openAttachment(id).content();
            assertThat(storedFile[0].exists()).as("stored before the commit").isTrue();
            throw new IllegalStateException("the database went away just before the commit");
        })).hasMessageContaining("went away");

        assertThat(storedFile[0].exists()).as("no file").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).as("no ticket").isEqualTo(ticketsBefore);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).as("no mail").isEqualTo(mailsBefore);
    }

    @Test
    void anInvalidRequestIsRefusedInFrenchAndWritesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from ticket", Long.class);
        // The service checks NewTicket's constraints itself (@Valid), whoever calls it.
        assertThat(refusal(new NewTicket(null, "Objet", "Message"))).containsExactly(
                "Choisissez la catégorie de votre demande : elle permet de vous répondre plus efficacement.");
        assertThat(refusal(request("x".repeat(151)))).containsExactly("L'objet ne peut pas dépasser 150 caractères.");
        assertThat(refusal(new NewTicket(SupportCategory.ABONNEMENT, "Objet", "m".repeat(20_001))))
                .containsExactly("Le message ne peut pas dépasser 20000 caractères.");
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).isEqualTo(before);
    }

    private java.util.List<String> refusal(NewTicket request) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                jakarta.validation.ConstraintViolationException.class, () -> tickets.create(request, null));
        assertThat(thrown).as("refused").isNotNull();
        return thrown.getConstraintViolations().stream().map(jakarta.validation.ConstraintViolation::getMessage).toList();
    }

    @Test
    void anUploadCutHalfwayLeavesNoTemporaryFileAfterTheSweep() throws Exception {
        long before = tempFiles();
        InputStream brokenHalfway = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ >= 500_000) {
                    throw new IOException("connection reset by the browser (cancel)");
                }
                return 'a';
            }
        };
        assertThatThrownBy(() -> receiver.receive(brokenHalfway, "gros.zip", 1_000_000, n -> { }))
                .isInstanceOf(IOException.class);
        assertThat(tempFiles()).as("removed at once").isEqualTo(before);

        // A server killed mid-upload leaves its temporary file: the sweep removes it once it is a day old.
        Path crashed = staged(1000);
        Files.setLastModifiedTime(crashed, java.nio.file.attribute.FileTime.from(clock.instant().minusSeconds(25 * 3600)));
        Path fresh = staged(0);
        assertThat(jobs.sweep()).as("at least the crashed upload").isGreaterThanOrEqualTo(1);
        assertThat(crashed).doesNotExist();
        assertThat(fresh).as("an upload in progress is left alone").exists();
        Files.delete(fresh);
    }

    @Test
    void aStoredFileWithoutMetadataIsSweptButAReferencedOneStays() throws Exception {
        CreatedTicket created = tickets.create(request("Avec fichier"), receive(pdfBytes(2000), "a.pdf"));
        long id = tickets.get(created.reference()).messages().getFirst().attachments().getFirst().id();
        Path referenced = tickets.openAttachment(id).content().getFile().toPath();
        var orphan = fileSystem.stage();
        orphan.finish();
        fileSystem.store(orphan.file());
        String orphanKey = orphan.file().key();
        var old = java.nio.file.attribute.FileTime.from(clock.instant().minusSeconds(2 * 3600));
        Files.setLastModifiedTime(fileSystem.locate(orphanKey), old);
        Files.setLastModifiedTime(referenced, old);

        jobs.sweep();

        assertThat(fileSystem.locate(orphanKey)).doesNotExist();
        assertThat(referenced).exists();
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingJustPastTheLimit() throws Exception {
        var small = new SupportProperties("t@cpro.demo", 72, 15, org.springframework.util.unit.DataSize.ofKilobytes(256));
        var limited = new AttachmentReceiver(storage, small, sizes);
        long before = tempFiles();
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        // The browser did not announce a size (-1): only the stream itself can stop it.
        assertThatThrownBy(() -> limited.receive(endless, "trop-gros.iso", -1, n -> { }))
                .isInstanceOfSatisfying(SupportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("support.upload.too-large");
                    assertThat(e.params()).containsExactly("256\u00a0Ko");
                });
        assertThat(read[0]).as("cut just past the limit").isGreaterThan(256 * 1024).isEqualTo(256 * 1024 + 1);
        assertThat(tempFiles()).as("no temporary file left").isEqualTo(before);

        // Announced too large: refused before reading a byte.
        assertThatThrownBy(() -> limited.receive(InputStream.nullInputStream(), "x.iso", 300 * 1024, n -> { }))
                .isInstanceOf(SupportException.class);
    }

    @Test
    void anUploadTheDiskCannotHoldIsRefusedAtOnce() {
        long tooMuch = storage.usableSpace() + 1;
        var huge = new SupportProperties("t@cpro.demo", 72, 15, org.springframework.util.unit.DataSize.ofBytes(Long.MAX_VALUE));
        assertThatThrownBy(() -> new AttachmentReceiver(storage, huge, sizes).receive(InputStream.nullInputStream(), "x", tooMuch, n -> { }))
                .isInstanceOfSatisfying(SupportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.upload.no-space"));
    }

    @Test
    void statusesFollowTheExchangesAndInternalNotesStayInternal() throws Exception {
        String ref = tickets.create(request("Statuts"), null).reference();

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.reply(ref, "Note : vérifier l'abonnement", true, null, null);
        assertThat(tickets.get(ref).status()).as("the first agent action takes a new ticket").isEqualTo(TicketStatus.EN_COURS);
        team.reply(ref, "Pouvez-vous préciser le diplôme ?", false, null, null);

        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        TicketDetails seen = tickets.get(ref);
        assertThat(seen.status()).isEqualTo(TicketStatus.EN_ATTENTE);
        assertThat(seen.messages()).extracting(MessageView::body)
                .containsExactly("Bonjour,\n\nImpossible d'exporter le livret.\nMerci.", "Pouvez-vous préciser le diplôme ?");
        assertThat(seen.messages().get(1).authorName()).isEqualTo("Alex DURAND");

        tickets.reply(ref, "Bac Pro MSPC.", null);
        assertThat(tickets.get(ref).status()).isEqualTo(TicketStatus.EN_COURS);
        tickets.resolve(ref);
        assertThat(tickets.get(ref).status()).isEqualTo(TicketStatus.RESOLU);
        tickets.reply(ref, "Finalement, encore une question.", receive(pdfBytes(1000), "capture.pdf"));
        assertThat(tickets.get(ref).status()).as("a reply reopens").isEqualTo(TicketStatus.EN_COURS);
        tickets.resolve(ref);
        tickets.reopen(ref);
        assertThat(tickets.get(ref).status()).isEqualTo(TicketStatus.EN_COURS);
        tickets.resolve(ref);

        // 15 days without a reply: the hourly job closes it, and it takes no more replies.
        jdbc.update("update ticket set last_activity_at = ? where reference = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(16 * 86400)), ref);
        assertThat(tickets.closeStaleResolvedTickets()).isGreaterThanOrEqualTo(1);
        assertThat(tickets.get(ref).status()).isEqualTo(TicketStatus.FERME);
        assertThatThrownBy(() -> tickets.reply(ref, "Encore ?", null)).isInstanceOfSatisfying(SupportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("support.error.closed"));
    }

    @Test
    void aSearchTakesPercentAndUnderscoreAsTyped() {
        // The test database outlives a run: a tag of this run keeps earlier tickets out of the results.
        String tag = "t" + Long.toString(System.nanoTime(), 36);
        String percent = tickets.create(request("Remise " + tag + " 50% sur les licences"), null).reference();
        tickets.create(request("Remise " + tag + " 500 licences"), null);
        String underscore = tickets.create(request("Fichier " + tag + " eleves_2026.csv"), null).reference();
        tickets.create(request("Fichier " + tag + " eleves-2026.csv"), null);

        // Read as LIKE wildcards, "50%" would also find "500" and "eleves_2026" would find "eleves-2026".
        assertThat(tickets.find(new TicketFilter(null, null, tag + " 50%"), PageRequest.of(0, 10)))
                .extracting(TicketSummary::reference).containsExactly(percent);
        assertThat(tickets.count(new TicketFilter(null, null, tag + " 50%"))).isEqualTo(1);
        assertThat(tickets.find(new TicketFilter(null, null, tag + " eleves_2026"), PageRequest.of(0, 10)))
                .extracting(TicketSummary::reference).containsExactly(underscore);
        assertThat(tickets.count(new TicketFilter(null, null, tag))).isEqualTo(4);
    }

    @Test
    void aClosedTicketTakesNoReplyFromTheTeamEitherButStillAnInternalNote() {
        String ref = tickets.create(request("Fermé pour de bon"), null).reference();
        jdbc.update("update ticket set status = 'FERME' where reference = ?", ref);

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThatThrownBy(() -> team.reply(ref, "Une dernière précision", false, null, null))
                .isInstanceOfSatisfying(SupportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.error.closed"));
        team.reply(ref, "Note : l'établissement a rappelé, voir le nouveau ticket", true, null, null);

        TicketDetails seen = tickets.get(ref);
        assertThat(seen.status()).as("still closed").isEqualTo(TicketStatus.FERME);
        assertThat(seen.messages()).extracting(MessageView::internal).containsExactly(false, true);
    }

    @Test
    void schoolBGetsNothingOfSchoolAThroughAnyServiceEntryPoint() throws Exception {
        CreatedTicket created = tickets.create(request("Confidentiel A"), receive(pdfBytes(5000), "a.pdf"));
        long fileId = tickets.get(created.reference()).messages().getFirst().attachments().getFirst().id();

        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_B);
        String ref = created.reference();
        assertThat(tickets.find(TicketFilter.ALL, PageRequest.of(0, 100))).extracting(TicketSummary::reference).doesNotContain(ref);
        assertThat(tickets.find(new TicketFilter(null, null, ref), PageRequest.of(0, 100))).isEmpty();
        assertThat(tickets.count(new TicketFilter(null, null, "Confidentiel"))).isZero();
        assertThatThrownBy(() -> tickets.get(ref)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.openAttachment(fileId)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.reply(ref, "intrusion", null)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.resolve(ref)).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.reopen(ref)).isInstanceOf(TicketNotFoundException.class);
        // Same answer as a reference or file that does not exist.
        assertThatThrownBy(() -> tickets.get("CPRO-1999-000001")).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> tickets.openAttachment(Long.MAX_VALUE)).isInstanceOf(TicketNotFoundException.class);

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThat(tickets.openAttachment(fileId).name()).as("agents get the file").isEqualTo("a.pdf");
    }
}
