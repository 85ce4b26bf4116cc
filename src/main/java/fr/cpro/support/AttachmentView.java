package fr.cpro.support;

/**
 * A file joined to a message, as listed on the ticket page.
 *
 * @param id          its id, for the download address
 * @param name        the original name
 * @param size        in bytes
 * @param contentType the sniffed type
 * @param sha256      lower-case hex
 */
public record AttachmentView(long id, String name, long size, String contentType, String sha256) {

    /** The download address, relative to the application's root. */
    public String downloadPath() {
        return AttachmentDownloadController.PATH + "/" + id;
    }
}
