package fr.cpro.support.help.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.security.AppRoles;
import fr.cpro.support.help.HelpCentreService;
import fr.cpro.support.help.HelpQuestion;
import fr.cpro.support.help.HelpSearchResult;
import fr.cpro.support.SupportCategory;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assistance, the help centre: a search, "Votre demande concerne" (the three categories and
 * their essential questions), "Questions les plus fréquentes", and the way to the support team.
 * {@code ?categorie=ABONNEMENT} opens on a category.
 */
@Route(HelpCentreView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class HelpCentreView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "assistance";

    private final HelpCentreService help;
    private final int businessHours;
    /**
     * Answers already reported from this page: the database counts once a day anyway, this spares it
     * the repeats (a page left open past midnight counts again once reloaded).
     */
    private final Set<Long> reported = new HashSet<>();

    final TextField search = new TextField();
    final Div searchResults = new Div();
    final Map<SupportCategory, NativeButton> categories = new EnumMap<>(SupportCategory.class);
    final Div categoryPanel = new Div();
    final ContactSection contact;
    SupportCategory selected;

    HelpCentreView(HelpCentreService help) {
        this.help = help;
        this.businessHours = help.firstResponseBusinessHours();
        addClassNames("cpro-page", "cpro-help");
        add(new H1(getTranslation("help.title")), new Paragraph(getTranslation("help.intro")));
        contact = new ContactSection(businessHours);
        add(searchSection(), categoriesSection(), frequentSection(), contact);
    }

    private Section searchSection() {
        search.setLabel(getTranslation("help.search.label"));
        search.setPlaceholder(getTranslation("help.search.placeholder"));
        search.setHelperText(getTranslation("help.search.helper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(HelpCentreService.SEARCH_MAX_LENGTH);
        // Results follow the typing, once the user pauses.
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addClassName("cpro-help-search__field");
        search.addValueChangeListener(event -> showResults(event.getValue()));

        searchResults.addClassName("cpro-help-search__results");
        searchResults.getElement().setAttribute("aria-live", "polite");
        var section = new Section(search, searchResults);
        section.addClassName("cpro-help-search");
        section.getElement().setAttribute("role", "search");
        return section;
    }

    void showResults(String text) {
        searchResults.removeAll();
        String shown = text == null ? "" : text.strip();
        if (shown.length() < 2) {
            return;
        }
        HelpSearchResult result = help.search(shown);
        if (result.total() == 0) {
            searchResults.add(new Paragraph(getTranslation("help.search.none", shown)),
                    new Paragraph(getTranslation("help.search.none.hint")), askTheTeam());
            return;
        }
        var count = new Paragraph(result.total() == 1 ? getTranslation("help.search.count.one", shown)
                : getTranslation("help.search.count.many", result.total(), shown));
        count.addClassName("cpro-help-search__count");
        searchResults.add(count, new QuestionList(result.questions(), true, this::consulted));
        if (result.truncated()) {
            searchResults.add(new Paragraph(getTranslation("help.search.truncated", result.questions().size())));
        }
    }

    private Div askTheTeam() {
        var link = new Anchor(ContactSection.formHref(selected), getTranslation("help.search.none.link"));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("cpro-help-ask");
        var ask = new Div(link, ContactSection.promise(contact, businessHours));
        ask.addClassName("cpro-help-ask__line");
        return ask;
    }

    private Section categoriesSection() {
        var choices = new Div();
        choices.addClassName("cpro-help-categories");
        for (SupportCategory category : SupportCategory.values()) {
            var title = new Span(getTranslation(category.labelKey()));
            title.addClassName("cpro-help-category__title");
            var text = new Span(getTranslation(category.descriptionKey()));
            text.addClassName("cpro-help-category__text");
            var button = new NativeButton();
            button.add(title, text);
            button.addClassName("cpro-help-category");
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(event -> select(category));
            categories.put(category, button);
            choices.add(button);
        }
        categoryPanel.setId("cpro-help-category-panel");
        categoryPanel.addClassName("cpro-help-category-panel");
        categoryPanel.setVisible(false);
        var section = new Section(new H2(getTranslation("help.categories.title")),
                new Paragraph(getTranslation("help.categories.intro")), choices, categoryPanel);
        section.addClassName("cpro-help-section");
        return section;
    }

    /** Shows the essential questions of a category, and preselects it for a ticket. */
    void select(SupportCategory category) {
        selected = category;
        categories.forEach((each, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == category));
            // Pointed at only once the panel exists: Flow does not render an invisible component,
            // and aria-controls naming a missing id is an ARIA error (axe: aria-valid-attr-value).
            button.getElement().setAttribute("aria-controls", "cpro-help-category-panel");
            button.setClassName("cpro-help-category--selected", each == category);
        });
        var questions = help.questions(category);
        categoryPanel.removeAll();
        categoryPanel.add(new H3(getTranslation(category.labelKey())));
        categoryPanel.add(questions.isEmpty() ? new Paragraph(getTranslation("help.category.empty"))
                : new QuestionList(questions, false, this::consulted));
        categoryPanel.setVisible(true);
        contact.preselect(category);
    }

    private Section frequentSection() {
        var section = new Section(new H2(getTranslation("help.frequent.title")),
                new Paragraph(getTranslation("help.frequent.intro", HelpCentreService.WINDOW_DAYS)),
                new QuestionList(help.mostConsulted(), true, this::consulted));
        section.addClassName("cpro-help-section");
        return section;
    }

    private void consulted(HelpQuestion question) {
        if (!reported.add(question.id())) {
            return;
        }
        try {
            help.recordConsultation(question.id());
        } catch (RuntimeException e) {
            // Counting serves the ranking only: a failure is logged and never stops the reading.
            ErrorReporter.report(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ContactSection.CATEGORY_PARAMETER)
                .flatMap(HelpCentreView::category)
                .ifPresent(this::select);
    }

    private static Optional<SupportCategory> category(String name) {
        try {
            return Optional.of(SupportCategory.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title") + " · " + getTranslation("app.name");
    }
}
