package fr.cpro.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Where attachment bytes live. Uploads stream into a temporary file; saving a ticket moves it
 * under a generated key; the metadata in MariaDB names the key. Nothing here holds a file in memory.
 */
public interface AttachmentStorage {

    /** A new empty temporary file, on the same disk as the stored files so that moving it is a rename. */
    Path createTempFile() throws IOException;

    /** A new unique key (never a user's file name). */
    String newKey();

    /** Moves a temporary file under the key by an atomic rename. */
    void moveIntoPlace(Path tempFile, String key) throws IOException;

    /** The stored file of a key (which may not exist). */
    Path locate(String key);

    /** Deletes the stored file of a key; {@code false} when there was none. */
    boolean delete(String key);

    /** Deletes a temporary file, quietly: used on every failure path. */
    void discardTemp(Path tempFile);

    /** The bytes still free on the storage disk. */
    long usableSpace();

    /**
     * Removes temporary files older than {@code tempMaxAge}, and stored files that no metadata names
     * and that are older than {@code orphanGrace} (younger ones may belong to a transaction not yet committed).
     *
     * @param named given a batch of stored keys, those that metadata names (asked once per batch,
     *              not once per file)
     * @return how many files were removed
     */
    int sweep(Duration tempMaxAge, Duration orphanGrace, Function<Collection<String>, Set<String>> named);
}
