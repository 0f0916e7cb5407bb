package es.viogen.app.support;

import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Test hosts of a test's own: network namespaces ({@code ip netns}) joined by veth pairs to one bridge in the test's
 * namespace, on a /24 of 10.211.0.0/16 that nothing else on the machine uses. The bridge's address is the
 * gateway, where the test's own servers (PostgreSQL, a partner stand-in) listen; each host gets the next address.
 * The namespaces have no default route, and an {@code unreachable} route for the subnet stays in place until the
 * very end, so nothing sent to these addresses ever leaves the machine, even while the bridge is being taken down.
 *
 * <p>Needs root and iproute2; {@link #create} aborts the test (with the reason) where namespaces cannot be made.
 */
public final class TestNetwork implements AutoCloseable {

    /** One test host: a namespace with one interface ({@code eth0}) at {@code address}. */
    public record Host(String namespace, String address, String hostSideLink) {
        /** The words that run a command inside this host's namespace. */
        public List<String> exec() {
            return List.of("ip", "netns", "exec", namespace);
        }
    }

    private final String id;
    private final String bridge;
    private final String subnet;
    private final List<Host> hosts = new ArrayList<>();
    private boolean routeAdded;

    private TestNetwork(String id, int third) {
        this.id = id;
        this.bridge = "vgbr" + id;
        this.subnet = "10.211." + third;
    }

    /** A bridge and {@code count} hosts on it; aborts the calling test if this machine cannot make namespaces. */
    public static TestNetwork create(int count) {
        try {
            run("ip", "-V");
        } catch (IOException e) {
            throw new TestAbortedException("ip (iproute2) is not installed: cannot make test hosts in network "
                    + "namespaces (" + e.getMessage() + ")");
        }
        TestNetwork net = null;
        for (int attempt = 0; attempt < 20 && net == null; attempt++) {
            int third = ThreadLocalRandom.current().nextInt(16, 250);
            String id = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
            try {
                if (!run("ip", "route", "show", "10.211." + third + ".0/24").isBlank()
                        || run("ip", "netns", "list").contains("vg" + id)
                        || run("ip", "-o", "link", "show").contains("vgbr" + id + ":")) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            net = new TestNetwork(id, third);
        }
        if (net == null) {
            throw new IllegalStateException("no free 10.211.x.0/24 subnet for test hosts");
        }
        try {
            net.build(count);
        } catch (IOException e) {
            net.close();
            if (e.getMessage() != null && (e.getMessage().contains("Operation not permitted")
                    || e.getMessage().contains("Permission denied"))) {
                throw new TestAbortedException("network namespaces need root here: " + e.getMessage());
            }
            throw new IllegalStateException("could not make the test hosts", e);
        }
        return net;
    }

    private void build(int count) throws IOException {
        run("ip", "link", "add", bridge, "type", "bridge");
        run("ip", "addr", "add", gateway() + "/24", "dev", bridge);
        run("ip", "route", "add", "unreachable", subnet + ".0/24", "metric", "4000");
        routeAdded = true;
        run("ip", "link", "set", bridge, "up");
        for (int i = 0; i < count; i++) {
            char letter = (char) ('a' + i);
            Host h = new Host("vg" + id + letter, subnet + "." + (2 + i), "vh" + id + letter);
            run("ip", "netns", "add", h.namespace());
            hosts.add(h);
            run("ip", "link", "add", h.hostSideLink(), "type", "veth", "peer", "name", "eth0", "netns", h.namespace());
            run("ip", "link", "set", h.hostSideLink(), "master", bridge, "up");
            run("ip", "-n", h.namespace(), "addr", "add", h.address() + "/24", "dev", "eth0");
            run("ip", "-n", h.namespace(), "link", "set", "lo", "up");
            run("ip", "-n", h.namespace(), "link", "set", "eth0", "up");
        }
    }

    /** The address of the test's side of the bridge (where the test's own servers listen). */
    public String gateway() {
        return subnet + ".1";
    }

    public String cidr() {
        return subnet + ".0/24";
    }

    public Host host(int index) {
        return hosts.get(index);
    }

    /**
     * Host names every test host resolves ({@code /etc/netns/NAME/hosts}, which {@code ip netns exec} mounts over
     * {@code /etc/hosts}), e.g. the service names of a compose file.
     */
    public void names(java.util.Map<String, String> nameToAddress) throws IOException {
        // the namespaces share the machine's host name: like a container's, it resolves to the host's own address
        String hostname = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim();
        for (Host h : hosts) {
            StringBuilder hostsFile = new StringBuilder("127.0.0.1 localhost\n::1 localhost\n")
                    .append(h.address()).append(' ').append(hostname).append('\n');
            nameToAddress.forEach((name, address) -> hostsFile.append(address).append(' ').append(name).append('\n'));
            java.nio.file.Path dir = java.nio.file.Path.of("/etc/netns", h.namespace());
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve("hosts"), hostsFile);
        }
    }

    /** Cuts a host's link: its veth on the bridge goes down (no carrier; what is in flight stays unanswered). */
    public void cut(Host h) throws IOException {
        run("ip", "link", "set", h.hostSideLink(), "down");
    }

    /** Mends a link cut by {@link #cut}. */
    public void restore(Host h) throws IOException {
        run("ip", "link", "set", h.hostSideLink(), "up");
    }

    @Override
    public void close() {
        for (Host h : hosts) {
            quietly("ip", "netns", "delete", h.namespace());   // takes its veth pair along
            try {
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("/etc/netns", h.namespace(), "hosts"));
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("/etc/netns", h.namespace()));
            } catch (IOException ignored) {
                // left behind: harmless, named after this run
            }
            quietly("ip", "link", "delete", h.hostSideLink());
        }
        quietly("ip", "link", "delete", bridge);
        if (routeAdded) {
            quietly("ip", "route", "delete", "unreachable", subnet + ".0/24", "metric", "4000");
        }
    }

    private static void quietly(String... cmd) {
        try {
            run(cmd);
        } catch (IOException ignored) {
            // already gone
        }
    }

    static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": no answer in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " -> " + p.exitValue() + ": " + out.trim());
        }
        return out;
    }
}
