package fr.cpro.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users reach CPRO STI, for the links in mails ({@code cpro.public-url},
 * {@code CPRO_PUBLIC_URL}; by default this machine on the server's port).
 *
 * @param publicUrl e.g. {@code https://sti.cpro.fr}
 */
@ConfigurationProperties("cpro")
public record PublicSite(@DefaultValue("http://localhost:8080") String publicUrl) {

    /** The absolute address of a route, e.g. {@code link("activation/abc")}. */
    public String link(String route) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}
