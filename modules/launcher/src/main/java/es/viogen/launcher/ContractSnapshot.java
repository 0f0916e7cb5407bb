package es.viogen.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Re-takes the committed copy of the REST contract that the partners' generated client is built from: starts a
 * throw-away PostgreSQL and Payara Micro with the WAR in demo mode on a free port, saves what {@code GET /openapi}
 * serves (YAML) to the given file, and stops both. {@code refresh-contract.sh} at the repository root runs it.
 *
 * <p>Arguments: {@code <payara-micro.jar> <viogen.war> <out.yaml>}.
 */
public final class ContractSnapshot {

    private ContractSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ContractSnapshot <payara-micro.jar> <viogen.war> <out.yaml>");
            System.exit(2);
        }
        Path out = Path.of(args[2]).toAbsolutePath();
        Path work = Files.createTempDirectory(Path.of("modules/app/target").toAbsolutePath(), "contract-");
        int exit = 1;
        try (EmbeddedDatabase db = EmbeddedDatabase.ephemeral("viogen");
             PayaraMicroProcess payara = PayaraMicroProcess.builder(Path.of(args[0]), Path.of(args[1]))
                     .port(PayaraMicroProcess.freePort())
                     .jvmOption("-Xmx512m")
                     .systemProperty("viogen.mode", "demo")
                     .systemProperty("viogen.scheduler.enabled", "false")
                     .systemProperty("viogen.db.url", db.jdbcUrl())
                     .systemProperty("viogen.db.user", EmbeddedDatabase.USER)
                     .systemProperty("viogen.db.password", EmbeddedDatabase.PASSWORD)
                     .tmpDir(work.resolve("tmp"))
                     .log(work.resolve("payara.log"))
                     .start()) {
            try {
                payara.awaitReady(Duration.ofMinutes(8));
            } catch (Exception e) {
                System.err.println("contract: the server did not become ready (" + e.getMessage() + "); see "
                        + work.resolve("payara.log"));
                return;
            }
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(payara.baseUrl() + "/openapi")).header("Accept", "*/*")
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (served.statusCode() != 200 || !served.body().startsWith("openapi:")) {
                System.err.println("contract: GET /openapi answered " + served.statusCode() + "; see "
                        + work.resolve("payara.log"));
                return;
            }
            Files.createDirectories(out.getParent());
            Files.writeString(out, served.body(), StandardCharsets.UTF_8);
            System.out.println("contract: saved " + out + " (" + served.body().length() + " characters)");
            exit = 0;
        } finally {
            if (exit == 0) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            System.exit(exit);
        }
    }
}
