package fr.cpro.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The browser-hardening headers on every response, Vaadin's pages included: Spring
 * Security's header writer did not reach the pages that Vaadin renders (measured: /login
 * came without them while /styles.css had them). Links in mails carry tokens, so no
 * referrer leaves the site.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Nothing from another origin, no plug-ins, no framing. What Vaadin Flow 25.2 needs beyond
     * {@code 'self'}, measured in Chromium on every screen (ContentSecurityPolicyIT, each relaxation
     * removed in turn): without {@code 'unsafe-eval'} no view renders (Flow runs the JavaScript the
     * server sends through {@code Function}); without script {@code 'unsafe-inline'} the bootstrap
     * page's four inline scripts are refused; without style {@code 'unsafe-inline'} the bootstrap's
     * and the components' inline styles are; Lumo's fonts come as {@code data:}. Images needed nothing.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self'",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** One year, as HSTS preload lists ask; only sent over HTTPS, where it means something. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** Versioned or public files that may be cached; everything else may show a signed-in page or a token. */
    private static final List<String> CACHEABLE = List.of("/VAADIN/", "/lumo/", "/styles.css", "/images/",
            "/icons/", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        // isSecure() follows X-Forwarded-Proto from trusted proxies only (TrustedProxies).
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CACHEABLE.stream().noneMatch(path::startsWith)) {
            // Vaadin's pages carry the session's CSRF token and, once signed in, the user's data:
            // neither the browser's back-forward cache nor a shared proxy may keep them.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
