package fr.cpro.support;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;

/**
 * Downloads of attachments, streamed from storage. Spring MVC serves a {@link Resource} body with
 * {@code Content-Length}, {@code Accept-Ranges: bytes} and, for a {@code Range} request, 206 with
 * {@code Content-Range}, so a 6 Go download can resume. The signed-in user comes from Spring
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

    @GetMapping("/" + PATH + "/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        AttachmentDownload file = tickets.openAttachment(id);
        if (!Files.isRegularFile(file.file())) {
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
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(file.file()));
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("Fichier introuvable");
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients and {@code filename*} in UTF-8 for accents.
     */
    static String contentDisposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
