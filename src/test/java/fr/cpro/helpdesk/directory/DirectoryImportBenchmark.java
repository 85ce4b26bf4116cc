package fr.cpro.helpdesk.directory;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark that {@code bench/import.sh} runs (not a test of the suite: its name does not end in
 * Test). Generates a directory of {@code CPRO_BENCH_ROWS} lines (70,000 by default, the national directory's
 * size) in the published layout, then times, through the service as the demo supervisor, the preview and the
 * confirmation of the whole file on an empty base, then the same file again (all unchanged). Prints the
 * figures and writes them to {@code target/bench/import-results.md}.
 */
@CproTest
class DirectoryImportBenchmark {

    @Autowired DirectoryImportService service;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    private record Timed<T>(T value, long millis) {
    }

    private <T> Timed<T> time(java.util.function.Supplier<T> action) {
        long start = System.nanoTime();
        T value = accounts.as("superviseur@cpro.demo", action);
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }

    private PreviewSummary preview(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return service.preview(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void previewAndImportOfAWholeDirectory() throws IOException {
        int rows = Integer.parseInt(System.getenv().getOrDefault("CPRO_BENCH_ROWS", "70000"));
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("annuaire-" + rows + ".csv");
        long genStart = System.nanoTime();
        long size = DirectoryCsv.write(file, rows);
        long genMillis = (System.nanoTime() - genStart) / 1_000_000;
        long heapBefore = usedHeapAfterGc();

        var preview = time(() -> preview(file));
        var imported = time(() -> service.confirm(preview.value().id(), DirectoryFilter.ALL));
        long heapAfter = usedHeapAfterGc();
        var again = time(() -> preview(file));
        var reimported = time(() -> service.confirm(again.value().id(), DirectoryFilter.ALL));

        assertThat(preview.value().lines()).isEqualTo(rows);
        assertThat(imported.value().created()).isEqualTo(rows);
        assertThat(reimported.value()).isEqualTo(new ImportResult(0, 0, rows, 0));
        int accountsAwaiting = jdbc.queryForObject("select count(*) from account a join directory_import_row r"
                + " on r.uai = a.login where r.import_id = ? and a.password_hash is null", Integer.class,
                preview.value().id());
        assertThat(accountsAwaiting).isEqualTo(rows);

        List<String> out = new ArrayList<>();
        out.add("| measure | value | goal |");
        out.add("|---|---|---|");
        out.add("| file | %,d lines, %.1f MiB (generated in %.1f s) | |".formatted(rows, size / 1048576.0, genMillis / 1000.0));
        out.add("| preview (read, store, classify) | **%.1f s** | < 10 s |".formatted(preview.millis() / 1000.0));
        out.add("| import (%,d schools and accounts created) | **%.1f s** | < 60 s |".formatted(
                imported.value().created(), imported.millis() / 1000.0));
        out.add("| same file again: preview | %.1f s (%,d unchanged) | |".formatted(again.millis() / 1000.0,
                again.value().count(Outcome.SAME)));
        out.add("| same file again: import | %.1f s (0 created, 0 updated) | |".formatted(reimported.millis() / 1000.0));
        out.add("| used heap after GC, before → after preview and import | %.1f → %.1f MiB (%+.1f MiB) | |".formatted(
                heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0));
        out.add("| max heap of the JVM | %.0f MiB | |".formatted(Runtime.getRuntime().maxMemory() / 1048576.0));
        out.add("");
        out.add("Run at " + Instant.now() + "; load average before the run: " + System.getenv()
                .getOrDefault("CPRO_BENCH_LOAD", "?"));
        Files.write(dir.resolve("import-results.md"), out);
        System.out.println("\n=== Directory import benchmark ===");
        out.forEach(System.out::println);
        Files.deleteIfExists(file);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
