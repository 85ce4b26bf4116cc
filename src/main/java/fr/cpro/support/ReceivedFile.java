package fr.cpro.support;

/**
 * A file fully received into the storage and staged there, waiting to be sent with a ticket or a reply.
 *
 * @param staged      where its bytes are, until the ticket is saved
 * @param name        the sanitised original name
 * @param size        its size in bytes
 * @param contentType the type sniffed from its bytes
 * @param sha256      the SHA-256 of its bytes, lower-case hex
 */
public record ReceivedFile(StagedFile staged, String name, long size, String contentType, String sha256) {
}
