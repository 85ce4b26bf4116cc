package fr.cpro.security;

import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which reverse proxies may tell the client's address, scheme and host ({@code X-Forwarded-For},
 * {@code -Proto}, {@code -Host}): exactly the addresses of {@code cpro.trusted-proxies}
 * ({@code CPRO_TRUSTED_PROXIES}, IPs or CIDR blocks, comma-separated), none by default.
 * Tomcat's own default trusts every private and loopback address, so anyone on the same host
 * or network could forge the address the throttle and the audit trail see, or the host of the
 * login redirect.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesOnly(
            @Value("${cpro.trusted-proxies:}") String setting) {
        String cidrs = toCidrs(setting);
        return new Customizer(cidrs);
    }

    /**
     * The setting as Tomcat's {@code RemoteIpValve} reads a CIDR list (it takes a value without
     * '/' for a regular expression, so single addresses get their full-length mask); empty for none.
     *
     * @throws IllegalArgumentException on an entry that is not an IP address or CIDR block
     */
    static String toCidrs(String setting) {
        List<String> entries = Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::strip).filter(e -> !e.isEmpty())
                .map(e -> e.contains("/") ? e : e + (e.contains(":") ? "/128" : "/32"))
                .toList();
        for (String entry : entries) {
            try {
                new NetMask(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CPRO_TRUSTED_PROXIES: '" + entry
                        + "' is not an IP address or CIDR block (e.g. 10.0.0.5 or 172.16.0.0/12)", e);
            }
        }
        return entries.stream().collect(Collectors.joining(","));
    }

    /** Runs after Boot's own customizer, which creates the valve from server.forward-headers-strategy. */
    private record Customizer(String cidrs) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            for (Valve valve : factory.getEngineValves()) {
                if (valve instanceof RemoteIpValve remoteIp) {
                    remoteIp.setInternalProxies(cidrs);
                    remoteIp.setTrustedProxies(null);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
