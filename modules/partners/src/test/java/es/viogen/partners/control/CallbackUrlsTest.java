package es.viogen.partners.control;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CallbackUrlsTest {

    /** Any host allowed by name: only the address rules decide. */
    private static final CallbackUrls.Rules ANY_PUBLIC = new CallbackUrls.Rules(Set.of("*"), List.of(), false);
    private static final CallbackUrls.Rules DEMO = new CallbackUrls.Rules(Set.of("localhost", "127.0.0.1", "[::1]"),
            List.of(CallbackUrls.Cidr.parse("127.0.0.0/8"), CallbackUrls.Cidr.parse("::1/128")), true);

    private static final Map<String, String> DNS = Map.of(
            "juzgado.example", "93.184.216.34",
            "rebind.example", "169.254.169.254",
            "internal.example", "10.1.2.3",
            "localhost", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String ip = DNS.get(host);
        if (ip != null) {
            return new InetAddress[]{InetAddress.getByName(ip)};
        }
        if (host.matches("[0-9.]+|[0-9a-f:]+")) {
            return new InetAddress[]{InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    private static boolean ok(String url, CallbackUrls.Rules rules) {
        return CallbackUrls.check(url, rules, CallbackUrlsTest::resolve).acceptable();
    }

    @Test
    void publicHttpsHostsPass() {
        assertTrue(ok("https://juzgado.example/viogen", ANY_PUBLIC));
        assertTrue(ok("https://juzgado.example:8443/viogen?x=1", ANY_PUBLIC));
        assertTrue(ok("https://93.184.216.34/hook", ANY_PUBLIC));
    }

    @Test
    void plainHttpSchemesAndMalformedUrlsAreRefused() {
        assertFalse(ok("http://juzgado.example/viogen", ANY_PUBLIC));
        assertFalse(ok("ftp://juzgado.example/viogen", ANY_PUBLIC));
        assertFalse(ok("https://user:pw@juzgado.example/viogen", ANY_PUBLIC));
        assertFalse(ok("https://juzgado.example/viogen#x", ANY_PUBLIC));
        assertFalse(ok("/relative", ANY_PUBLIC));
        assertFalse(ok("https://", ANY_PUBLIC));
        assertFalse(ok(null, ANY_PUBLIC));
        assertFalse(ok("https://juzgado.example/" + "x".repeat(600), ANY_PUBLIC));
        assertFalse(ok("https://unknown.example/", ANY_PUBLIC));
    }

    @Test
    void specialPurposeAddressesAreRefusedHoweverWritten() {
        for (String url : List.of("https://169.254.169.254/", "https://127.0.0.1/", "https://10.0.0.1/",
                "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.0.1/", "https://100.64.0.1/",
                "https://0.0.0.0/", "https://224.0.0.1/", "https://255.255.255.255/", "https://[::1]/", "https://[::]/",
                "https://[fe80::1]/", "https://[fd00:ec2::254]/", "https://[fc00::1]/", "https://[::ffff:169.254.169.254]/",
                "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[ff02::1]/",
                "https://rebind.example/", "https://internal.example/", "https://metadata.google.internal/")) {
            assertFalse(ok(url, ANY_PUBLIC), url);
        }
        assertTrue(ok("https://172.32.0.1/", ANY_PUBLIC), "just outside 172.16.0.0/12");
    }

    @Test
    void hostsMustBeAllowedByConfiguration() {
        CallbackUrls.Rules listed = new CallbackUrls.Rules(Set.of("*.justicia.example", "juzgado.example"), List.of(), false);
        assertTrue(ok("https://juzgado.example/x", listed));
        assertFalse(ok("https://93.184.216.34/x", listed), "a literal address is not a listed host");
        CallbackUrls.Rules none = new CallbackUrls.Rules(Set.of(), List.of(), false);
        assertFalse(ok("https://juzgado.example/x", none), "production default: nothing until configured");
    }

    @Test
    void theDemoAllowsLoopbackAndHttpOnlyForLoopback() {
        assertTrue(ok("http://127.0.0.1:8080/hook", DEMO));
        assertTrue(ok("http://localhost:8080/hook", DEMO));
        assertTrue(ok("https://[::1]:8443/hook", DEMO));
        assertFalse(ok("https://169.254.169.254/", DEMO));
        CallbackUrls.Rules httpsOnly = new CallbackUrls.Rules(Set.of("*"), List.of(CallbackUrls.Cidr.parse("127.0.0.0/8")), false);
        assertFalse(ok("http://127.0.0.1/hook", httpsOnly));
        assertTrue(ok("https://127.0.0.1/hook", httpsOnly));
        CallbackUrls.Rules privateNet = new CallbackUrls.Rules(Set.of("*"), List.of(CallbackUrls.Cidr.parse("10.1.0.0/16")), true);
        assertTrue(ok("https://internal.example/", privateNet), "an allowed network lets a private address through");
        assertFalse(ok("http://internal.example/", privateNet), "http stays loopback-only");
    }

    @Test
    void cidrBlocksMatchByPrefix() {
        CallbackUrls.Cidr c = CallbackUrls.Cidr.parse("172.16.0.0/12");
        assertThrows(IllegalArgumentException.class, () -> CallbackUrls.Cidr.parse("example.org/8"));
        assertThrows(IllegalArgumentException.class, () -> CallbackUrls.Cidr.parse("10.0.0.0/33"));
        assertTrue(c.contains(addr("172.20.1.1")));
        assertFalse(c.contains(addr("172.32.0.0")));
        assertFalse(c.contains(addr("::1")));
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
