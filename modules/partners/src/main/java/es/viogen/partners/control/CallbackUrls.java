package es.viogen.partners.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which callback URLs outbound deliveries may go to (server-side request forgery guard), checked when a partner
 * subscribes and again right before each delivery (the name may resolve elsewhere by then: DNS rebinding):
 * <ul>
 *   <li>absolute {@code https} URL with a host, no user info, no fragment, at most 500 characters; plain {@code http}
 *       only when allowed ({@link Rules#httpForLoopback}) and every address of the host is a loopback address;</li>
 *   <li>the host matches an allowed host pattern from configuration ({@code host}, {@code *.suffix}, or {@code *});</li>
 *   <li>every address the host resolves to is a public unicast address, unless it lies in an allowed network:
 *       loopback, link-local (169.254.0.0/16 with the cloud metadata address, fe80::/10), private (10/8, 172.16/12,
 *       192.168/16, fc00::/7), carrier-grade NAT, unspecified, multicast, broadcast and reserved ranges are refused,
 *       also when written as IPv4-mapped or NAT64 IPv6 addresses.</li>
 * </ul>
 */
public final class CallbackUrls {

    /** What a check found: {@code null} reason means acceptable. */
    public record Verdict(String reason) {
        public boolean acceptable() {
            return reason == null;
        }
    }

    /** Resolves a host name to all its addresses (the JDK's resolver in production, a map in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * @param hostPatterns   allowed hosts: exact names or literals, {@code *.example.org} (subdomains), {@code *} (any)
     * @param allowedNetworks CIDR blocks whose addresses are accepted although not public (e.g. {@code 127.0.0.0/8})
     * @param httpForLoopback whether plain http is accepted for hosts that resolve only to loopback addresses
     */
    public record Rules(Set<String> hostPatterns, List<Cidr> allowedNetworks, boolean httpForLoopback) {
    }

    /** An address block, e.g. {@code 10.0.0.0/8} or {@code fd00::/8}. */
    public record Cidr(byte[] network, int prefix) {

        public static Cidr parse(String text) {
            String t = text.trim();
            int slash = t.indexOf('/');
            String addr = slash < 0 ? t : t.substring(0, slash);
            if (!addr.matches("[0-9A-Fa-f:.\\[\\]]+")) {
                throw new IllegalArgumentException("not an IP address block: " + text);
            }
            try {
                byte[] bytes = InetAddress.getByName(addr.replace("[", "").replace("]", "")).getAddress();
                int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(t.substring(slash + 1));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("bad prefix: " + text);
                }
                return new Cidr(bytes, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address block: " + text, e);
            }
        }

        public boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (b[full] & mask) == (network[full] & mask);
        }
    }

    private static final List<Cidr> NOT_PUBLIC = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.0.0.0/24"),
            Cidr.parse("192.0.2.0/24"), Cidr.parse("192.88.99.0/24"), Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"), Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.0/24"),
            Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::/128"), Cidr.parse("::1/128"), Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"),
            Cidr.parse("fec0::/10"), Cidr.parse("ff00::/8"), Cidr.parse("2001:db8::/32"), Cidr.parse("100::/64"));

    private static final Set<String> METADATA_NAMES = Set.of("metadata", "metadata.google.internal",
            "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private CallbackUrls() {
    }

    public static Verdict check(String url, Rules rules, Resolver resolver) {
        if (url == null || url.isBlank() || url.length() > 500) {
            return new Verdict("not a URL of at most 500 characters");
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return new Verdict("not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Verdict("scheme must be https");
        }
        if (!u.isAbsolute() || u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null) {
            return new Verdict("absolute URL with a host, without user info or fragment");
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bareHost.endsWith(".")) {
            bareHost = bareHost.substring(0, bareHost.length() - 1);
        }
        if (METADATA_NAMES.contains(bareHost)) {
            return new Verdict("metadata host");
        }
        if (!hostAllowed(host, bareHost, rules.hostPatterns())) {
            return new Verdict("host not allowed by configuration");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException | SecurityException e) {
            return new Verdict("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return new Verdict("host does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress a : addresses) {
            InetAddress effective = embeddedIpv4(a);
            if (!effective.isLoopbackAddress()) {
                allLoopback = false;
            }
            if (!isPublic(effective) && !allowedNetwork(effective, a, rules.allowedNetworks())) {
                return new Verdict("address not allowed: " + effective.getHostAddress());
            }
        }
        if (scheme.equals("http") && !(rules.httpForLoopback() && allLoopback)) {
            return new Verdict("scheme must be https");
        }
        return new Verdict(null);
    }

    /** Whether an address is public unicast (none of the special-purpose blocks). */
    public static boolean isPublic(InetAddress a) {
        InetAddress e = embeddedIpv4(a);
        if (e.isAnyLocalAddress() || e.isLoopbackAddress() || e.isLinkLocalAddress() || e.isSiteLocalAddress()
                || e.isMulticastAddress()) {
            return false;
        }
        for (Cidr c : NOT_PUBLIC) {
            if (c.contains(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowedNetwork(InetAddress effective, InetAddress original, List<Cidr> allowed) {
        for (Cidr c : allowed) {
            if (c.contains(effective) || c.contains(original)) {
                return true;
            }
        }
        return false;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::/96) address. */
    static InetAddress embeddedIpv4(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 16) {
            return a;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        boolean ffff = mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = mapped && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                && allZero(b, 4, 12);
        if (ffff || compatible || nat64) {
            try {
                return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            } catch (UnknownHostException e) {
                return a;
            }
        }
        return a;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hostAllowed(String host, String bareHost, Set<String> patterns) {
        for (String raw : patterns) {
            String p = raw.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            String bareP = p.startsWith("[") && p.endsWith("]") ? p.substring(1, p.length() - 1) : p;
            if (p.equals("*") || bareP.equals(bareHost) || p.equals(host)
                    || p.startsWith("*.") && bareHost.endsWith(p.substring(1)) && bareHost.length() > p.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Splits a comma-separated configuration value. */
    public static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
