package fr.cpro.support.help;

import fr.cpro.support.help.AnswerMarkup.Bullets;
import fr.cpro.support.help.AnswerMarkup.Link;
import fr.cpro.support.help.AnswerMarkup.Paragraph;
import fr.cpro.support.help.AnswerMarkup.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The help centre's answer markup: paragraphs, lists and checked links; everything else stays text. */
class AnswerMarkupTest {

    @Test
    void linesAndBlankLinesMakeParagraphsAndDashesMakeAList() {
        var blocks = AnswerMarkup.parse("Premier paragraphe.\nDeuxième.\n\n\nTroisième.\n- un\n- deux\nFin.");
        assertThat(blocks).containsExactly(
                new Paragraph(List.of(new Text("Premier paragraphe."))),
                new Paragraph(List.of(new Text("Deuxième."))),
                new Paragraph(List.of(new Text("Troisième."))),
                new Bullets(List.of(List.of(new Text("un")), List.of(new Text("deux")))),
                new Paragraph(List.of(new Text("Fin."))));
        assertThat(AnswerMarkup.parse("  \n")).isEmpty();
        assertThat(AnswerMarkup.parse(null)).isEmpty();
    }

    @Test
    void namedAndBareHttpsLinksAndMailtoBecomeLinks() {
        var blocks = AnswerMarkup.parse(
                "Voir [le guide](https://cpro.example/guide?p=1) ou https://education.gouv.fr/annuaire. Écrire à [l'équipe](mailto:support@cpro.example).");
        assertThat(blocks).containsExactly(new Paragraph(List.of(
                new Text("Voir "), new Link("le guide", "https://cpro.example/guide?p=1"),
                new Text(" ou "), new Link("https://education.gouv.fr/annuaire", "https://education.gouv.fr/annuaire"),
                new Text(". Écrire à "), new Link("l'équipe", "mailto:support@cpro.example"), new Text("."))));
        assertThat(AnswerMarkup.parse("(https://cpro.example/a)")).containsExactly(new Paragraph(List.of(
                new Text("("), new Link("https://cpro.example/a", "https://cpro.example/a"), new Text(")"))));
    }

    @Test
    void javascriptDataAndRelativeLinksStayTheTextTheyWereTypedAs() {
        for (String typed : List.of("[cliquez](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](data:text/html,<b>)",
                "[x](/admin)", "[x](https://)", "[x](https://exemple.fr\"onmouseover=\"alert(1))", "[x](vbscript:msgbox)")) {
            var blocks = AnswerMarkup.parse(typed);
            assertThat(blocks).as(typed).hasSize(1);
            var pieces = ((Paragraph) blocks.getFirst()).content();
            assertThat(pieces).as(typed).noneMatch(Link.class::isInstance);
            assertThat(pieces.stream().map(p -> ((Text) p).text()).reduce("", String::concat)).as(typed).isEqualTo(typed);
        }
        assertThat(AnswerMarkup.safeHref("javascript:alert(1)")).isEmpty();
        assertThat(AnswerMarkup.safeHref(" https://cpro.example/x ")).contains("https://cpro.example/x");
        assertThat(AnswerMarkup.safeHref("mailto:nobody")).isEmpty();
    }

    @Test
    void htmlIsTextNotMarkup() {
        var blocks = AnswerMarkup.parse("<script>alert('x')</script> <b>gras</b> &amp;");
        assertThat(blocks).containsExactly(new Paragraph(List.of(new Text("<script>alert('x')</script> <b>gras</b> &amp;"))));
    }

    @Test
    void refusedLinksNamesEveryLinkThatWouldNotBeOne() {
        assertThat(AnswerMarkup.refusedLinks("[a](https://ok.fr) [b](javascript:alert(1)) [c](ftp://x.fr) [d](mailto:a@b.fr)"))
                .containsExactly("javascript:alert(1", "ftp://x.fr");
        assertThat(AnswerMarkup.refusedLinks("Rien [entre crochets] ici, https://ok.fr.")).isEmpty();
    }
}
