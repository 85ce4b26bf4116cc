package fr.cpro.support;

import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * SHA-256 on a second thread while the upload thread keeps reading and writing: hashing costs
 * about a second per GiB here, which would otherwise add to the transfer time. A small fixed pool
 * of buffers circulates between the two threads, so memory stays bounded whatever the file size.
 */
final class ParallelSha256 implements AutoCloseable {

    private record Chunk(byte[] data, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> work;
    private final MessageDigest sha;
    private final Thread worker;

    ParallelSha256(int buffers, int bufferSize) {
        free = new ArrayBlockingQueue<>(buffers);
        for (int i = 0; i < buffers; i++) {
            free.add(new byte[bufferSize]);
        }
        work = new ArrayBlockingQueue<>(buffers + 1);
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        worker = Thread.ofPlatform().daemon().name("upload-sha256").start(this::run);
    }

    /** A buffer to read into (waits while the hasher is behind). */
    byte[] buffer() throws InterruptedIOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload interrupted");
        }
    }

    /** Hands back a buffer that was not filled. */
    void giveBack(byte[] buffer) {
        free.add(buffer);
    }

    /** Hashes these bytes; the caller must not touch the buffer any more. */
    void submit(byte[] buffer, int length) throws InterruptedIOException {
        try {
            work.put(new Chunk(buffer, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload interrupted");
        }
    }

    /** Waits for the last bytes and returns the digest in lower-case hex. */
    String finish() throws InterruptedIOException {
        submit(END.data(), 0);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload interrupted");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void run() {
        try {
            while (true) {
                Chunk chunk = work.take();
                if (chunk.data() == END.data()) {
                    return;
                }
                sha.update(chunk.data(), 0, chunk.length());
                free.put(chunk.data());
            }
        } catch (InterruptedException e) {
            // The upload failed or was cancelled: nothing more to hash.
        }
    }

    @Override
    public void close() {
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }
}
