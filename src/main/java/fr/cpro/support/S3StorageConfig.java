package fr.cpro.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.time.Duration;

/** The S3 storage of attachments, when {@code cpro.storage.type=s3} ({@code CPRO_STORAGE=s3}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cpro.storage.type", havingValue = "s3")
class S3StorageConfig {

    /**
     * The SDK's synchronous client. Checksums only where the API requires them: since SDK 2.30 the
     * defaults add CRC trailers that many S3-compatible servers refuse.
     */
    static S3Client client(S3Properties properties) {
        AwsCredentialsProvider credentials = properties.hasCredentials()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(properties.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder()
                        // Each upload in progress sends one part at a time, each download holds one connection.
                        .maxConnections(200)
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)));
        if (properties.endpoint() != null && !properties.endpoint().toString().isBlank()) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Client attachmentsS3Client(S3Properties properties) {
        if (properties.bucket() == null || properties.bucket().isBlank()) {
            throw new IllegalStateException("CPRO_STORAGE=s3 needs CPRO_S3_BUCKET (cpro.s3.bucket)");
        }
        return client(properties);
    }

    @Bean(destroyMethod = "close")
    S3AttachmentStorage s3AttachmentStorage(S3Client attachmentsS3Client, S3Properties properties, Clock clock) {
        return new S3AttachmentStorage(attachmentsS3Client, properties.bucket(), (int) properties.partSize().toBytes(),
                clock);
    }
}
