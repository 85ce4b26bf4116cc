package fr.cpro.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.cpro.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Spring Security for the Vaadin views: form login on {@link LoginView}, every view and
 * service guarded by its role annotation, health open to the orchestrator.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; not JSR-250, whose class-level annotations on views would proxy them
class SecurityConfig {

    /** bcrypt today, behind {@code {id}} prefixes so the hash can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, DeviceCookies devices, AuditLog audit) {
        return new ProviderManager(new LoginAuthenticationProvider(users, encoder, throttle, devices, audit));
    }

    /** Which sessions belong to which account, so a password change can end the others. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, DeviceCookies devices,
                                            RequestUtil vaadinRequests,
                                            @Value("${cpro.public-url}") String publicUrl) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll()
                // Attachment downloads (a Spring MVC controller, not a view): Vaadin 25 denies non-Vaadin
                // paths by default. Signed-in users only; the service checks the school owns the ticket.
                .requestMatchers("/assistance/pieces-jointes/**").authenticated());
        // A new session id at sign-in (no fixation); every session registered, with no limit
        // on how many, so that a password change or reset can end them server-side. After each
        // sign-in, the browser gets this account's device cookie (with the response in hand).
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(devices)
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry));
        // Links in mails carry single-use tokens: never leak them to another site.
        http.headers(headers -> headers.referrerPolicy(policy -> policy.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin's configurer exempts the login view's path from CSRF (its form once posted no token),
        // which let any site sign a victim's browser into another account. The LoginForm now sends
        // the page's _csrf token, so only Vaadin's own requests (which carry Vaadin's token) are exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Belt and braces: a state-changing request announced by the browser as coming from another site.
        http.addFilterBefore(new SameOriginFilter(publicUrl), CsrfFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // Vaadin denies any other path (an empty 403); signed in, the user gets Vaadin's
                // "Page introuvable" with 404 instead (fr.cpro.base.ui.NotFoundStatus).
                .anyRequest(other -> other.authenticated())).build();
    }
}
