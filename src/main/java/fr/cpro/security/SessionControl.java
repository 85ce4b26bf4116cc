package fr.cpro.security;

import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions of the signed-in accounts: signs a user in after activation, and
 * signs an account out everywhere after a password change or reset. Both follow events that
 * the account services publish ({@link SignInRequested}, {@link PasswordReplaced}), and happen
 * only after the transaction that decided them has committed.
 *
 * <p>Spring Security's {@link SessionRegistry} says which session ids belong to an account;
 * this listener keeps the live {@link HttpSession} of each id, so a session is invalidated at
 * once rather than merely flagged: the other browser finds itself on the login page at its
 * next request, Vaadin requests included.
 */
@Component
public class SessionControl implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SessionControl.class);

    private final SessionRegistry registry;
    private final DeviceCookies devices;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionControl(SessionRegistry registry, DeviceCookies devices) {
        this.registry = registry;
        this.devices = devices;
    }

    /** A password was replaced and the change committed: the account's other sessions end. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PasswordReplaced replaced) {
        signOut(replaced.accountId(), replaced.keepSessionId());
    }

    /** A service signed this user in and its transaction committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SignInRequested requested) {
        signIn(requested.principal());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    /**
     * Signs this account out of every session but {@code keep} (none: all of them).
     *
     * @return how many sessions were ended
     */
    int signOut(long accountId, String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof CproPrincipal user) || user.accountId() != accountId) {
                continue;
            }
            for (SessionInformation info : registry.getAllSessions(principal, false)) {
                if (info.getSessionId().equals(keep)) {
                    continue;
                }
                info.expireNow();
                HttpSession session = live.remove(info.getSessionId());
                if (session != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // ended meanwhile: nothing left to do
                    }
                }
                registry.removeSessionInformation(info.getSessionId());
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Signed out {} session(s) of account {}", ended, accountId);
        }
        return ended;
    }

    /**
     * Signs this user in within the current request, as the login form would: a new session
     * id (no fixation), the security context kept in the session, the session registered, and
     * the browser given the account's device cookie.
     */
    void signIn(CproPrincipal principal) {
        CproPrincipal kept = principal.withoutPassword();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(kept, null, kept.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        Optional<HttpServletRequest> request = ClientRequest.current();
        var response = VaadinServletResponse.getCurrent();
        if (request.isEmpty() || response == null) {
            return; // no HTTP request (a test): the thread's context is all there is
        }
        HttpServletRequest http = request.get();
        String sessionId = http.getSession(true).getId();
        try {
            sessionId = http.changeSessionId();
        } catch (UnsupportedOperationException mockRequest) {
            // Every servlet container changes ids (Servlet 3.1); only the browserless tests'
            // mock request cannot, and there is no cookie to steal there.
            log.debug("Session id not changed: {}", mockRequest.getMessage());
        }
        contexts.saveContext(context, http, response.getHttpServletResponse());
        registry.registerNewSession(sessionId, kept);
        devices.issue(http, response.getHttpServletResponse(), kept.login());
    }
}
