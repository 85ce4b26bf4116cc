package fr.cpro.support;

import org.springframework.core.io.Resource;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Where attachment bytes live: the file system ({@link FileSystemAttachmentStorage}, the default) or
 * S3-compatible object storage ({@link S3AttachmentStorage}, {@code CPRO_STORAGE=s3}). The metadata in
 * MariaDB names the key; nothing here holds a whole file in memory.
 *
 * <p>A file goes through two states. While it is received it is <em>staged</em> ({@link #stage()}):
 * its bytes are kept under a key already chosen, but no reader can see them and the sweep removes them
 * once they are older than its {@code tempMaxAge}. Saving the ticket <em>stores</em> them
 * ({@link #store}) inside the database transaction that writes the metadata; if that transaction rolls
 * back, the caller deletes the key again, so a file exists exactly when its metadata was committed.
 * A staged file is named by a {@link StagedFile}, which any node can use (the S3 storage keeps the
 * bytes in a multipart upload, not on the node that received them).
 */
public interface AttachmentStorage {

    /**
     * Starts receiving a new file under a new key (never a user's file name).
     *
     * @return where to write its bytes; the caller must {@link Staging#finish()} or {@link Staging#abort()} it
     */
    Staging stage() throws IOException;

    /** Whether a staged file can still be stored (not yet stored, discarded or swept). */
    boolean isStaged(StagedFile staged);

    /**
     * Makes a staged file the stored file of its key: an atomic rename on the file system, the
     * completion of the multipart upload on S3. Afterwards the staged file no longer exists.
     */
    void store(StagedFile staged) throws IOException;

    /** Forgets a staged file, quietly: used on every failure path (the sweep catches what is missed). */
    void discard(StagedFile staged);

    /**
     * The stored file of a key, to stream to a reader. Spring MVC serves it with ranges; skipping to a
     * range's start reads nothing before it (the S3 storage asks the server for that range only).
     *
     * @param size its size in bytes, from the metadata (so that no request is needed to know it)
     */
    Resource read(String key, long size);

    /** Deletes the stored file of a key; {@code false} when there was none. */
    boolean delete(String key);

    /** The bytes still free for new files ({@link Long#MAX_VALUE} when the storage does not say). */
    long usableSpace();

    /**
     * Removes staged files older than {@code tempMaxAge}, and stored files that no metadata names
     * and that are older than {@code orphanGrace} (younger ones may belong to a transaction not yet committed).
     *
     * @param named given a batch of stored keys, those that metadata names (asked once per batch,
     *              not once per file)
     * @return how many staged and stored files were removed
     */
    int sweep(Duration tempMaxAge, Duration orphanGrace, Function<Collection<String>, Set<String>> named);

    /**
     * A file being received: bytes are appended in order, then the file is kept staged
     * ({@link #finish()}) or given up ({@link #abort()}).
     */
    interface Staging {

        /** The staged file these bytes go to. */
        StagedFile file();

        /** Appends bytes; the caller may reuse the buffer as soon as this returns. */
        void write(byte[] bytes, int offset, int length) throws IOException;

        /** All bytes were written: they are now staged, on the storage, until stored or discarded. */
        void finish() throws IOException;

        /** The transfer failed: nothing of it stays (quietly; safe after a failed {@link #finish()}). */
        void abort();
    }
}
