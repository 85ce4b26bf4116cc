package fr.cpro.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Attachments in an S3-compatible bucket ({@code cpro.storage.type=s3}, {@link S3Properties}), shared by
 * every instance of the application. Keys look like the file system's ({@code ab/cd/abcd…(32 hex)}).
 *
 * <h2>Receiving: a multipart upload is the staged file</h2>
 * {@link #stage()} starts a multipart upload under the final key at once; the received bytes fill a part
 * buffer of {@code cpro.s3.part-size} (8 MB), which is sent while the next one fills, so an upload in
 * progress holds two part buffers whatever the file's size, and a 6 GB file is 716 parts (S3 allows
 * 10,000). Until it is completed, a multipart upload is invisible to readers: it is exactly the
 * temporary file of the file-system storage, except that its parts are on the object store, not on the
 * node that received them. {@link #store} completes it (the parts are listed from the server, so any node
 * can complete an upload another node received); {@link #discard} aborts it.
 *
 * <h2>All or nothing with the database</h2>
 * As on the file system, {@link MessageAttachments} writes the metadata, stores the file, and deletes the
 * key again if the transaction rolls back. A node that dies between the completion and the commit leaves
 * an object that no metadata names: the sweep deletes it once it is older than the grace period. The
 * sweep also aborts multipart uploads started more than {@code tempMaxAge} ago (an upload cut by a dead
 * node, a form left open), which S3 would otherwise keep, and bill, for ever.
 *
 * <h2>Downloads</h2>
 * {@link #read} answers a resource whose stream opens the object lazily: Spring MVC skips to a range's
 * start before reading, and the skip becomes the start of an HTTP range request, so resuming a 6 GB
 * download at 5 GB reads one gigabyte from the store, not six.
 *
 * <h2>Resumable uploads (tus) — the design this interface leaves room for</h2>
 * A tus upload is one {@link StagedFile}: key and upload id, kept in a database row with the offset
 * received so far, so a {@code PATCH} can land on any node. Each request appends parts with the next part
 * numbers; the parts already sent stay on the store across requests, nodes and restarts, and the offset is
 * the sum of their sizes ({@code ListParts}). Since every part but the last must be at least 5 MiB, a
 * request that ends inside a part keeps that tail as a small object of its own ({@code tus/<key>.tail})
 * and the next request starts by reading it back into its first part; only the final request may send a
 * short last part. Storing a finished tus upload is then the same {@link #store}, inside the ticket's
 * transaction, and the sweep's age rule covers uploads a school never finishes (their tails expire with a
 * lifecycle rule or the same listing). The file-system storage does the same with a temporary file on a
 * shared volume opened for append. Neither is built yet: {@link Staging} would gain a
 * {@code resume(StagedFile, long offset)} counterpart of {@link #stage()}.
 */
class S3AttachmentStorage implements AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(S3AttachmentStorage.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** S3's limit of parts in one multipart upload. */
    static final int MAX_PARTS = 10_000;
    /** How many stored objects the sweep checks against the metadata in one query. */
    static final int SWEEP_BATCH = 500;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;
    private final Clock clock;
    /** Sends the parts; one part in flight per upload, so memory stays at two parts per upload. */
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("s3-part-", 0).factory());

    S3AttachmentStorage(S3Client s3, String bucket, int partSize, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
        this.clock = clock;
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Attachment bucket " + bucket + " cannot be reached: " + e.getMessage(), e);
        }
        log.info("Attachments stored in the S3 bucket {} (parts of {} bytes)", bucket, partSize);
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    private static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return key;
    }

    @Override
    public Staging stage() throws IOException {
        String key = newKey();
        try {
            String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)
                    .contentType("application/octet-stream")).uploadId();
            return new PartWriter(new StagedFile(key, uploadId));
        } catch (RuntimeException e) {
            throw new IOException("object storage refused a new upload: " + e.getMessage(), e);
        }
    }

    /** Asked of the upload listing: servers differ on what {@code ListParts} answers for a finished upload. */
    @Override
    public boolean isStaged(StagedFile staged) {
        String key = checked(staged.key());
        return s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(key)).uploads().stream()
                .anyMatch(u -> u.key().equals(key) && u.uploadId().equals(staged.uploadId()));
    }

    @Override
    public void store(StagedFile staged) throws IOException {
        String key = checked(staged.key());
        try {
            var parts = new ArrayList<CompletedPart>();
            s3.listPartsPaginator(b -> b.bucket(bucket).key(key).uploadId(staged.uploadId())).parts()
                    .forEach(p -> parts.add(CompletedPart.builder().partNumber(p.partNumber()).eTag(p.eTag()).build()));
            if (parts.isEmpty()) {
                throw new IOException("staged upload has no part: " + key);
            }
            parts.sort(java.util.Comparator.comparing(CompletedPart::partNumber));
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(staged.uploadId())
                    .multipartUpload(u -> u.parts(parts)));
        } catch (NoSuchUploadException e) {
            throw new IOException("staged upload no longer exists: " + key, e);
        } catch (S3Exception e) {
            throw new IOException("object storage could not store " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void discard(StagedFile staged) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(checked(staged.key())).uploadId(staged.uploadId()));
        } catch (NoSuchUploadException e) {
            // Already stored, discarded or swept.
        } catch (RuntimeException e) {
            log.warn("Could not abort the upload of {} (the sweep will)", staged.key(), e);
        }
    }

    @Override
    public Resource read(String key, long size) {
        return new ObjectResource(checked(key), size);
    }

    @Override
    public boolean delete(String key) {
        checked(key);
        if (!exists(key)) {
            return false;
        }
        s3.deleteObject(b -> b.bucket(bucket).key(key));
        return true;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** A bucket has no free-space figure; the store's own quota, if any, refuses the upload. */
    @Override
    public long usableSpace() {
        return Long.MAX_VALUE;
    }

    @Override
    public int sweep(Duration tempMaxAge, Duration orphanGrace, Function<Collection<String>, Set<String>> named) {
        Instant now = clock.instant();
        int removed = 0;
        for (MultipartUpload upload : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket)).uploads()) {
            if (upload.initiated() != null && upload.initiated().isBefore(now.minus(tempMaxAge))) {
                try {
                    s3.abortMultipartUpload(b -> b.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                    log.info("Aborted abandoned upload of {} started {}", upload.key(), upload.initiated());
                    removed++;
                } catch (NoSuchUploadException e) {
                    // Completed or aborted meanwhile.
                }
            }
        }
        var batch = new ArrayList<String>(SWEEP_BATCH);
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
            if (KEY.matcher(object.key()).matches() && object.lastModified().isBefore(now.minus(orphanGrace))) {
                batch.add(object.key());
                if (batch.size() == SWEEP_BATCH) {
                    removed += removeUnnamed(batch, named);
                }
            }
        }
        removed += removeUnnamed(batch, named);
        return removed;
    }

    /** Deletes the batch's objects that no metadata names, and empties the batch. */
    private int removeUnnamed(List<String> batch, Function<Collection<String>, Set<String>> named) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> kept = named.apply(List.copyOf(batch));
        int removed = 0;
        for (String key : batch) {
            if (!kept.contains(key)) {
                // One by one: DeleteObjects needs a Content-MD5 that S3-compatible servers check unevenly.
                s3.deleteObject(b -> b.bucket(bucket).key(key));
                log.info("Removed stored object without metadata {}", key);
                removed++;
            }
        }
        batch.clear();
        return removed;
    }

    /** Stops the part senders (at shutdown). */
    public void close() {
        senders.shutdownNow();
    }

    /** Fills one part buffer while the previous part is sent. */
    private final class PartWriter implements Staging {

        private final StagedFile staged;
        private byte[] filling;
        private int filled;
        /** The buffer of the part in flight, reused once it is sent. */
        private byte[] sending;
        private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        private int parts;

        PartWriter(StagedFile staged) {
            this.staged = staged;
        }

        @Override
        public StagedFile file() {
            return staged;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filling == null) {
                    filling = new byte[partSize];
                }
                int n = Math.min(length, partSize - filled);
                System.arraycopy(bytes, offset, filling, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == partSize) {
                    sendAsync();
                }
            }
        }

        /** Hands the full buffer to a sender once the previous part is on the store, and takes the other one. */
        private void sendAsync() throws IOException {
            awaitInFlight();
            byte[] part = filling;
            int length = filled;
            int number = nextPartNumber();
            filling = sending;
            filled = 0;
            sending = part;
            inFlight = CompletableFuture.runAsync(() -> sendPart(number, part, length), senders);
        }

        private int nextPartNumber() throws IOException {
            if (parts == MAX_PARTS) {
                throw new IOException("file larger than " + MAX_PARTS + " parts of " + partSize + " bytes");
            }
            return ++parts;
        }

        private void sendPart(int number, byte[] part, int length) {
            s3.uploadPart(b -> b.bucket(bucket).key(staged.key()).uploadId(staged.uploadId()).partNumber(number)
                            .contentLength((long) length),
                    // The SDK reads the part from our buffer (twice: to sign it, then to send it), without a copy.
                    RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length), length,
                            "application/octet-stream"));
        }

        private void awaitInFlight() throws IOException {
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("upload interrupted");
            } catch (ExecutionException e) {
                throw new IOException("object storage refused a part: " + e.getCause().getMessage(), e.getCause());
            }
        }

        @Override
        public void finish() throws IOException {
            // The last part may be short; an empty file is one empty part.
            if (filled > 0 || parts == 0) {
                awaitInFlight();
                byte[] part = filling == null ? new byte[0] : filling;
                try {
                    sendPart(nextPartNumber(), part, filled);
                } catch (RuntimeException e) {
                    throw new IOException("object storage refused a part: " + e.getMessage(), e);
                }
            }
            awaitInFlight();
            filling = null;
            sending = null;
        }

        @Override
        public void abort() {
            try {
                inFlight.join();
            } catch (RuntimeException e) {
                // The upload goes anyway.
            }
            filling = null;
            sending = null;
            discard(staged);
        }
    }

    /** A stored object as a Spring resource: its length from the metadata, its bytes read lazily from an offset. */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final long size;

        ObjectResource(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public boolean exists() {
            return S3AttachmentStorage.this.exists(key);
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public String getDescription() {
            return "S3 object " + bucket + "/" + key;
        }

        @Override
        public InputStream getInputStream() {
            return new RangeStream(key, size);
        }
    }

    /**
     * Reads an object from a position: skipping before the first read only moves the position, and the
     * first read asks the store for the bytes from there to the end. Closing before the end drops the
     * connection rather than reading the rest of a large object.
     */
    private final class RangeStream extends InputStream {

        private final String key;
        private final long size;
        private long position;
        private ResponseInputStream<GetObjectResponse> body;
        private boolean ended;

        RangeStream(String key, long size) {
            this.key = key;
            this.size = size;
        }

        private InputStream body() {
            if (body == null) {
                long from = position;
                body = s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + from + "-"));
            }
            return body;
        }

        @Override
        public long skip(long n) throws IOException {
            if (body == null) {
                long skipped = Math.max(0, Math.min(n, size - position));
                position += skipped;
                return skipped;
            }
            long skipped = body.skip(n);
            position += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= size) {
                ended = true;
                return -1;
            }
            int n = body().read(bytes, offset, length);
            if (n < 0) {
                ended = true;
            } else {
                position += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            if (body != null) {
                if (!ended) {
                    body.abort();
                }
                body.close();
            }
        }
    }
}
