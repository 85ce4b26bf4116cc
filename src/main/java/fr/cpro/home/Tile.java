package fr.cpro.home;

import java.util.List;

/**
 * A tile of Accueil as one user sees it: the module it opens, and what it says about this
 * user's situation (e.g. the subscription's end date). Every tile stays a link to the module's
 * route; a warning changes its look and its text, never where it leads.
 *
 * @param module  the module, whose route the tile opens
 * @param lines   the lines computed for this user, under the module's description
 * @param warning whether the tile calls for the user's attention (a subscription ending soon)
 */
public record Tile(Module module, List<TileText> lines, boolean warning) {

    static Tile plain(Module module) {
        return new Tile(module, List.of(), false);
    }
}
