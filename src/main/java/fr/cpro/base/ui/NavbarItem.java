package fr.cpro.base.ui;

import com.vaadin.flow.component.Component;
import fr.cpro.security.CproPrincipal;
import org.springframework.core.Ordered;

import java.util.Optional;

/**
 * An entry of the blue banner contributed by a feature (a Spring bean), so that the shell
 * does not depend on the features. The guide's order, left to right: Prénom NOM (10),
 * Assistance (20), Changer de diplôme (30); Déconnexion is the shell's own, always last.
 */
public interface NavbarItem extends Ordered {

    /** The component for this user, or empty when this user does not get the item. */
    Optional<Component> create(CproPrincipal user);
}
