package fr.cpro.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small label in colour ({@code cpro-badge--<variant>} in styles.css): the word is always written, colour only adds to it. */
public final class Badge extends Span {

    public Badge(String text, String variant) {
        setText(text);
        addClassNames("cpro-badge", "cpro-badge--" + variant);
    }
}
