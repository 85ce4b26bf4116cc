package fr.cpro.helpdesk.faq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.help.HelpCentreService;
import fr.cpro.support.help.ui.SchoolPreview;

/**
 * A category as a school sees it in its help centre now: read through the school's own service (published
 * entries only, in their order) and shown with the help centre's own components.
 */
class SchoolPreviewDialog extends Dialog {

    final SchoolPreview preview;

    SchoolPreviewDialog(HelpCentreService help, SupportCategory category) {
        setModal(true);
        setWidth("min(56rem, 95vw)");
        getHeader().add(new H2(getTranslation("helpdesk.faq.preview.title")));
        preview = new SchoolPreview(category, help.questions(category));
        add(new Paragraph(getTranslation("helpdesk.faq.preview.intro")), preview);
        var close = new Button(getTranslation("helpdesk.faq.preview.close"), e -> close());
        getFooter().add(close);
    }
}
