package fr.cpro.helpdesk.directory;

import fr.cpro.security.Uai;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files in the directory's published layout (its 72 columns, {@code ;}, UTF-8 with a byte order mark,
 * quotes where a value needs them, CRLF), for tests and the benchmark. UAIs come from a series of this JVM
 * (9xxxxxx), which the other tests' schools never use; the test database is fresh for each JVM.
 */
public final class DirectoryCsv {

    public static final String HEADER = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;Adresse_1;Adresse_2;Adresse_3;Code_postal;Code_commune;Nom_commune;Code_departement;Code_academie;Code_region;Ecole_maternelle;Ecole_elementaire;Voie_generale;Voie_technologique;Voie_professionnelle;Telephone;Fax;Web;Mail;Restauration;Hebergement;ULIS;Apprentissage;Segpa;Section_arts;Section_cinema;Section_theatre;Section_sport;Section_internationale;Section_europeenne;Lycee_Agricole;Lycee_militaire;Lycee_des_metiers;Post_BAC;Appartenance_Education_Prioritaire;GRETA;SIREN_SIRET;Nombre_d_eleves;Fiche_onisep;position;type_contrat_prive;Libelle_departement;Libelle_academie;Libelle_region;coordX_origine;coordY_origine;epsg_origine;nom_circonscription;latitude;longitude;precision_localisation;date_ouverture;date_maj_ligne;etat;ministere_tutelle;multi_uai;rpi_concentre;rpi_disperse;code_nature;libelle_nature;Code_type_contrat_prive;PIAL;etablissement_mere;type_rattachement_etablissement_mere;code_circonscription;code_zone_animation_pedagogique;libelle_zone_animation_pedagogique;code_bassin_formation;libelle_bassin_formation";
    public static final List<String> COLUMNS = List.of(HEADER.split(";"));
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String[] TYPES = {"Lycée", "Lycée", "Collège", "Collège", "Collège", "Ecole", "Ecole", "Ecole",
            "Ecole", "EREA", "Information et orientation", "Service Administratif"};
    private static final String[] ACADEMIES = {"Créteil", "Versailles", "Paris", "Lyon", "Aix-Marseille", "Lille",
            "Nantes", "Bordeaux", "Toulouse", "Normandie"};

    private DirectoryCsv() {
    }

    /** A UAI no other school of this JVM has. */
    public static String freshUai() {
        String digits = String.valueOf(9_000_000 + NEXT.getAndIncrement());
        return digits + Uai.checkLetter(digits);
    }

    /** One establishment: the needed columns, the others filled as the directory does. */
    public record School(String uai, String name, String type, String town, String academie, String mail,
                         boolean vocational) {

        public static School lycee(String uai) {
            return new School(uai, "Lycée professionnel " + uai, "Lycée", "Melun", "Créteil",
                    "ce." + uai.toLowerCase() + "@ac-creteil.fr", true);
        }

        public School withName(String other) {
            return new School(uai, other, type, town, academie, mail, vocational);
        }

        public School withMail(String other) {
            return new School(uai, name, type, town, academie, other, vocational);
        }

        public School withTown(String other) {
            return new School(uai, name, type, other, academie, mail, vocational);
        }

        Map<String, String> cells() {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                cells.put(column, "");
            }
            cells.put("Identifiant_de_l_etablissement", uai);
            cells.put("Nom_etablissement", name);
            cells.put("Type_etablissement", type);
            cells.put("Statut_public_prive", "Public");
            cells.put("Adresse_1", "12 rue de l'École");
            cells.put("Code_postal", "77000");
            cells.put("Code_commune", "77288");
            cells.put("Nom_commune", town);
            cells.put("Code_departement", "077");
            cells.put("Code_academie", "24");
            cells.put("Code_region", "11");
            cells.put("Voie_generale", "0");
            cells.put("Voie_technologique", "0");
            cells.put("Voie_professionnelle", vocational ? "1" : "0");
            cells.put("Telephone", "0164000000");
            cells.put("Web", "https://www.example.fr/" + uai);
            cells.put("Mail", mail);
            cells.put("Libelle_departement", "Seine-et-Marne");
            cells.put("Libelle_academie", academie);
            cells.put("Libelle_region", "Ile-de-France");
            cells.put("SIREN_SIRET", "19770000000000");
            cells.put("Nombre_d_eleves", "642");
            cells.put("latitude", "48.5423");
            cells.put("longitude", "2.6554");
            cells.put("precision_localisation", "Numéro de rue");
            cells.put("date_ouverture", "1965-09-01");
            cells.put("date_maj_ligne", "2026-06-01");
            cells.put("etat", "OUVERT");
            cells.put("ministere_tutelle", "MINISTERE DE L'EDUCATION NATIONALE");
            cells.put("code_nature", "320");
            cells.put("libelle_nature", "LYCEE PROFESSIONNEL");
            cells.put("libelle_bassin_formation", "BASSIN DE MELUN");
            return cells;
        }
    }

    /** The file's text: header and lines in the given column order (the published one if {@code columns} is null). */
    public static String csv(List<String> columns, List<School> schools) {
        var out = new StringBuilder("\uFEFF");
        List<String> order = columns == null ? COLUMNS : columns;
        out.append(String.join(";", order)).append("\r\n");
        for (School school : schools) {
            Map<String, String> cells = school.cells();
            List<String> values = new ArrayList<>();
            for (String column : order) {
                values.add(quote(cells.getOrDefault(column, "x")));
            }
            out.append(String.join(";", values)).append("\r\n");
        }
        return out.toString();
    }

    public static String csv(List<School> schools) {
        return csv(null, schools);
    }

    public static byte[] bytes(List<School> schools) {
        return csv(schools).getBytes(StandardCharsets.UTF_8);
    }

    /** Fresh lycées with a vocational track. */
    public static List<School> lycees(int count) {
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            schools.add(School.lycee(freshUai()));
        }
        return schools;
    }

    /**
     * A directory of {@code rows} fresh establishments of every type (a fifth with a vocational track, as
     * in the national one), written line by line.
     *
     * @return the file's size in bytes
     */
    public static long write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF" + HEADER + "\r\n");
            for (int i = 0; i < rows; i++) {
                String uai = freshUai();
                String type = TYPES[i % TYPES.length];
                var school = new School(uai, (type.equals("Ecole") ? "École primaire " : type + " ") + "n°" + i,
                        type, "Commune " + (i % 5000), ACADEMIES[i % ACADEMIES.length],
                        "ce." + uai.toLowerCase() + "@ac-" + (i % ACADEMIES.length) + ".fr", i % 5 == 0);
                List<String> values = new ArrayList<>();
                for (String value : school.cells().values()) {
                    values.add(quote(value));
                }
                out.write(String.join(";", values));
                out.write("\r\n");
            }
        }
        return Files.size(file);
    }

    static String quote(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
