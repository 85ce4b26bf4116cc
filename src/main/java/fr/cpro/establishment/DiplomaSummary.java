package fr.cpro.establishment;

/**
 * What the other features read of a diploma.
 *
 * @param id        the diploma's id
 * @param code      its stable code, e.g. {@code BACPRO-MELEC}
 * @param level     CAP, Bac Pro or BTS
 * @param shortName the official short name, e.g. "Bac Pro MELEC"
 * @param title     the official title, e.g. "Métiers de l'électricité et de ses environnements connectés"
 */
public record DiplomaSummary(long id, String code, DiplomaLevel level, String shortName, String title) {
}
