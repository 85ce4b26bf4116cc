package fr.cpro.support;

import fr.cpro.CproTest;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' housekeeping on one database: whichever tries first sweeps, the other skips its
 * round while the lock is held ({@link SupportJobs#LOCK_AT_LEAST}), and sweeps once it is free.
 */
@CproTest
class SupportJobsLockTest {

    @Autowired FileSystemAttachmentStorage storage;
    @Autowired AttachmentRepository attachments;
    @Autowired TicketService tickets;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** An instance's jobs, with its own lock provider, as on another node. */
    private SupportJobs instance() {
        var locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        return new SupportJobs(storage, attachments, tickets, new DefaultLockingTaskExecutor(locks));
    }

    /** What an hour does to the lock: it expires. */
    private void lockExpires() {
        jdbc.update("update shedlock set lock_until = utc_timestamp(3) - interval 1 second where name = ?",
                SupportJobs.LOCK);
    }

    private Path abandonedUpload() throws Exception {
        var staging = storage.stage();
        staging.finish();
        Path file = storage.tempFile(staging.file());
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(Duration.ofHours(25))));
        return file;
    }

    @Test
    void onlyOneInstanceRunsTheHousekeepingInItsWindow() throws Exception {
        SupportJobs a = instance();
        SupportJobs b = instance();
        lockExpires();

        Path first = abandonedUpload();
        a.hourly();
        assertThat(first).as("instance A swept").doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until > utc_timestamp(3)"
                + " + interval 45 minute", Long.class, SupportJobs.LOCK)).as("held for the rest of the hour").isEqualTo(1);

        Path second = abandonedUpload();
        b.hourly();
        assertThat(second).as("instance B skipped its round").exists();

        // An hour later the lock has expired, and B's next round sweeps.
        lockExpires();
        b.hourly();
        assertThat(second).doesNotExist();
    }
}
