package es.viogen.partners.boundary;

import es.viogen.partners.control.CallbackUrls;
import es.viogen.platform.api.RuntimeMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The configured callback rules ({@link CallbackUrls}):
 * <ul>
 *   <li>{@code viogen.partners.callback.allowed-hosts}: comma-separated host patterns ({@code juzgado.example},
 *       {@code *.justicia.example}, {@code *} for any public host). Production default: none (no subscription is
 *       accepted until the installation names its partners' hosts). Demo default: {@code localhost,127.0.0.1,[::1]};</li>
 *   <li>{@code viogen.partners.callback.allowed-networks}: CIDR blocks accepted although not public. Production
 *       default: none. Demo default: {@code 127.0.0.0/8,::1/128} (loopback);</li>
 *   <li>{@code viogen.partners.callback.http-loopback}: plain http for hosts that resolve only to loopback
 *       addresses. Default: true in demo, false in production.</li>
 * </ul>
 */
@ApplicationScoped
public class CallbackPolicy {

    @Inject
    RuntimeMode mode;

    @Inject
    @ConfigProperty(name = "viogen.partners.callback.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "viogen.partners.callback.allowed-networks")
    Optional<String> allowedNetworks;

    @Inject
    @ConfigProperty(name = "viogen.partners.callback.http-loopback")
    Optional<Boolean> httpLoopback;

    private CallbackUrls.Rules rules;

    @PostConstruct
    void init() {
        boolean demo = mode.isDemo();
        List<String> hosts = CallbackUrls.list(allowedHosts.orElse(demo ? "localhost,127.0.0.1,[::1]" : ""));
        List<CallbackUrls.Cidr> networks = CallbackUrls.list(allowedNetworks.orElse(demo ? "127.0.0.0/8,::1/128" : ""))
                .stream().map(CallbackUrls.Cidr::parse).toList();
        rules = new CallbackUrls.Rules(new LinkedHashSet<>(hosts), networks, httpLoopback.orElse(demo));
    }

    /** Checks the URL and the addresses its host resolves to now. */
    public CallbackUrls.Verdict check(String url) {
        return CallbackUrls.check(url, rules, InetAddress::getAllByName);
    }
}
