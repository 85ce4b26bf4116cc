package fr.cpro.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Attachments on the file system under {@code cpro.storage.dir} (the default, {@code cpro.storage.type=filesystem}):
 * stored files as {@code ab/cd/abcd…(32 hex)} (two levels of 256 folders, so no folder grows huge), staged
 * files as {@code tmp/abcd….part}, renamed into place when stored. Several instances can share it only
 * on a shared volume that renames atomically; object storage is the simpler way to run several.
 */
@Component
@ConditionalOnProperty(name = "cpro.storage.type", havingValue = "filesystem", matchIfMissing = true)
class FileSystemAttachmentStorage implements AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(FileSystemAttachmentStorage.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many stored files the sweep checks against the metadata in one query. */
    static final int SWEEP_BATCH = 500;

    private final Path root;
    private final Path temp;
    private final Clock clock;

    FileSystemAttachmentStorage(StorageProperties properties, Clock clock) throws IOException {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.temp = root.resolve("tmp");
        this.clock = clock;
        Files.createDirectories(temp);
        log.info("Attachments stored in {}", root);
    }

    @Override
    public Staging stage() throws IOException {
        StagedFile staged = new StagedFile(newKey(), null);
        Path file = tempFile(staged);
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Staging() {
            @Override
            public StagedFile file() {
                return staged;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void finish() throws IOException {
                out.close();
            }

            @Override
            public void abort() {
                try {
                    out.close();
                } catch (IOException e) {
                    // The file goes anyway.
                }
                discard(staged);
            }
        };
    }

    /** The temporary file of a staged file: in {@code tmp/}, on the same disk, so storing it is a rename. */
    Path tempFile(StagedFile staged) {
        String key = checked(staged.key());
        return temp.resolve(key.substring(key.lastIndexOf('/') + 1) + ".part");
    }

    @Override
    public boolean isStaged(StagedFile staged) {
        return Files.isRegularFile(tempFile(staged));
    }

    /** A new unique key (never a user's file name). */
    String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    @Override
    public void store(StagedFile staged) throws IOException {
        Path target = locate(staged.key());
        Files.createDirectories(target.getParent());
        try {
            Files.move(tempFile(staged), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder tree, so this only happens on exotic file systems; a copy would break "never twice the disk".
            throw new IOException("storage folder does not support atomic renames: " + root, e);
        }
    }

    /** The stored file of a key (which may not exist). */
    Path locate(String key) {
        return root.resolve(checked(key));
    }

    private static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return key;
    }

    @Override
    public Resource read(String key, long size) {
        return new FileSystemResource(locate(key));
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(locate(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(StagedFile staged) {
        Path file = tempFile(staged);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary file {} (the sweep will)", file, e);
        }
    }

    @Override
    public long usableSpace() {
        try {
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int sweep(Duration tempMaxAge, Duration orphanGrace, Function<Collection<String>, Set<String>> named) {
        return sweep(tempMaxAge, orphanGrace, named, SWEEP_BATCH);
    }

    int sweep(Duration tempMaxAge, Duration orphanGrace, Function<Collection<String>, Set<String>> named,
              int batchSize) {
        Instant now = clock.instant();
        var removed = new AtomicInteger();
        var candidates = new ArrayList<String>(batchSize);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Instant modified = attrs.lastModifiedTime().toInstant();
                    if (file.getParent().equals(temp)) {
                        if (modified.isBefore(now.minus(tempMaxAge)) && Files.deleteIfExists(file)) {
                            removed.incrementAndGet();
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    String key = root.relativize(file).toString().replace('\\', '/');
                    if (KEY.matcher(key).matches() && modified.isBefore(now.minus(orphanGrace))) {
                        candidates.add(key);
                        if (candidates.size() == batchSize) {
                            removed.addAndGet(removeUnnamed(candidates, named));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            removed.addAndGet(removeUnnamed(candidates, named));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed.get();
    }

    /** Deletes the batch's files that no metadata names, and empties the batch. */
    private int removeUnnamed(List<String> batch, Function<Collection<String>, Set<String>> named) throws IOException {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> kept = named.apply(List.copyOf(batch));
        int removed = 0;
        for (String key : batch) {
            if (!kept.contains(key) && Files.deleteIfExists(locate(key))) {
                log.info("Removed stored file without metadata {}", key);
                removed++;
            }
        }
        batch.clear();
        return removed;
    }
}
