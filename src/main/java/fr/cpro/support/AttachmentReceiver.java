package fr.cpro.support;

import fr.cpro.base.FileSizes;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Receives one uploaded file: streams it into the storage (staged, see {@link AttachmentStorage}) through a few
 * fixed 256 KiB buffers (never the whole file in memory), computes its SHA-256 on the way (on a
 * second thread), stops the
 * transfer as soon as it passes the limit, and sniffs its type from its first bytes (Apache Tika),
 * whatever the browser claimed.
 */
@Component
public class AttachmentReceiver {

    private static final Logger log = LoggerFactory.getLogger(AttachmentReceiver.class);
    private static final int BUFFER = 256 * 1024;
    /** Buffers in flight between the upload thread and the hashing thread: 2 MiB per upload. */
    private static final int BUFFERS = 8;
    /** Tika's magic numbers are all within the first few KiB. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Left free on the disk after the upload, so the database and logs never starve. */
    private static final long DISK_MARGIN = 256L * 1024 * 1024;

    private final AttachmentStorage storage;
    private final SupportProperties properties;
    private final FileSizes sizes;
    private final Tika tika = new Tika();

    AttachmentReceiver(AttachmentStorage storage, SupportProperties properties, FileSizes sizes) {
        this.sizes = sizes;
        this.storage = storage;
        this.properties = properties;
    }

    /** The largest accepted file, in bytes. */
    public long maxBytes() {
        return properties.maxAttachmentSize().toBytes();
    }

    /**
     * Streams a file into the storage, staged until a ticket or reply stores it.
     *
     * @param in           the request body
     * @param browserName  the name the browser gave (sanitised here)
     * @param declaredSize the size the browser announced, or -1; checked before reading a byte
     * @param progress     told the number of bytes received so far, every few MiB
     * @return the received file; the caller owns its staged bytes
     * @throws SupportException too large ({@code support.upload.too-large}) or not enough free disk space
     *                          ({@code support.upload.no-space}); nothing stays staged
     * @throws IOException      when the transfer broke (cancelled, connection lost); nothing stays staged
     */
    public ReceivedFile receive(InputStream in, String browserName, long declaredSize, LongConsumer progress)
            throws IOException {
        long max = maxBytes();
        if (declaredSize > max) {
            throw tooLarge();
        }
        if (declaredSize > 0 && declaredSize + DISK_MARGIN > storage.usableSpace()) {
            throw new SupportException("support.upload.no-space");
        }
        String name = FileNames.sanitise(browserName);
        AttachmentStorage.Staging out = storage.stage();
        boolean done = false;
        try (ParallelSha256 sha = new ParallelSha256(BUFFERS, BUFFER)) {
            byte[] head = new byte[SNIFF_BYTES];
            int headLength = 0;
            long total = 0;
            long nextReport = 0;
            while (true) {
                byte[] buffer = sha.buffer();
                // Never ask for more than one byte past the limit: the transfer is cut right there.
                // Fill the whole buffer (Tomcat hands out a few KiB per read): fewer writes and hand-offs.
                int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, max - total + 1));
                if (n == 0) {
                    sha.giveBack(buffer);
                    break;
                }
                total += n;
                if (total > max) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
                if (headLength < SNIFF_BYTES) {
                    int copy = Math.min(n, SNIFF_BYTES - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                sha.submit(buffer, n);
                if (total >= nextReport) {
                    progress.accept(total);
                    nextReport = total + 4L * 1024 * 1024;
                }
            }
            out.finish();
            progress.accept(total);
            String digest = sha.finish();
            String type = tika.detect(Arrays.copyOf(head, headLength), name);
            done = true;
            return new ReceivedFile(out.file(), name, total, type, digest);
        } finally {
            if (!done) {
                out.abort();
                log.info("Upload of {} stopped; staged bytes removed", name);
            }
        }
    }

    /** Deletes a received file that will not be sent (removed from the form, page left). */
    public void discard(ReceivedFile file) {
        if (file != null) {
            storage.discard(file.staged());
        }
    }

    /** Whether a received file can still be sent (a failed send may have consumed it). */
    public boolean isStillAvailable(ReceivedFile file) {
        return file != null && storage.isStaged(file.staged());
    }

    private SupportException tooLarge() {
        return new SupportException("support.upload.too-large", sizes.format(maxBytes()));
    }
}
