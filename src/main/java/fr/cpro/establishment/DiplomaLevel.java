package fr.cpro.establishment;

/** The three levels of vocational diplomas that CPRO STI covers. */
public enum DiplomaLevel {
    CAP, BAC_PRO, BTS
}
