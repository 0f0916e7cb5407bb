package es.viogen.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The run command: starts an embedded PostgreSQL (data kept in {@code .viogen-data/}) and Payara Micro with the WAR
 * in demo mode, waits until it is ready and prints the URL and the demo accounts.
 *
 * <p>Arguments: {@code <payara-micro.jar> <viogen.war>}. Environment: {@code VIOGEN_PORT} (default 8080),
 * {@code VIOGEN_DEMO_DB_PORT} (default 54329), {@code VIOGEN_DATA_DIR} (default {@code .viogen-data}).
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DemoLauncher <payara-micro.jar> <viogen.war>");
            System.exit(2);
        }
        Path microJar = Path.of(args[0]);
        Path war = Path.of(args[1]);
        int httpPort = Integer.parseInt(env("VIOGEN_PORT", "8080"));
        int dbPort = Integer.parseInt(env("VIOGEN_DEMO_DB_PORT", "54329"));
        Path dataDir = Path.of(env("VIOGEN_DATA_DIR", ".viogen-data")).toAbsolutePath();
        Files.createDirectories(dataDir);

        System.out.println("VioGén: starting the embedded PostgreSQL (data in " + dataDir.resolve("pg") + ") ...");
        EmbeddedDatabase db = EmbeddedDatabase.persistent(dataDir.resolve("pg"), dbPort, "viogen");
        System.out.println("VioGén: starting Payara Micro on port " + httpPort + " (log in " + dataDir.resolve("payara.log") + ") ...");
        PayaraMicroProcess payara = PayaraMicroProcess.builder(microJar, war)
                .port(httpPort)
                .jvmOption("-Xms256m")
                .jvmOption("-Xmx512m")
                .systemProperty("viogen.mode", "demo")
                .systemProperty("viogen.db.url", db.jdbcUrl())
                .systemProperty("viogen.db.user", EmbeddedDatabase.USER)
                .systemProperty("viogen.db.password", EmbeddedDatabase.PASSWORD)
                .tmpDir(dataDir.resolve("tmp"))
                .log(dataDir.resolve("payara.log"))
                .start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("VioGén: stopping ...");
            payara.close();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("VioGén: could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "viogen-shutdown"));

        Duration ready;
        try {
            ready = payara.awaitReady(Duration.ofMinutes(3));
        } catch (Exception e) {
            System.err.println("VioGén: the application did not become ready: " + e.getMessage());
            System.err.println("VioGén: see " + dataDir.resolve("payara.log"));
            System.exit(1);
            return;
        }
        long rssKb = rssKb(payara.pid());
        System.out.println();
        System.out.println("==================================================================");
        System.out.printf(Locale.ROOT, " VioGén is ready at http://localhost:%d/  (%.1f s, RSS %d MiB)%n",
                httpPort, ready.toMillis() / 1000.0, rssKb / 1024);
        System.out.println(" DEMO MODE: demo data and demo accounts; do not use with real data.");
        System.out.println();
        System.out.println(" Demo accounts (password for all: viogen-demo)");
        System.out.println("   admin               ADMIN");
        System.out.println("   regional.cyl        REGIONAL_UNIT (Castilla y León)");
        System.out.println("   policia.valladolid  POLICE_OFFICER (UFAM Valladolid)");
        System.out.println("   supervisor.valladolid UNIT_SUPERVISOR (UFAM Valladolid)");
        System.out.println("   policia.leon        POLICE_OFFICER (UFAM León)");
        System.out.println("   local.iscar         LOCAL_POLICE_OFFICER (Policía Local de Íscar)");
        System.out.println("   adhesion.cyl        ADHESION_MANAGER (Castilla y León)");
        System.out.println(" Partner client: juzgado-valladolid / viogen-demo  (POST /api/v1/auth/token)");
        System.out.printf(Locale.ROOT, " Health: http://localhost:%d/health/ready   OpenAPI: http://localhost:%d/openapi%n", httpPort, httpPort);
        System.out.println(" Press Ctrl+C to stop.");
        System.out.println("==================================================================");
        while (payara.isAlive()) {
            Thread.sleep(1000);
        }
        System.err.println("VioGén: Payara Micro stopped; see " + dataDir.resolve("payara.log"));
        System.exit(1);
    }

    /** Resident set size of a process in KiB, read from /proc (0 where there is no /proc). */
    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
