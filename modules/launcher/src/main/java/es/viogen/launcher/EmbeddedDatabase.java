package es.viogen.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server started from the binaries that zonky ships as a Maven artifact.
 * Used by the demo run command (data kept in a folder between runs) and by the tests (a fresh, throw-away cluster).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /** A persistent cluster in {@code dataDirectory}, reused on the next start. */
    public static EmbeddedDatabase persistent(Path dataDirectory, int port, String database) throws IOException {
        return persistent(dataDirectory, port, database, java.util.Map.of());
    }

    /** A persistent cluster with extra server settings for this start (e.g. a bulk load's). */
    public static EmbeddedDatabase persistent(Path dataDirectory, int port, String database,
                                              java.util.Map<String, String> serverConfig) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port);
        serverConfig.forEach(builder::setServerConfig);
        return withDatabase(builder.start(), database);
    }

    /**
     * A throw-away cluster on a free port, removed when closed. No fsync (a test never survives a power cut), but
     * commits are synchronous: an acknowledged commit survives a crash of the server ({@link #crashAndRestart}).
     */
    public static EmbeddedDatabase ephemeral(String database) throws IOException {
        return ephemeral(database, java.util.Map.of());
    }

    /**
     * A throw-away cluster with extra server settings (e.g. {@code listen_addresses} to be reached from the
     * network namespaces of a test), removed when closed.
     */
    public static EmbeddedDatabase ephemeral(String database, java.util.Map<String, String> serverConfig)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "on") // zonky's default is off
                .setServerConfig("full_page_writes", "off");
        serverConfig.forEach(builder::setServerConfig);
        return withDatabase(builder.start(), database);
    }

    /**
     * Lets clients from {@code cidr} (e.g. a test's own network namespaces) log in with the cluster's trust
     * authentication, as local clients already may: one line added to {@code pg_hba.conf}, then a reload.
     */
    public void trustClientsFrom(String cidr) throws IOException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            Files.writeString(Path.of(hba), "\nhost all all " + cidr + " trust\n", java.nio.file.StandardOpenOption.APPEND);
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not reload the server configuration", e);
        }
    }

    private static EmbeddedDatabase withDatabase(EmbeddedPostgres pg, String database) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\" ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the original failure matters more
            }
            throw new IOException("Could not prepare database " + database, e);
        }
        return new EmbeddedDatabase(pg, database);
    }

    /**
     * Fault injection for tests: stops the server the way a crash would ({@code pg_ctl stop -m immediate}: no
     * checkpoint, every client cut off, recovery from the WAL at the next start) and starts it again on the same
     * port and data directory. Returns how long the database was down.
     */
    public java.time.Duration crashAndRestart(Path serverLog) throws IOException, InterruptedException {
        java.io.File pgDir = field("pgDir");
        java.io.File data = field("dataDirectory");
        java.util.Map<String, String> config = field("postgresConfig");
        java.time.Instant down = java.time.Instant.now();
        pgCtl(pgDir, serverLog, "-D", data.getPath(), "-m", "immediate", "-w", "stop");
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("-p", Integer.toString(port()), "-F"));
        config.forEach((k, v) -> {
            options.add("-c");
            options.add(k + "=" + v);
        });
        pgCtl(pgDir, serverLog, "-D", data.getPath(), "-o", String.join(" ", options), "-w", "start");
        return java.time.Duration.between(down, java.time.Instant.now());
    }

    private void pgCtl(java.io.File pgDir, Path serverLog, String... args) throws IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            cmd.add("unshare"); // as zonky runs it: a user namespace, so that PostgreSQL accepts to run as root
            cmd.add("-U");
        }
        cmd.add(new java.io.File(pgDir, "bin/pg_ctl").getPath());
        cmd.addAll(java.util.List.of(args));
        Files.createDirectories(serverLog.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile())).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pg_ctl " + String.join(" ", args) + " failed; see " + serverLog);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T field(String name) {
        try {
            java.lang.reflect.Field f = EmbeddedPostgres.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(postgres);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("zonky's EmbeddedPostgres has no field " + name, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
