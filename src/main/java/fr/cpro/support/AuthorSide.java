package fr.cpro.support;

/** Who wrote a message: the school, or the CPRO support team. */
public enum AuthorSide {
    SCHOOL,
    SUPPORT
}
