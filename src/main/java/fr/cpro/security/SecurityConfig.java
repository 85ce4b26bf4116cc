package fr.cpro.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.cpro.security.ui.LoginView;
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
import org.springframework.security.web.SecurityFilterChain;

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
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
        return new ProviderManager(new LoginAuthenticationProvider(users, encoder));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll()
                // Attachment downloads (a Spring MVC controller, not a view): Vaadin 25 denies non-Vaadin
                // paths by default. Signed-in users only; the service checks the school owns the ticket.
                .requestMatchers("/assistance/pieces-jointes/**").authenticated());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
