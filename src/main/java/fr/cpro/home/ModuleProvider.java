package fr.cpro.home;

import java.util.List;

/**
 * Modules a feature above home adds to Accueil (a Spring bean, ordered with {@code @Order}), so that
 * home never knows that feature — as the banner's {@code NavbarItem} beans do for the shell.
 */
public interface ModuleProvider {

    /** The feature's modules, in the order of Accueil; each names its own icon. */
    List<Module> modules();
}
