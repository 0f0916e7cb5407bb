package es.viogen.app.support;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.launcher.PayaraMicroProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One real PostgreSQL and one Payara Micro running the built WAR in demo mode, started the first time a test asks
 * for them and stopped when the test JVM exits. HTTP and browser tests share it; each test makes its own data.
 * Arquillian tests get their own database in the same PostgreSQL ({@link #arquillianJdbcUrl()}).
 */
public final class TestEnvironment {

    private static TestEnvironment instance;

    private final EmbeddedDatabase database;
    private PayaraMicroProcess payara;
    private int killedPort;
    private RuntimeException startFailure;

    private TestEnvironment(EmbeddedDatabase database) {
        this.database = database;
    }

    /** The database alone (Arquillian tests start their own container). */
    public static synchronized TestEnvironment database() {
        if (instance == null) {
            try {
                instance = new TestEnvironment(EmbeddedDatabase.ephemeral("viogen"));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-environment-stop"));
        }
        return instance;
    }

    /** The database and the application server. */
    public static synchronized TestEnvironment get() {
        TestEnvironment env = database();
        if (env.startFailure != null) {
            throw env.startFailure;
        }
        if (env.payara == null) {
            try {
                env.startPayara();
            } catch (RuntimeException e) {
                env.startFailure = e;
                throw e;
            }
        }
        return env;
    }

    private void startPayara() {
        startPayara(killedPort, killedPort == 0 ? "payara-it.log" : "payara-it-restarted.log");
    }

    /**
     * Fault injection: kills the shared server as {@code kill -9} would (no shutdown hook, no transaction finished).
     * {@link #restartPayara()} starts it again on the same port; until then HTTP tests have no server.
     */
    public static synchronized void killPayara() {
        TestEnvironment env = get();
        env.killedPort = env.payara.port();
        long pid = env.payara.pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        env.payara = null;
    }

    /** Starts the server killed by {@link #killPayara()} again, on its port, logging to payara-it-restarted.log. */
    public static synchronized void restartPayara() {
        TestEnvironment env = database();
        if (env.payara == null) {
            env.startPayara(env.killedPort, "payara-it-restarted.log");
        }
    }

    /** Fault injection: PostgreSQL stopped as by a crash ({@code pg_ctl -m immediate}) and started again. */
    public static synchronized java.time.Duration crashDatabaseAndRestart() {
        Path target = Path.of(System.getProperty("viogen.target", "target"));
        try {
            return database().database.crashAndRestart(target.resolve("postgres-restart.log"));
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL could not be restarted; see target/postgres-restart.log", e);
        }
    }

    private void startPayara(int fixedPort, String logName) {
        Path target = Path.of(System.getProperty("viogen.target", "target"));
        Path war = Path.of(System.getProperty("viogen.war", target.resolve("viogen.war").toString()));
        Path micro = Path.of(System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()));
        try {
            int port = fixedPort > 0 ? fixedPort : PayaraMicroProcess.freePort();
            payara = PayaraMicroProcess.builder(micro, war)
                    .port(port)
                    .jvmOption("-Xmx768m")
                    .systemProperty("viogen.mode", "demo")
                    .systemProperty("viogen.db.url", database.jdbcUrl())
                    .systemProperty("viogen.db.user", EmbeddedDatabase.USER)
                    .systemProperty("viogen.db.password", EmbeddedDatabase.PASSWORD)
                    .systemProperty("viogen.scheduler.enabled", System.getProperty("viogen.scheduler.enabled", "true"))
                    .tmpDir(target.resolve("payara-tmp"))
                    .log(target.resolve(logName))
                    .start();
            Duration ready = payara.awaitReady(Duration.ofMinutes(Long.getLong("viogen.it.ready-minutes", 8)));
            System.out.printf("[test-environment] Payara Micro ready at %s in %.1f s (log: %s)%n", payara.baseUrl(),
                    ready.toMillis() / 1000.0, target.resolve(logName));
        } catch (Exception e) {
            throw new IllegalStateException("Payara Micro did not start; see target/payara-it.log", e);
        }
    }

    public String baseUrl() {
        return payara.baseUrl();
    }

    /** The operating-system process id of the server (to read its CPU time). */
    public long serverPid() {
        return payara.pid();
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** A database of its own for Arquillian deployments, created on first use. */
    public String arquillianJdbcUrl() {
        try (Connection c = java.sql.DriverManager.getConnection(
                database.jdbcUrl().replace("/viogen", "/postgres"), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'viogen_arq'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE viogen_arq");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database.jdbcUrl().replace("/viogen", "/viogen_arq");
    }

    /** A JDBC connection to the application's database, for arranging and checking data. */
    public Connection connect() throws SQLException {
        return database.connect();
    }

    private void stop() {
        if (payara != null) {
            payara.close();
        }
        try {
            database.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
        try {
            Files.deleteIfExists(Path.of(System.getProperty("viogen.target", "target"), "payara-tmp"));
        } catch (Exception ignored) {
            // not empty: left for inspection
        }
    }
}
