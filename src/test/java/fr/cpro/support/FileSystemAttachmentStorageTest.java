package fr.cpro.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-system storage: the contract every storage keeps ({@link AttachmentStorageContract}), and its
 * sweep asks the metadata about stored files in batches, never once per file.
 */
class FileSystemAttachmentStorageTest extends AttachmentStorageContract {

    @Override
    AttachmentStorage storage(Clock clock) throws Exception {
        return new FileSystemAttachmentStorage(StorageProperties.fileSystem(dir), clock);
    }


    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private String stored(FileSystemAttachmentStorage storage, Duration age) throws Exception {
        var staging = storage.stage();
        staging.write(new byte[10], 0, 10);
        staging.finish();
        storage.store(staging.file());
        String key = staging.file().key();
        Files.setLastModifiedTime(storage.locate(key), FileTime.from(NOW.minus(age)));
        return key;
    }

    @Test
    void storedFilesAreCheckedInBatchesAndOnlyTheUnnamedOldOnesGo() throws Exception {
        var storage = new FileSystemAttachmentStorage(StorageProperties.fileSystem(dir), Clock.fixed(NOW, ZoneOffset.UTC));
        var named = new HashSet<String>();
        var orphans = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            named.add(stored(storage, Duration.ofDays(3)));
            orphans.add(stored(storage, Duration.ofDays(3)));
        }
        String young = stored(storage, Duration.ofMinutes(5));
        var batches = new ArrayList<Collection<String>>();

        int removed = storage.sweep(Duration.ofDays(1), Duration.ofHours(1), keys -> {
            batches.add(keys);
            return keys.stream().filter(named::contains).collect(java.util.stream.Collectors.toSet());
        }, 4);

        assertThat(removed).isEqualTo(3);
        assertThat(batches).as("6 old files in batches of 4: two questions, not six")
                .extracting(Collection::size).containsExactly(4, 2);
        assertThat(batches.stream().flatMap(Collection::stream)).as("the young file is not even asked about")
                .doesNotContain(young).hasSize(6);
        assertThat(orphans).allSatisfy(key -> assertThat(storage.locate(key)).doesNotExist());
        assertThat(named).allSatisfy(key -> assertThat(storage.locate(key)).exists());
        assertThat(storage.locate(young)).exists();
    }

    @Test
    void withNothingStoredTheMetadataIsNotAskedAtAll() throws Exception {
        var storage = new FileSystemAttachmentStorage(StorageProperties.fileSystem(dir), Clock.fixed(NOW, ZoneOffset.UTC));
        var asked = new ArrayList<Collection<String>>();
        assertThat(storage.sweep(Duration.ofDays(1), Duration.ofHours(1), keys -> {
            asked.add(keys);
            return Set.of();
        })).isZero();
        assertThat(asked).isEmpty();
    }
}
