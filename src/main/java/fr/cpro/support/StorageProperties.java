package fr.cpro.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Storage of attachments ({@code cpro.storage.*}).
 *
 * @param dir the root folder (the attachments volume in production): files under generated names in
 *            sharded folders, temporary files of uploads in {@code tmp/}
 */
@ConfigurationProperties("cpro.storage")
public record StorageProperties(@DefaultValue(".cpro/attachments") Path dir) {
}
