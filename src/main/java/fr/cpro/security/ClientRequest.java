package fr.cpro.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The HTTP request being served, from a Vaadin view or a plain servlet request alike.
 * Behind a reverse proxy the address is the real client's: {@code server.forward-headers-strategy=native}
 * lets Tomcat read X-Forwarded-For from trusted proxies only.
 */
public final class ClientRequest {

    private ClientRequest() {
    }

    /** The request of this thread, if it serves one. */
    public static Optional<HttpServletRequest> current() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin instanceof VaadinServletRequest servlet) {
            return Optional.of(servlet.getHttpServletRequest());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }

    /** The client's IP address. */
    public static Optional<String> address() {
        return current().map(HttpServletRequest::getRemoteAddr);
    }

    /** The id of the current HTTP session, without creating one. */
    public static Optional<String> sessionId() {
        return current().map(r -> r.getSession(false)).map(s -> s.getId());
    }
}
