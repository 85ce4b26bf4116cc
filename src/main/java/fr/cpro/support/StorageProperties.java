package fr.cpro.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Storage of attachments ({@code cpro.storage.*}).
 *
 * @param type which storage holds the files: {@code filesystem} (the default) or {@code s3}
 *             (S3-compatible object storage, set up by {@link S3Properties}); several instances need
 *             {@code s3} or a shared volume
 * @param dir  the root folder of the file-system storage (the attachments volume in production): files
 *             under generated names in sharded folders, temporary files of uploads in {@code tmp/}
 */
@ConfigurationProperties("cpro.storage")
public record StorageProperties(@DefaultValue("filesystem") Type type, @DefaultValue(".cpro/attachments") Path dir) {

    /** The kinds of storage. */
    public enum Type { FILESYSTEM, S3 }

    /** The file-system storage in this folder. */
    static StorageProperties fileSystem(Path dir) {
        return new StorageProperties(Type.FILESYSTEM, dir);
    }
}
