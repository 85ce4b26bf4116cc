package fr.cpro.support;

import org.springframework.core.io.Resource;

/** A file that the reader may download: its bytes (from whichever storage) and what to call it. */
public record AttachmentDownload(String name, long size, String contentType, Resource content) {
}
