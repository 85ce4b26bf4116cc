package fr.cpro.establishment;

/**
 * What the other features read of a school.
 *
 * @param id            the school's id
 * @param uai           its UAI, e.g. {@code 0759999L}
 * @param name          e.g. "Lycée professionnel de démonstration"
 * @param officialEmail the school's official mailbox ({@code ce.<UAI>@ac-<académie>.fr})
 * @param academie      e.g. "Paris"
 * @param town          its commune, e.g. "Paris 11e Arrondissement"; {@code null} when not known
 */
public record EstablishmentSummary(long id, String uai, String name, String officialEmail, String academie,
                                   String town) {
}
