package fr.cpro.home;

import java.util.List;

/**
 * A line of a tile, as a translation key and its parameters, so the service stays free of
 * the UI's translation machinery.
 *
 * @param key    the translation key
 * @param params the values of {0}, {1}…
 */
public record TileText(String key, List<String> params) {

    public static TileText of(String key, String... params) {
        return new TileText(key, List.of(params));
    }
}
