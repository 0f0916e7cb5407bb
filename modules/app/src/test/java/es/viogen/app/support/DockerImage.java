package es.viogen.app.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code docker/Dockerfile} and the {@code x-app} service of {@code docker/compose.yaml} would run, read from
 * those files (not copied from them), for a machine without a Docker engine: the image's folder laid out as the
 * {@code payara/micro} base image has it (working directory with {@code payara-micro.jar}, {@code PAYARA_DIR},
 * {@code DEPLOY_DIR}), the Dockerfile's {@code COPY} lines carried out there, and its {@code ENTRYPOINT} started
 * with the base image's, the Dockerfile's and compose's environment, in a test host's network namespace as in a
 * container of its own. The {@code HEALTHCHECK} command can be run the same way.
 */
public final class DockerImage {

    /** The base image's environment (payara/micro 6: {@code HOME_DIR=PAYARA_DIR=/opt/payara}, deployments below). */
    private static final List<String> BASE_IMAGE_VARIABLES = List.of("HOME_DIR", "PAYARA_HOME", "PAYARA_DIR",
            "SCRIPT_DIR", "DEPLOY_DIR");

    private final Path repository;
    private final String from;
    private final List<String[]> copies = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> entrypoint;
    private final String healthcheck;
    private final Map<String, String> composeEnvironment;

    private DockerImage(Path repository, String dockerfile, String compose) {
        this.repository = repository;
        String from = null;
        List<String> entry = null;
        String health = null;
        for (String instruction : instructions(dockerfile)) {
            String[] parts = instruction.split("\\s+", 2);
            String word = parts[0].toUpperCase();
            String rest = parts.length > 1 ? parts[1].trim() : "";
            switch (word) {
                case "FROM" -> from = rest;
                case "COPY" -> {
                    List<String> args = new ArrayList<>(List.of(rest.split("\\s+")));
                    args.removeIf(a -> a.startsWith("--"));
                    copies.add(args.toArray(String[]::new));
                }
                case "ENV" -> {
                    Matcher m = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)").matcher(rest);
                    while (m.find()) {
                        String v = m.group(2);
                        env.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
                    }
                }
                case "ENTRYPOINT" -> {
                    try (JsonReader r = Json.createReader(new StringReader(rest))) {
                        JsonArray a = r.readArray();
                        entry = a.getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString).toList();
                    }
                }
                case "HEALTHCHECK" -> health = rest.substring(rest.indexOf("CMD ") + 4).trim();
                default -> {
                    // EXPOSE and the like change nothing here
                }
            }
        }
        if (from == null || entry == null || health == null) {
            throw new IllegalStateException("Dockerfile without FROM, ENTRYPOINT (exec form) or HEALTHCHECK");
        }
        this.from = from;
        this.entrypoint = entry;
        this.healthcheck = health;
        this.composeEnvironment = composeEnvironment(compose);
    }

    /** Reads {@code docker/Dockerfile} and {@code docker/compose.yaml} of the repository. */
    public static DockerImage read(Path repository) throws IOException {
        return new DockerImage(repository, Files.readString(repository.resolve("docker/Dockerfile")),
                Files.readString(repository.resolve("docker/compose.yaml")));
    }

    public String from() {
        return from;
    }

    public List<String> entrypoint() {
        return entrypoint;
    }

    public String healthcheck() {
        return healthcheck;
    }

    /** The {@code environment:} of compose's {@code x-app} service, as written there. */
    public Map<String, String> composeEnvironment() {
        return composeEnvironment;
    }

    /**
     * Lays out the image in {@code root} (the base image's working directory): {@code payara-micro.jar} there,
     * then each {@code COPY} of the Dockerfile, sources taken from the repository as {@code docker build} would.
     */
    public Map<String, String> layOut(Path root, Path microJar) throws IOException {
        Map<String, String> base = new LinkedHashMap<>();
        for (String v : BASE_IMAGE_VARIABLES) {
            base.put(v, root.toString());
        }
        base.put("DEPLOY_DIR", root.resolve("deployments").toString());
        Files.createDirectories(root.resolve("deployments"));
        link(microJar, root.resolve("payara-micro.jar"));
        for (String[] copy : copies) {
            String target = expand(copy[copy.length - 1], base);
            for (int i = 0; i < copy.length - 1; i++) {
                Path source = repository.resolve(copy[i]);
                Path dest = target.endsWith("/") ? Path.of(target).resolve(source.getFileName()) : Path.of(target);
                Files.createDirectories(dest.getParent());
                link(source, dest);
            }
        }
        Map<String, String> all = new LinkedHashMap<>(base);
        env.forEach((k, v) -> all.put(k, expand(v, all)));
        return all;
    }

    private static void link(Path source, Path dest) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("the Dockerfile copies " + source + ", which the build did not make");
        }
        Files.deleteIfExists(dest);
        try {
            Files.createSymbolicLink(dest, source.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A started container: its process (the JVM itself: {@code ip netns exec} and {@code sh -c exec} replace themselves). */
    public record Container(String name, Process process, String address, Path log, Instant launchedAt) {

        public String baseUrl() {
            return "http://" + address + ":8080";
        }

        /** Waits until {@code /health/ready} answers 200; fails if the process ends first. */
        public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException(name + " exited with code " + process.exitValue() + " before it was ready; "
                            + "see " + log);
                }
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/health/ready").toURL()
                            .openConnection();
                    c.setConnectTimeout(1000);
                    c.setReadTimeout(5000);
                    int status = c.getResponseCode();
                    c.disconnect();
                    if (status == 200) {
                        return Duration.between(launchedAt, Instant.now());
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IOException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
        }

        /** kill -9: no shutdown hooks, no orderly leave of the data grid. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }

        /** SIGTERM, Payara's orderly shutdown; true if it ended within the timeout. */
        public boolean stop(Duration timeout) throws InterruptedException {
            process.destroy();
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly();
            return false;
        }
    }

    /**
     * Starts the ENTRYPOINT, exactly as written, in {@code host}'s namespace with the image's environment, compose's
     * {@code x-app} environment and then {@code overrides} (what differs outside Docker: the database's port, the
     * JVM's temporary folder).
     */
    public Container start(String name, TestNetwork.Host host, Path root, Map<String, String> imageEnv,
                           Map<String, String> overrides, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(host.exec());
        cmd.addAll(entrypoint);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(imageEnv);
        pb.environment().putAll(composeEnvironment);
        pb.environment().putAll(overrides);
        Files.createDirectories(log.toAbsolutePath().getParent());
        return new Container(name, pb.start(), host.address(), log, Instant.now());
    }

    /** Runs the HEALTHCHECK command in the container's namespace (shell form: {@code /bin/sh -c}); its exit code. */
    public int runHealthcheck(TestNetwork.Host host) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(host.exec());
        cmd.addAll(List.of("/bin/sh", "-c", healthcheck));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Docker's ${VAR} and $VAR in COPY and ENV values. */
    static String expand(String value, Map<String, String> vars) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(key, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Dockerfile's instructions, comments dropped and continuation lines joined. */
    static List<String> instructions(String dockerfile) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            if (!current.toString().isBlank()) {
                out.add(current.toString().trim());
            }
            current.setLength(0);
        }
        return out;
    }

    /** The {@code environment:} map of the {@code x-app:} block of compose.yaml (plain {@code KEY: value} lines). */
    static Map<String, String> composeEnvironment(String compose) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inApp = false;
        boolean inEnv = false;
        int envIndent = -1;
        for (String line : compose.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent == 0) {
                inApp = line.startsWith("x-app:");
                inEnv = false;
                continue;
            }
            if (inApp && line.strip().equals("environment:")) {
                inEnv = true;
                envIndent = indent;
                continue;
            }
            if (inEnv) {
                if (indent <= envIndent) {
                    inEnv = false;
                    continue;
                }
                Matcher m = Pattern.compile("(\\w+):\\s*(\"[^\"]*\"|[^#]*?)\\s*(#.*)?$").matcher(line.strip());
                if (m.matches()) {
                    String v = m.group(2);
                    out.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("compose.yaml has no x-app environment");
        }
        return out;
    }
}
