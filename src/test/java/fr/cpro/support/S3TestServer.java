package fr.cpro.support;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * One S3-compatible server (s3proxy, file-system backend) for the Spring tests that run the application
 * on S3, started once per test JVM with its bucket; the storage unit tests use s3proxy's JUnit extension.
 */
final class S3TestServer {

    static final String BUCKET = "cpro-app-test";
    static final String ACCESS = "cpro-app-access";
    static final String SECRET = "cpro-app-secret";

    private static URI endpoint;

    private S3TestServer() {
    }

    static synchronized URI endpoint() {
        if (endpoint == null) {
            try {
                Path dir = Files.createTempDirectory("cpro-s3proxy");
                var properties = new Properties();
                properties.setProperty("jclouds.filesystem.basedir", dir.toString());
                properties.setProperty("jclouds.identity", ACCESS);
                properties.setProperty("jclouds.credential", SECRET);
                S3Proxy proxy = S3Proxy.builder()
                        .blobStore(BlobStores.create("filesystem", properties))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .build();
                proxy.start();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
                while (!"STARTED".equals(proxy.getState())) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
                    }
                    Thread.onSpinWait();
                }
                URI uri = URI.create("http://127.0.0.1:" + proxy.getPort());
                try (var client = S3StorageConfig.client(new S3Properties(uri, BUCKET, "us-east-1", ACCESS, SECRET, true,
                        DataSize.ofMegabytes(8)))) {
                    client.createBucket(b -> b.bucket(BUCKET));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        proxy.stop();
                    } catch (Exception e) {
                        // The JVM is ending anyway.
                    }
                }));
                endpoint = uri;
            } catch (Exception e) {
                throw new IllegalStateException("could not start s3proxy", e);
            }
        }
        return endpoint;
    }

    /** The application's settings for this server: {@code CPRO_STORAGE=s3} and the rest. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("cpro.storage.type", () -> "s3");
        registry.add("cpro.s3.endpoint", () -> endpoint().toString());
        registry.add("cpro.s3.bucket", () -> BUCKET);
        registry.add("cpro.s3.access-key", () -> ACCESS);
        registry.add("cpro.s3.secret-key", () -> SECRET);
    }
}
