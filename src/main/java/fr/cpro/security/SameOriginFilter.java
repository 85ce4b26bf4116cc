package fr.cpro.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Origin} header names
 * another site, before CSRF checking: browsers send {@code Origin} on every such request, so a
 * login POST from a page elsewhere is stopped even if a token ever leaked. Requests without the
 * header (non-browser clients) are left to the CSRF token.
 */
class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** The origin of {@code cpro.public-url}: behind a proxy the browser's origin is that one. */
    private final String publicOrigin;

    SameOriginFilter(String publicUrl) {
        this.publicOrigin = origin(URI.create(publicUrl));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !SAFE_METHODS.contains(request.getMethod()) && !isOwn(origin, request)) {
            // Written here, not through sendError: the error page would bounce it to the login view.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Requête refusée : elle ne vient pas de ce site.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        String given = origin.strip().toLowerCase(Locale.ROOT);
        // Scheme, host and port as Tomcat sees them (X-Forwarded-* only from trusted proxies).
        String served = origin(request.getScheme(), request.getServerName(), request.getServerPort());
        return given.equals(served) || given.equals(publicOrigin);
    }

    private static String origin(URI uri) {
        return origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
