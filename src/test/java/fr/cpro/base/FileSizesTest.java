package fr.cpro.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File sizes the French way: decimal comma, binary multiples, units from the translations. */
class FileSizesTest {

    private static final String NBSP = "\u00a0";
    private final FileSizes sizes = new FileSizes(new Translations());

    @Test
    void bytesUnderOneKilobyteAreWholeOctets() {
        assertThat(sizes.format(0)).isEqualTo("0" + NBSP + "o");
        assertThat(sizes.format(1023)).isEqualTo("1023" + NBSP + "o");
    }

    @Test
    void largerSizesTakeTheNextUnitWithOneDecimalAfterAComma() {
        assertThat(sizes.format(1024)).isEqualTo("1" + NBSP + "Ko");
        assertThat(sizes.format(256 * 1024)).isEqualTo("256" + NBSP + "Ko");
        assertThat(sizes.format(5_452_595)).isEqualTo("5,2" + NBSP + "Mo");
        assertThat(sizes.format(6L * 1024 * 1024 * 1024)).isEqualTo("6" + NBSP + "Go");
        assertThat(sizes.format(3L * 1024 * 1024 * 1024 * 1024)).isEqualTo("3" + NBSP + "To");
    }

    @Test
    void theLargestUnitIsTheLastOne() {
        assertThat(sizes.format(2048L * 1024 * 1024 * 1024 * 1024)).isEqualTo("2048" + NBSP + "To");
    }

    @Test
    void everyUnitHasItsWord() {
        var translations = new Translations();
        for (int unit = 0; unit < FileSizes.UNITS; unit++) {
            assertThat(translations.has("size.unit." + unit)).as("unit " + unit).isTrue();
        }
    }
}
