package fr.cpro.support;

import fr.cpro.base.FileSizes;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 storage against a real S3-compatible server in this JVM (s3proxy, file-system backend, a fresh
 * one per test): the storage contract, and a 1 GiB upload that holds a bounded amount of memory.
 */
class S3AttachmentStorageTest extends AttachmentStorageContract {

    static final String BUCKET = "cpro-test";
    static final int PART = 5 * 1024 * 1024;

    @RegisterExtension
    static final S3ProxyExtension SERVER = S3ProxyExtension.builder()
            .withBlobStoreProvider("filesystem")
            .withCredentials("cpro-access", "cpro-secret")
            .build();

    private S3Client client;
    private final List<S3AttachmentStorage> storages = new ArrayList<>();

    static S3Properties properties(java.net.URI endpoint, String accessKey, String secretKey, DataSize part) {
        return new S3Properties(endpoint, BUCKET, "us-east-1", accessKey, secretKey, true, part);
    }

    @BeforeEach
    void bucket() {
        client = S3StorageConfig.client(properties(SERVER.getUri(), SERVER.getAccessKey(), SERVER.getSecretKey(),
                DataSize.ofBytes(PART)));
        client.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterEach
    void close() {
        storages.forEach(S3AttachmentStorage::close);
        client.close();
    }

    @Override
    AttachmentStorage storage(Clock clock) {
        return storage(clock, PART);
    }

    private S3AttachmentStorage storage(Clock clock, int partSize) {
        var storage = new S3AttachmentStorage(client, BUCKET, partSize, clock);
        storages.add(storage);
        return storage;
    }

    @Test
    void aFileIsSentInPartsAndOnlyCompletedUploadsAreObjects() throws Exception {
        AttachmentStorage storage = storage(Clock.systemUTC());
        StagedFile staged = stage(storage, bytes(3 * PART + 1234));

        assertThat(client.listParts(b -> b.bucket(BUCKET).key(staged.key()).uploadId(staged.uploadId())).parts())
                .as("three full parts and a short last one").hasSize(4);
        assertThat(client.listObjectsV2(b -> b.bucket(BUCKET)).contents()).as("nothing readable yet").isEmpty();

        storage.store(staged);
        assertThat(client.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
        assertThat(client.headObject(b -> b.bucket(BUCKET).key(staged.key())).contentLength()).isEqualTo(3L * PART + 1234);
    }

    /**
     * 1 GiB made up on the fly, cheaply (array copies): each MiB is one random MiB turned by an offset that
     * differs from one MiB to the next, so a part landing at the wrong place would not match.
     */
    static final class GeneratedStream extends InputStream {
        static final int BLOCK = 1 << 20;
        final byte[] block = new byte[BLOCK];
        final long size;
        final MessageDigest sha;
        final Runnable everyStep;
        final long step;
        long position;
        long nextStep;

        GeneratedStream(long size, long step, Runnable everyStep) throws Exception {
            new Random(7).nextBytes(block);
            this.size = size;
            this.step = step;
            this.nextStep = step;
            this.everyStep = everyStep;
            this.sha = MessageDigest.getInstance("SHA-256");
        }

        static int source(long p) {
            return (int) ((p % BLOCK + (p / BLOCK) * 4099) % BLOCK);
        }

        static byte at(byte[] block, long p) {
            return block[source(p)];
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int from = source(position);
            // Up to the end of this MiB and of the source block, whichever comes first.
            int n = (int) Math.min(Math.min(len, size - position),
                    Math.min(BLOCK - position % BLOCK, BLOCK - from));
            System.arraycopy(block, from, b, off, n);
            sha.update(b, off, n);
            position += n;
            if (position >= nextStep) {
                nextStep += step;
                everyStep.run();
            }
            return n;
        }
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void aGibibyteStreamIsStoredWithLessThan64MiBOfHeap() throws Exception {
        long size = 1L << 30;
        var storage = storage(Clock.systemUTC(), 8 * 1024 * 1024);
        var receiver = new AttachmentReceiver(storage,
                new SupportProperties("t@cpro.demo", 72, 15, DataSize.ofGigabytes(6)), new FileSizes(null));
        long baseline = liveHeap();
        long[] peak = {0};
        // Every 128 MiB, in the middle of the upload: what the heap holds once garbage is collected.
        var stream = new GeneratedStream(size, 128L << 20, () -> peak[0] = Math.max(peak[0], liveHeap() - baseline));

        long start = System.nanoTime();
        ReceivedFile received = receiver.receive(stream, "sauvegarde.zip", size, n -> { });
        storage.store(received.staged());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("1 GiB through AttachmentReceiver into s3proxy: %.1f s (%.0f MiB/s), live heap growth at most %d MiB%n",
                seconds, 1024 / seconds, peak[0] >> 20);

        assertThat(peak[0]).as("live heap growth while streaming 1 GiB").isLessThan(64L << 20);
        assertThat(received.size()).isEqualTo(size);
        assertThat(received.sha256()).isEqualTo(HexFormat.of().formatHex(stream.sha.digest()));
        assertThat(client.headObject(b -> b.bucket(BUCKET).key(received.staged().key())).contentLength()).isEqualTo(size);
        // The last MiB, by range: the right bytes at the right place.
        try (InputStream in = storage.read(received.staged().key(), size).getInputStream()) {
            long from = size - GeneratedStream.BLOCK;
            assertThat(in.skip(from)).isEqualTo(from);
            byte[] tail = in.readAllBytes();
            assertThat(tail).hasSize(GeneratedStream.BLOCK);
            for (int i = 0; i < tail.length; i += 4099) {
                assertThat(tail[i]).isEqualTo(GeneratedStream.at(stream.block, from + i));
            }
        }
    }
}
