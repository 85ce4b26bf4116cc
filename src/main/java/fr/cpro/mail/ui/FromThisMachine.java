package fr.cpro.mail.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * Whether a request comes straight from the machine the demo runs on. The demo's mailbox shows
 * live activation and reset links: reachable from elsewhere, it would hand any account to whoever
 * asks a reset. Tomcat's remote address is the socket's (forwarded headers are honoured only from
 * configured proxies), and a request that went through a proxy at all is refused, because a proxy
 * on this machine would make every visitor look local.
 */
final class FromThisMachine {

    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For",
            "X-Forwarded-Host", "X-Real-IP", "Via");

    private FromThisMachine() {
    }

    /** The request Vaadin is serving now; none (or not HTTP) counts as not local. */
    static boolean currentRequest() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet
                && test(servlet.getHttpServletRequest());
    }

    static boolean test(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr())
                && FORWARDING_HEADERS.stream().allMatch(h -> request.getHeader(h) == null);
    }

    /** 127.0.0.0/8 and ::1, read from the literal: no name lookup. */
    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        return a.startsWith("127.") && a.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                || a.equals("::1") || a.equals("0:0:0:0:0:0:0:1") || a.equalsIgnoreCase("::ffff:127.0.0.1");
    }
}
