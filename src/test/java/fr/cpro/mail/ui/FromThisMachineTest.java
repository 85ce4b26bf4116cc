package fr.cpro.mail.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a request made on this machine, directly, may read the demo's mails. */
class FromThisMachineTest {

    private static MockHttpServletRequest from(String address) {
        var request = new MockHttpServletRequest("GET", "/demo/courriels");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void loopbackAddressesAreThisMachine() {
        assertThat(FromThisMachine.test(from("127.0.0.1"))).isTrue();
        assertThat(FromThisMachine.test(from("127.1.2.3"))).isTrue();
        assertThat(FromThisMachine.test(from("::1"))).isTrue();
        assertThat(FromThisMachine.test(from("0:0:0:0:0:0:0:1"))).isTrue();
    }

    @Test
    void anyOtherAddressIsNot() {
        assertThat(FromThisMachine.test(from("192.0.2.10"))).isFalse();
        assertThat(FromThisMachine.test(from("10.0.0.1"))).isFalse();
        assertThat(FromThisMachine.test(from("fd00::2"))).isFalse();
        assertThat(FromThisMachine.test(from("127.evil.example"))).isFalse();
        assertThat(FromThisMachine.test(from(null))).isFalse();
    }

    @Test
    void aRequestThatWentThroughAProxyIsNotLocalEvenFromLoopback() {
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP", "Via"}) {
            var request = from("127.0.0.1");
            request.addHeader(header, "203.0.113.7");
            assertThat(FromThisMachine.test(request)).as(header).isFalse();
        }
    }
}
