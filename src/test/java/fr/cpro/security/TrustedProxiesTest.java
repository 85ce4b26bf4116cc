package fr.cpro.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CPRO_TRUSTED_PROXIES as Tomcat's RemoteIpValve needs it: nobody by default, exactly what is listed otherwise. */
class TrustedProxiesTest {

    @Test
    void emptyTrustsNobody() {
        assertThat(TrustedProxies.toCidrs("")).isEmpty();
        assertThat(TrustedProxies.toCidrs(" , ")).isEmpty();
        assertThat(TrustedProxies.toCidrs(null)).isEmpty();
    }

    @Test
    void singleAddressesBecomeFullLengthBlocks() {
        assertThat(TrustedProxies.toCidrs("10.0.0.5, 172.16.0.0/12 ,fd00::7"))
                .isEqualTo("10.0.0.5/32,172.16.0.0/12,fd00::7/128");
    }

    @Test
    void aTypoStopsTheStartInsteadOfTrustingSomethingElse() {
        assertThatThrownBy(() -> TrustedProxies.toCidrs("10.0.0.300")).hasMessageContaining("CPRO_TRUSTED_PROXIES");
        assertThatThrownBy(() -> TrustedProxies.toCidrs("proxy.example")).hasMessageContaining("proxy.example");
    }

    @Test
    void theValveTrustsTheListedProxiesOnlyInsteadOfTomcatsPrivateRanges() {
        var factory = new TomcatServletWebServerFactory();
        var valve = new RemoteIpValve();
        factory.addEngineValves(valve);
        assertThat(valve.getInternalProxies()).as("Tomcat's default").contains("127");

        new TrustedProxies().trustedProxiesOnly("").customize(factory);
        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();

        new TrustedProxies().trustedProxiesOnly("192.0.2.10").customize(factory);
        assertThat(valve.getInternalProxies()).contains("192.0.2.10");
    }
}
