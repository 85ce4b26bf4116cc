package fr.cpro.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** HSTS only over HTTPS; pages never cached, Vaadin's versioned files left to their own rules. */
class SecurityHeadersFilterTest {

    private static MockHttpServletResponse serve(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void overHttpsThePageAsksForHttpsFromNowOn() throws Exception {
        var request = new MockHttpServletRequest("GET", "/assistance");
        request.setSecure(true);
        var response = serve(request);
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void overPlainHttpThereIsNoHsts() throws Exception {
        var response = serve(new MockHttpServletRequest("GET", "/assistance"));
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void versionedFilesMayBeCachedButPagesMayNot() throws Exception {
        assertThat(serve(new MockHttpServletRequest("GET", "/VAADIN/build/indexhtml-1.js")).getHeader("Cache-Control"))
                .isNull();
        assertThat(serve(new MockHttpServletRequest("GET", "/login")).getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
