package fr.cpro.support;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Downloads of attachments, streamed from storage. Spring MVC serves a {@link Resource} body with
 * {@code Content-Length}, {@code Accept-Ranges: bytes} and, for a {@code Range} request, 206 with
 * {@code Content-Range}, so a 6 Go download can resume; both storages answer alike (on S3 a range
 * asks the object store for those bytes only). The signed-in user comes from Spring
 * Security (the path is authenticated); {@link TicketService#openAttachment} checks ownership, and
 * a file of another school is answered 404 exactly like a missing one.
 */
@RestController
class AttachmentDownloadController {

    static final String PATH = "assistance/pieces-jointes";

    private final TicketService tickets;

    AttachmentDownloadController(TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * The id is read as text: a non-numeric one is just another attachment that does not exist
     * (the French 404), not a conversion error that Spring would turn into an empty 400/403.
     */
    @GetMapping("/" + PATH + "/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        AttachmentDownload file = tickets.openAttachment(parseId(id));
        if (!file.content().exists()) {
            throw new TicketNotFoundException();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                // Spring writes RFC 6266: an ASCII-safe filename and filename* in UTF-8 for accents.
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("Fichier introuvable");
    }

    private static long parseId(String id) {
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TicketNotFoundException();
        }
        return Long.parseLong(id);
    }
}
