package fr.cpro.home;

import fr.cpro.base.FrenchDates;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.security.CproPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Accueil's tiles for one user: the modules of their role, the school's ones completed with
 * what their subscription and their school say today.
 */
@Service
public class HomeTiles {

    private final ModuleCatalogue catalogue;
    private final DiplomaService diplomas;
    private final EstablishmentService establishments;
    private final FrenchDates dates;

    HomeTiles(ModuleCatalogue catalogue, DiplomaService diplomas, EstablishmentService establishments,
              FrenchDates dates) {
        this.catalogue = catalogue;
        this.diplomas = diplomas;
        this.establishments = establishments;
        this.dates = dates;
    }

    /** The tiles of this user, in the catalogue's order. */
    @PreAuthorize("isAuthenticated()")
    public List<Tile> tilesFor(CproPrincipal user) {
        return catalogue.availableTo(user).stream().map(module -> switch (module.key()) {
            case ModuleCatalogue.SUBSCRIPTION -> subscriptionTile(module);
            case ModuleCatalogue.SCHOOL -> schoolTile(module);
            default -> Tile.plain(module);
        }).toList();
    }

    private Tile subscriptionTile(Module module) {
        var active = diplomas.myActiveSubscription();
        if (active.isEmpty()) {
            return new Tile(module, List.of(TileText.of("home.tile.subscription.none")), true);
        }
        var subscription = active.get();
        var lines = new ArrayList<TileText>();
        lines.add(TileText.of("home.tile.subscription.diploma", subscription.diploma().shortName()));
        String end = dates.format(subscription.endDate());
        boolean warning = subscription.status() == SubscriptionStatus.EXPIRING;
        if (!warning) {
            lines.add(TileText.of("home.tile.subscription.valid", end));
        } else if (subscription.daysLeft() == 0) {
            lines.add(TileText.of("home.tile.subscription.ends-today", end));
        } else {
            lines.add(TileText.of(subscription.daysLeft() == 1 ? "home.tile.subscription.ends-tomorrow"
                    : "home.tile.subscription.ending", end, String.valueOf(subscription.daysLeft())));
        }
        return new Tile(module, lines, warning);
    }

    private Tile schoolTile(Module module) {
        var school = establishments.mySchool();
        return new Tile(module, List.of(
                TileText.of("home.tile.school.name", school.name()),
                TileText.of("home.tile.school.uai", school.uai()),
                TileText.of("home.tile.school.email", school.officialEmail()),
                TileText.of("home.tile.school.academie", school.academie())), false);
    }
}
