package dev.restallow.apps.oracle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request over a plain socket with {@code Connection: close}: any method token (java.net.http
 * refuses some), an optional body, and the whole answer read back.
 */
public final class RawExchange {

    private RawExchange() {
    }

    /** One answer: status (-1 when the server closed without one), header lines as sent, body bytes decoded. */
    public record Answer(int status, List<String> headers, String body) {

        /** Every value of a header, in the order sent. */
        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            List<String> values = new ArrayList<>();
            for (String line : headers) {
                if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    values.add(line.substring(prefix.length()).trim());
                }
            }
            return values;
        }

        /** The header's values joined by ", " (several lines included), or null. */
        public String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : String.join(", ", values);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    /**
     * @param base the application's base URI, ending with '/'
     * @param relativePath appended to the base path as given
     * @param headers name, value, name, value, ...
     * @param body null for none
     */
    public static Answer send(URI base, String method, String relativePath, String body, String... headers) {
        String basePath = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(basePath).append(relativePath).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (content != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (content != null) {
                out.write(content);
            }
            out.flush();
            return parse(readAll(socket.getInputStream()), "HEAD".equals(method));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + relativePath + " failed", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException endOfAnswer) {
            // a reset after the answer, or a server that keeps the connection open
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes, boolean head) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(-1, List.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = List.of(lines).subList(1, lines.length);
        if (head) {
            return new Answer(status, headers, "");
        }
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        String transferEncoding = new Answer(status, headers, "").header("Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = crlf(chunked, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int crlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
