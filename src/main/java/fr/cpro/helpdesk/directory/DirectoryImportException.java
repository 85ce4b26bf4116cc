package fr.cpro.helpdesk.directory;

/** A file or an action the import refuses, with the French message to show (a translation key and its values). */
public class DirectoryImportException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public DirectoryImportException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public DirectoryImportException(String messageKey, Throwable cause, Object... params) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
