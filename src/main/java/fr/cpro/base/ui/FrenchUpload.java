package fr.cpro.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** Vaadin Upload's own texts in French, for one file; a caller changes the few that are its own. */
public final class FrenchUpload {

    private FrenchUpload() {
    }

    /**
     * @param owner   the component whose locale the texts follow
     * @param maxSize the largest file, already formatted ("6 Go")
     */
    public static UploadI18N texts(Component owner, String maxSize) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add-files.one")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop-files.one")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(owner.getTranslation("upload.error.too-big", maxSize))
                .setIncorrectFileType(owner.getTranslation("upload.error.incorrect-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("upload.uploading.status.connecting"))
                        .setStalled(owner.getTranslation("upload.uploading.status.stalled"))
                        .setProcessing(owner.getTranslation("upload.uploading.status.processing"))
                        .setHeld(owner.getTranslation("upload.uploading.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.uploading.remaining-time.prefix"))
                        .setUnknown(owner.getTranslation("upload.uploading.remaining-time.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.uploading.error.server-unavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.uploading.error.unexpected-server-error"))
                        .setForbidden(owner.getTranslation("upload.uploading.error.forbidden"))
                        .setFileTooLarge(owner.getTranslation("upload.uploading.error.file-too-large"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(owner.getTranslation("upload.file.retry"))
                .setStart(owner.getTranslation("upload.file.start"))
                .setRemove(owner.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("o", "Ko", "Mo", "Go", "To"));
        return i18n;
    }
}
