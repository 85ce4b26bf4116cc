package fr.cpro.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;

/**
 * S3-compatible object storage of attachments ({@code cpro.s3.*}), used when {@code cpro.storage.type=s3}.
 *
 * @param endpoint  the server's address (MinIO, Ceph, Garage, s3proxy, an S3 offer); empty for AWS itself
 * @param bucket    the bucket, which must exist and hold nothing but attachments (the sweep removes
 *                  any object that no attachment names)
 * @param region    the region the requests are signed for (S3-compatible servers usually accept any)
 * @param accessKey the access key; empty: the SDK's default chain (environment, profile, instance role)
 * @param secretKey the secret key that goes with it
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: what most
 *                  S3-compatible servers expect
 * @param partSize  the size of an upload's parts, held in memory twice per upload in progress (one
 *                  filling, one sending); 8 MB puts a 6 GB file in 716 parts, S3 allows 10,000 of
 *                  at least 5 MiB
 */
@ConfigurationProperties("cpro.s3")
public record S3Properties(
        URI endpoint,
        String bucket,
        @DefaultValue("us-east-1") String region,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle,
        @DefaultValue("8MB") DataSize partSize) {

    /** S3's smallest part (except the last one). */
    static final long MIN_PART = 5L * 1024 * 1024;
    /** Kept in a Java array. */
    static final long MAX_PART = 512L * 1024 * 1024;

    public S3Properties {
        if (partSize.toBytes() < MIN_PART || partSize.toBytes() > MAX_PART) {
            throw new IllegalArgumentException("cpro.s3.part-size must be between 5MB and 512MB");
        }
    }

    boolean hasCredentials() {
        return accessKey != null && !accessKey.isBlank();
    }
}
