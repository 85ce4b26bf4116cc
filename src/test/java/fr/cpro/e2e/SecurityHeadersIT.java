package fr.cpro.e2e;

import fr.cpro.CproTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser gets from the real server, before any script runs. */
@CproTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    private static final String DEMO_SCHOOL = "0759999L";
    private static final String DEMO_PASSWORD = "cpro-demo-2026";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Every route of the application, with a made-up value for each route parameter. */
    private static final List<String> SIGNED_IN_PAGES = List.of("/", "/espace-personnel", "/mon-etablissement",
            "/abonnement", "/assistance", "/assistance/tickets", "/assistance/nouveau-ticket",
            "/assistance/tickets/T-000000");
    private static final List<String> PUBLIC_PAGES = List.of("/login", "/mot-de-passe-oublie",
            "/activation/jeton-inconnu", "/nouveau-mot-de-passe/jeton-inconnu", "/confirmation-email/jeton-inconnu",
            "/demo/courriels");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** A client with its own cookies that never follows redirects, so each answer is seen as sent. */
    private final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            var request = HttpRequest.newBuilder(uri(path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of this client's session, as the login page gives it to the login form. */
        String csrfToken() throws Exception {
            var matcher = CSRF.matcher(get("/login").body());
            assertThat(matcher.find()).as("the login page carries the CSRF token").isTrue();
            return matcher.group(1);
        }

        HttpResponse<String> postLogin(Map<String, String> fields, String... headers) throws Exception {
            String form = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String login, String password, String... headers) throws Exception {
            var fields = new LinkedHashMap<String, String>();
            fields.put("username", login);
            fields.put("password", password);
            fields.put("_csrf", csrfToken());
            return postLogin(fields, headers);
        }

        boolean isSignedIn() throws Exception {
            return get("/espace-personnel").statusCode() == 200;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertHardened(HttpResponse<String> response) {
        String path = response.uri().getPath();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                        "base-uri 'self'", "form-action 'self'").doesNotContain("*", "http:", "https:"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        // Plain HTTP: no HSTS (it would mean nothing, and a forged X-Forwarded-Proto is not trusted).
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }

    @Test
    void theLoginPageIsServedWithHardeningHeadersAndASafeCookie() throws Exception {
        var response = new Client().get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertHardened(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void everyRouteSignedOutIsHardenedAndTheProtectedOnesSendToTheLoginPage() throws Exception {
        var client = new Client();
        for (String path : PUBLIC_PAGES) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertHardened(response);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        for (String path : SIGNED_IN_PAGES) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("http://localhost:" + port + "/login");
            assertHardened(response);
        }
        for (String path : List.of("/styles.css", "/actuator/health", "/assistance/pieces-jointes/1")) {
            assertHardened(client.get(path));
        }
    }

    @Test
    void everyRouteSignedInIsHardenedAndNeverCached() throws Exception {
        var client = new Client();
        assertThat(client.signIn(DEMO_SCHOOL, DEMO_PASSWORD).statusCode()).isEqualTo(302);
        for (String path : SIGNED_IN_PAGES) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertHardened(response);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void anAddressThatIsNoPageIsAnsweredPageNotFoundWith404() throws Exception {
        var client = new Client();
        client.signIn(DEMO_SCHOOL, DEMO_PASSWORD);
        for (String path : List.of("/page-inexistante", "/assistance/inconnu", "/abonnement/en/trop")) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertHardened(response);
        }
    }

    @Test
    void anAttachmentIdThatIsNoNumberIsAnsweredLikeAMissingFile() throws Exception {
        var client = new Client();
        client.signIn(DEMO_SCHOOL, DEMO_PASSWORD);
        var missing = client.get("/assistance/pieces-jointes/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("Fichier introuvable");
        for (String id : List.of("abc", "1e3", "%20")) {
            var response = client.get("/assistance/pieces-jointes/" + id);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(response.body()).as(id).isEqualTo("Fichier introuvable");
            assertHardened(response);
        }
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        var client = new Client();
        client.get("/login");
        var response = client.postLogin(Map.of("username", DEMO_SCHOOL, "password", DEMO_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotEndWith(":" + port + "/"));
        assertThat(client.isSignedIn()).isFalse();
    }

    @Test
    void aLoginPostFromAnotherSiteIsRefusedEvenWithAToken() throws Exception {
        var client = new Client();
        var response = client.signIn(DEMO_SCHOOL, DEMO_PASSWORD, "Origin", "http://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.isSignedIn()).isFalse();
    }

    @Test
    void theLoginFormsOwnPostSignsIn() throws Exception {
        var client = new Client();
        var response = client.signIn(DEMO_SCHOOL, DEMO_PASSWORD, "Origin", "http://localhost:" + port);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        assertThat(client.isSignedIn()).isTrue();
    }

    @Test
    void aForgedXForwardedForFromAnUntrustedAddressIsNotWhatTheAuditTrailKeeps() throws Exception {
        String login = "forged-" + System.nanoTime() + "@example.org";
        var response = new Client().signIn(login, "not-the-password", "X-Forwarded-For", "203.0.113.7");
        assertThat(response.statusCode()).isEqualTo(302);
        List<String> addresses = jdbc.queryForList(
                "SELECT client_address FROM audit_event WHERE login = ? AND event_type = 'SIGN_IN_FAILURE'",
                String.class, login);
        assertThat(addresses).hasSize(1).first().isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aForgedHostOrSchemeChangesNeitherTheLoginRedirectNorHstsNorTheCookie() throws Exception {
        var response = new Client().get("/espace-personnel", "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        // No trusted proxy by default (CPRO_TRUSTED_PROXIES): the request stays plain HTTP for Tomcat.
        var login = new Client().get("/login", "X-Forwarded-Proto", "https");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void healthIsOpenAndReportsTheDatabase() throws Exception {
        var response = new Client().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
    }
}
