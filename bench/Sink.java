import com.sun.net.httpserver.HttpServer;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of bench/upload.sh: the least a server can do with an upload. It writes the
 * request body to a file on the same disk as the app's storage, with the same 64 KiB buffer,
 * and does nothing else (no framework, no hashing, no type detection).
 * Usage: java bench/Sink.java PORT DIRECTORY
 */
public class Sink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            long total = 0;
            try (InputStream in = exchange.getRequestBody();
                 OutputStream out = Files.newOutputStream(dir.resolve("upload.bin"))) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    out.write(buffer, 0, n);
                    total += n;
                }
            }
            byte[] answer = (total + "\n").getBytes();
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        });
        server.start();
        System.out.println("sink listening on " + port);
    }
}
