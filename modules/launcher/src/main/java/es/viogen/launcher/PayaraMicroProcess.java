package es.viogen.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro started as a child JVM with the VioGén WAR deployed at the root context.
 * Readiness is judged on {@code /health/ready}, never on the log line (a failed deployment still logs "ready").
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /** JVM flags the WAR needs: Metro's monitoring clashes with Payara's gmbal and takes the app down. */
    public static final List<String> REQUIRED_JVM_FLAGS = List.of(
            "-Dcom.sun.xml.ws.monitoring.endpoint=false",
            "-Dcom.sun.xml.ws.monitoring.client=false",
            "-Dfile.encoding=UTF-8",
            "-Duser.timezone=Europe/Madrid");

    private final Process process;
    private final int port;
    private final Instant launchedAt;

    private PayaraMicroProcess(Process process, int port, Instant launchedAt) {
        this.process = process;
        this.port = port;
        this.launchedAt = launchedAt;
    }

    public static Builder builder(Path microJar, Path war) {
        return new Builder(microJar, war);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /health/ready} answers 200 or the process dies or the timeout passes. */
    public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(baseUrl() + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                HttpURLConnection c = (HttpURLConnection) ready.toURL().openConnection();
                c.setInstanceFollowRedirects(false);
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
        throw new IOException("Payara Micro was not ready within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static final class Builder {
        private final Path microJar;
        private final Path war;
        private int port = 8080;
        private final List<String> jvmOptions = new ArrayList<>(REQUIRED_JVM_FLAGS);
        private final List<String> microOptions = new ArrayList<>();
        private Path log;
        private Path tmpDir;
        private boolean cluster;

        private Builder(Path microJar, Path war) {
            this.microJar = microJar;
            this.war = war;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder systemProperty(String key, String value) {
            jvmOptions.add("-D" + key + "=" + value);
            return this;
        }

        public Builder systemProperties(Map<String, String> properties) {
            properties.forEach(this::systemProperty);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public Builder microOption(String option) {
            microOptions.add(option);
            return this;
        }

        /** Where stdout and stderr go; null inherits the caller's console. */
        public Builder log(Path log) {
            this.log = log;
            return this;
        }

        public Builder tmpDir(Path tmpDir) {
            this.tmpDir = tmpDir;
            return this;
        }

        public Builder cluster(boolean cluster) {
            this.cluster = cluster;
            return this;
        }

        public PayaraMicroProcess start() throws IOException {
            if (!Files.isRegularFile(microJar)) {
                throw new IOException("Payara Micro jar not found: " + microJar);
            }
            if (!Files.isRegularFile(war)) {
                throw new IOException("WAR not found: " + war);
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            if (tmpDir != null) {
                Files.createDirectories(tmpDir);
                cmd.add("-Djava.io.tmpdir=" + tmpDir.toAbsolutePath());
            }
            cmd.add("-jar");
            cmd.add(microJar.toAbsolutePath().toString());
            cmd.add("--deploy");
            cmd.add(war.toAbsolutePath().toString());
            cmd.add("--contextroot");
            cmd.add("/");
            cmd.add("--port");
            cmd.add(Integer.toString(port));
            cmd.add("--sslport");
            cmd.add(Integer.toString(freePort()));
            if (!cluster) {
                cmd.add("--nocluster");
            }
            cmd.addAll(microOptions);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectErrorStream(true);
            if (log != null) {
                Files.createDirectories(log.toAbsolutePath().getParent());
                pb.redirectOutput(log.toFile());
            } else {
                pb.inheritIO();
            }
            Instant launchedAt = Instant.now();
            return new PayaraMicroProcess(pb.start(), port, launchedAt);
        }
    }
}
