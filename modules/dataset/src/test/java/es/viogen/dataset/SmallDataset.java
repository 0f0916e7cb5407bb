package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One generated dataset of 1 000 cases (seed 7) on a throw-away PostgreSQL, made once per test JVM and shared by the
 * test classes that only read it; stopped when the JVM ends.
 */
final class SmallDataset {

    private static EmbeddedDatabase db;
    private static NationalDataset.Report report;

    private SmallDataset() {
    }

    static synchronized EmbeddedDatabase db() throws Exception {
        if (db == null) {
            EmbeddedDatabase started = EmbeddedDatabase.ephemeral("viogen");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // the JVM is ending; the throw-away server's files go with its folder
                }
            }));
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(started.jdbcUrl());
            ds.setUser(EmbeddedDatabase.USER);
            ds.setPassword(EmbeddedDatabase.PASSWORD);
            NationalDataset.Options o = NationalDataset.parse(new String[]{"--cases", "1000", "--seed", "7",
                    "--jdbc-url", started.jdbcUrl()});
            report = new NationalDataset(o, ds).run(System.nanoTime());
            db = started;
        }
        return db;
    }

    static synchronized NationalDataset.Report report() throws Exception {
        db();
        return report;
    }
}
