package es.viogen.dataset;

import java.nio.file.Path;

/** The generator's command line ({@code ./run.sh --national ...}) as {@link NationalDataset.Options}. */
final class DatasetOptions {

    private DatasetOptions() {
    }

    static NationalDataset.Options parse(String[] args) {
        long seed = 2007;
        int cases = 1_000_000;
        Integer active = null;
        Integer users = null;
        Long audit = null;
        Path dir = Path.of(env("VIOGEN_NATIONAL_DIR", ".viogen-national"));
        int port = Integer.parseInt(env("VIOGEN_NATIONAL_DB_PORT", "54339"));
        String url = null;
        String user = "postgres";
        String password = "postgres";
        boolean logistic = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--active" -> active = Integer.parseInt(args[++i]);
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--audit" -> audit = Long.parseLong(args[++i]);
                case "--data-dir" -> dir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--jdbc-url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--outcomes" -> logistic = OutcomeDraws.option(args[++i]);
                case "--national" -> { }
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (options: --seed N --cases N --active N --users N --audit N --data-dir D --port P "
                        + "--jdbc-url URL --user U --password P --outcomes logistic|none)");
            }
        }
        double scale = cases / 1_000_000.0;
        return new NationalDataset.Options(seed, cases, active != null ? active : (int) Math.round(100_000 * scale),
                users != null ? users : (int) Math.max(300, Math.round(50_000 * Math.min(1, scale * 10))),
                audit != null ? audit : Math.round(20_000_000 * scale), dir.toAbsolutePath(), port, url, user, password,
                logistic);
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
