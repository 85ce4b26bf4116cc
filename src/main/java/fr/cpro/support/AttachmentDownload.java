package fr.cpro.support;

import java.nio.file.Path;

/** A file that the reader may download: where it is and what to call it. */
public record AttachmentDownload(String name, long size, String contentType, Path file) {
}
