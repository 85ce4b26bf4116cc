package fr.cpro.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's read path for 6 Go uploads ({@code cpro.upload.read-buffer}, 256 KiB; 0 keeps Tomcat's 8 KiB).
 * By default Tomcat reads the socket 8 KiB at a time: a 6 GiB body then costs some 800,000 reads and
 * as many wake-ups of the upload thread. A larger application read buffer lets one read take what the
 * kernel has queued: about 0.5 s less server CPU per GiB, and 30 to 40 % more throughput from Chromium
 * in bench/upload.sh (see bench/RESULTS.md). The price is heap: about twice this size per open
 * connection (Tomcat's socket buffer and its HTTP input buffer), 0.5 MiB each.
 */
@Configuration(proxyBeanMethods = false)
class UploadConnectorConfig {

    private static final Logger log = LoggerFactory.getLogger(UploadConnectorConfig.class);

    @Bean
    TomcatConnectorCustomizer uploadReadBuffer(@Value("${cpro.upload.read-buffer:256KB}") DataSize size) {
        return connector -> {
            if (size.toBytes() > 0) {
                connector.setProperty("socket.appReadBufSize", Long.toString(size.toBytes()));
                log.info("Tomcat socket.appReadBufSize = {} bytes", size.toBytes());
            }
        };
    }
}
