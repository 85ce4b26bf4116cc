package fr.cpro.support;

import java.util.Objects;

/**
 * A file received but not yet stored: what any node needs to store or discard it.
 *
 * @param key      the key it will have once stored
 * @param uploadId the S3 multipart upload that holds its bytes, or {@code null} on the file system
 *                 (where the key names the temporary file)
 */
public record StagedFile(String key, String uploadId) {

    public StagedFile {
        Objects.requireNonNull(key);
    }
}
