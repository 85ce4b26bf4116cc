package fr.cpro.support;

import java.time.Instant;
import java.util.List;

/** One exchange of a ticket as the reader may see it (schools never get internal notes). */
public record MessageView(long id, AuthorSide side, String authorName, String body, boolean internal,
                          Instant createdAt, List<AttachmentView> attachments) {
}
