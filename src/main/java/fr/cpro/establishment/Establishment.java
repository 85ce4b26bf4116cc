package fr.cpro.establishment;

import fr.cpro.base.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A school (établissement), identified by its UAI. */
@Entity
@Table(name = "establishment")
public class Establishment {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = EmailAddresses.MAX_LENGTH;
    public static final int ACADEMIE_MAX = 100;
    public static final int TOWN_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 8, updatable = false)
    private String uai;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "official_email", nullable = false, length = EMAIL_MAX)
    private String officialEmail;

    @Column(nullable = false, length = ACADEMIE_MAX)
    private String academie;

    /** The commune, as the national directory writes it; {@code null} for schools registered before it was kept. */
    @Column(length = TOWN_MAX)
    private String town;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Establishment() {
    }

    Establishment(String uai, String name, String officialEmail, String academie, String town, Instant createdAt) {
        this.uai = uai;
        this.name = name;
        this.officialEmail = officialEmail;
        this.academie = academie;
        this.town = town;
        this.createdAt = createdAt;
    }

    /** What the support team may correct; never the UAI, which is the school's login for ever. */
    void setDirectoryDetails(String name, String officialEmail, String academie, String town) {
        this.name = name;
        this.officialEmail = officialEmail;
        this.academie = academie;
        this.town = town;
    }

    void setDetails(String name, String officialEmail) {
        this.name = name;
        this.officialEmail = officialEmail;
    }

    public Long getId() {
        return id;
    }

    public String getUai() {
        return uai;
    }

    public String getName() {
        return name;
    }

    public String getOfficialEmail() {
        return officialEmail;
    }

    public String getAcademie() {
        return academie;
    }

    public String getTown() {
        return town;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    EstablishmentSummary toSummary() {
        return new EstablishmentSummary(id, uai, name, officialEmail, academie, town);
    }
}
