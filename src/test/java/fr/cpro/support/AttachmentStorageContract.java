package fr.cpro.support;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every attachment storage does, the same way: the file system's and S3's run these tests.
 * Age is simulated with the storage's clock (the sweep compares the storage's dates with it).
 */
abstract class AttachmentStorageContract {

    static final Duration TEMP_MAX_AGE = Duration.ofHours(24);
    static final Duration GRACE = Duration.ofHours(1);

    /** A storage reading the time from this clock. Calls with different clocks see the same files. */
    abstract AttachmentStorage storage(Clock clock) throws Exception;

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static Clock later(Duration by) {
        return Clock.fixed(Instant.now().plus(by), ZoneOffset.UTC);
    }

    static StagedFile stage(AttachmentStorage storage, byte[] bytes) throws Exception {
        var staging = storage.stage();
        // In uneven writes, as an upload arrives.
        for (int at = 0; at < bytes.length; at += 70_001) {
            staging.write(bytes, at, Math.min(70_001, bytes.length - at));
        }
        staging.finish();
        return staging.file();
    }

    static byte[] readAll(Resource resource) throws Exception {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void aStagedFileIsInvisibleUntilStoredThenReadsBackWhole() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        byte[] bytes = bytes(3_000_000);
        StagedFile staged = stage(storage, bytes);

        assertThat(storage.isStaged(staged)).isTrue();
        assertThat(storage.read(staged.key(), bytes.length).exists()).as("not readable before it is stored").isFalse();

        storage.store(staged);

        assertThat(storage.isStaged(staged)).as("storing consumes the staged file").isFalse();
        Resource stored = storage.read(staged.key(), bytes.length);
        assertThat(stored.exists()).isTrue();
        assertThat(stored.contentLength()).isEqualTo(bytes.length);
        assertThat(readAll(stored)).isEqualTo(bytes);
    }

    @Test
    void skippingToARangeReadsFromThere() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        byte[] bytes = bytes(1_000_000);
        StagedFile staged = stage(storage, bytes);
        storage.store(staged);

        try (InputStream in = storage.read(staged.key(), bytes.length).getInputStream()) {
            assertThat(in.skip(900_000)).isEqualTo(900_000);
            assertThat(in.readNBytes(1000)).isEqualTo(Arrays.copyOfRange(bytes, 900_000, 901_000));
        }
    }

    @Test
    void anEmptyFileIsAFileToo() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile staged = stage(storage, new byte[0]);
        storage.store(staged);
        assertThat(readAll(storage.read(staged.key(), 0))).isEmpty();
    }

    @Test
    void aDiscardedOrAbortedFileLeavesNothing() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile discarded = stage(storage, bytes(10_000));
        storage.discard(discarded);
        assertThat(storage.isStaged(discarded)).isFalse();
        assertThatThrownBy(() -> storage.store(discarded)).isInstanceOf(java.io.IOException.class);

        var cut = storage.stage();
        cut.write(bytes(10_000), 0, 10_000);
        cut.abort();
        assertThat(storage.isStaged(cut.file())).isFalse();
        assertThat(storage.read(cut.file().key(), 10_000).exists()).isFalse();
    }

    @Test
    void deletingRemovesTheStoredFileOnce() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile staged = stage(storage, bytes(1000));
        storage.store(staged);
        assertThat(storage.delete(staged.key())).isTrue();
        assertThat(storage.read(staged.key(), 1000).exists()).isFalse();
        assertThat(storage.delete(staged.key())).as("nothing left to delete").isFalse();
    }

    @Test
    void theSweepRemovesAbandonedUploadsButNotOnesInProgress() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile abandoned = stage(storage, bytes(2000));

        assertThat(storage(later(Duration.ofHours(23))).sweep(TEMP_MAX_AGE, GRACE, keys -> Set.of()))
                .as("23 hours old: maybe a form still open").isZero();
        assertThat(storage.isStaged(abandoned)).isTrue();

        assertThat(storage(later(Duration.ofHours(25))).sweep(TEMP_MAX_AGE, GRACE, keys -> Set.of())).isEqualTo(1);
        assertThat(storage.isStaged(abandoned)).isFalse();
    }

    @Test
    void theSweepRemovesStoredFilesWithoutMetadataOnceOlderThanTheGrace() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile named = stage(storage, bytes(100));
        storage.store(named);
        StagedFile orphan = stage(storage, bytes(100));
        storage.store(orphan);
        var nameOnlyNamed = (java.util.function.Function<java.util.Collection<String>, Set<String>>) keys ->
                keys.contains(named.key()) ? Set.of(named.key()) : Set.of();

        assertThat(storage(later(Duration.ofMinutes(30))).sweep(TEMP_MAX_AGE, GRACE, nameOnlyNamed))
                .as("its transaction may not have committed yet").isZero();
        assertThat(storage.read(orphan.key(), 100).exists()).isTrue();

        assertThat(storage(later(Duration.ofHours(2))).sweep(TEMP_MAX_AGE, GRACE, nameOnlyNamed)).isEqualTo(1);
        assertThat(storage.read(orphan.key(), 100).exists()).isFalse();
        assertThat(storage.read(named.key(), 100).exists()).isTrue();
    }
}
