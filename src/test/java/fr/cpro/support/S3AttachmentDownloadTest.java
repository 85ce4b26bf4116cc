package fr.cpro.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole application with {@code CPRO_STORAGE=s3} against a real S3-compatible server: every download
 * test of {@link AttachmentDownloadTest} (whole file, range, ownership) answers the same as on the file
 * system, and a ticket whose transaction rolls back leaves no object and no upload in the bucket.
 */
class S3AttachmentDownloadTest extends AttachmentDownloadTest {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        S3TestServer.register(registry);
    }

    @Autowired AttachmentStorage storage;
    @Autowired S3Client client;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theFilesAreObjectsInTheBucket() throws Exception {
        assertThat(storage).isInstanceOf(S3AttachmentStorage.class);
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        byte[] bytes = TicketServiceTest.pdfBytes(20_000);
        var file = receiver.receive(new ByteArrayInputStream(bytes), "objet.pdf", bytes.length, n -> { });
        String ref = tickets.create(new NewTicket(SupportCategory.UTILISATION, "Objet S3", "Voir pièce jointe"), file)
                .reference();
        var attachment = tickets.get(ref).messages().getFirst().attachments().getFirst();
        String key = jdbc.queryForObject("select storage_key from ticket_attachment where id = ?", String.class, attachment.id());
        assertThat(client.headObject(b -> b.bucket(S3TestServer.BUCKET).key(key)).contentLength()).isEqualTo(20_000);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFailureBeforeTheCommitLeavesNoObjectAndNoUpload() throws Exception {
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        byte[] bytes = TicketServiceTest.pdfBytes(100_000);
        ReceivedFile file = receiver.receive(new ByteArrayInputStream(bytes), "rapport.pdf", bytes.length, n -> { });
        String key = file.staged().key();
        long ticketsBefore = jdbc.queryForObject("select count(*) from ticket", Long.class);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            tickets.create(new NewTicket(SupportCategory.UTILISATION, "Rapport", "Voir pièce jointe"), file);
            assertThat(client.headObject(b -> b.bucket(S3TestServer.BUCKET).key(key)).contentLength())
                    .as("stored before the commit").isEqualTo(100_000);
            throw new IllegalStateException("the database went away just before the commit");
        })).hasMessageContaining("went away");

        assertThatThrownBy(() -> client.headObject(b -> b.bucket(S3TestServer.BUCKET).key(key)))
                .as("no object").isInstanceOf(NoSuchKeyException.class);
        assertThat(client.listMultipartUploads(b -> b.bucket(S3TestServer.BUCKET).prefix(key)).uploads())
                .as("no upload left behind").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).as("no ticket").isEqualTo(ticketsBefore);
        SecurityContextHolder.clearContext();
    }
}
