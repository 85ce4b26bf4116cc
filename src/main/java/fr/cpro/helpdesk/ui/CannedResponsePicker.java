package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import fr.cpro.helpdesk.CannedResponseService;
import fr.cpro.helpdesk.CannedValues;
import fr.cpro.helpdesk.CannedResponseSummary;
import org.springframework.data.domain.PageRequest;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Insérer une réponse type", for the ticket workspace's composer: a combo box that searches the canned
 * responses as the agent types (titles and texts, in SQL, page by page) and, on choice, hands the text with
 * the ticket's placeholders filled to {@code insert}, then empties itself for the next one. Keyboard only
 * works: type, arrows, Entrée.
 */
public class CannedResponsePicker extends Composite<ComboBox<CannedResponseSummary>>
        implements HasSize, Focusable<ComboBox<CannedResponseSummary>> {

    private static final int PREVIEW_LENGTH = 90;

    final ComboBox<CannedResponseSummary> combo;

    /**
     * @param values read at each choice, so that the ticket's latest values are used (a reassignment, a new deadline)
     * @param insert receives the filled text, e.g. to append it to the composer's text area
     */
    public CannedResponsePicker(CannedResponseService service, Supplier<CannedValues> values, Consumer<String> insert) {
        Objects.requireNonNull(values);
        Objects.requireNonNull(insert);
        combo = getContent();
        combo.setLabel(getTranslation("helpdesk.canned.picker"));
        combo.setPlaceholder(getTranslation("helpdesk.canned.picker.placeholder"));
        combo.setItemLabelGenerator(CannedResponseSummary::title);
        combo.setRenderer(LitRenderer.<CannedResponseSummary>of("""
                        <div><div>${item.title}</div>\
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                        ${item.preview}</div></div>""")
                .withProperty("title", CannedResponseSummary::title)
                .withProperty("preview", r -> excerpt(r.body(), PREVIEW_LENGTH)));
        combo.setClearButtonVisible(true);
        combo.setItems(query -> service.search(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) service.count(query.getFilter().orElse("")));
        combo.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert.accept(service.fill(e.getValue().body(), values.get()));
                combo.clear();
            }
        });
    }

    /** The text on one line, cut at {@code length} characters with an ellipsis; the list shows it too. */
    static String excerpt(String body, int length) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= length ? flat : flat.substring(0, length - 1).stripTrailing() + "…";
    }
}
