package fr.cpro.support;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** File names as browsers send them, made safe to store and to send back. */
class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathPart() {
        assertThat(FileNames.sanitise("C:\\Users\\camille\\Bureau\\Livret élève.pdf")).isEqualTo("Livret élève.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void replacesControlAndForbiddenCharacters() {
        assertThat(FileNames.sanitise("rap\u0000port\n2026:v2?.pdf")).isEqualTo("rap_port_2026_v2_.pdf");
        assertThat(FileNames.sanitise("a\u202Egnp.exe")).as("no right-to-left override trick").isEqualTo("a_gnp.exe");
    }

    @Test
    void makesWindowsReservedNamesSafe() {
        assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitise("lpt1")).isEqualTo("_lpt1");
        assertThat(FileNames.sanitise("console.txt")).isEqualTo("console.txt");
        assertThat(FileNames.sanitise("notes. . ")).isEqualTo("notes");
    }

    @Test
    void neverReturnsAnEmptyOrHiddenName() {
        assertThat(FileNames.sanitise(null)).isEqualTo("fichier");
        assertThat(FileNames.sanitise("   ")).isEqualTo("fichier");
        assertThat(FileNames.sanitise("C:\\dossier\\")).isEqualTo("fichier");
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
    }

    @Test
    void cutsAt255Utf8BytesKeepingTheExtensionAndWholeCharacters() {
        String name = FileNames.sanitise("é".repeat(300) + ".pdf");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(name).endsWith(".pdf").startsWith("éé").doesNotContain("\uFFFD");
        assertThat(name).hasSize(125 + 4);
    }
}
