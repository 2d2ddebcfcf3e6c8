package dev.restallow.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over one kept-alive socket per application, writing requests byte for byte as given
 * (java.net.http refuses malformed methods and raw non-ASCII paths). A fuzz run sends hundreds of
 * thousands of requests: a connection per request would exhaust the loopback's ephemeral ports.
 */
final class WireClient implements AutoCloseable {

    /** Requests sent by every client in this JVM, probes included, for the run's summary. */
    static final java.util.concurrent.atomic.AtomicLong SENT = new java.util.concurrent.atomic.AtomicLong();

    private final URI base;
    private Socket socket;
    private InputStream in;

    WireClient(URI base) {
        this.base = base;
    }

    /** One answer: status (-1 when the server closed without one), header lines in order, body as UTF-8. */
    record Answer(int status, List<String> headers, String body) {

        /** The values of a header, in order. */
        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            List<String> values = new ArrayList<>();
            for (String line : headers) {
                if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    values.add(line.substring(prefix.length()).trim());
                }
            }
            return values;
        }

        /** The first value of a header, or null. */
        String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return status + " " + headers + (shown.isEmpty() ? "" : " body: " + shown);
        }
    }

    Answer send(FuzzRequest request) {
        SENT.incrementAndGet();
        try {
            return exchange(request);
        } catch (IOException staleConnection) {
            // the server closed the kept-alive connection between two requests: once more on a new one
            disconnect();
            try {
                return exchange(request);
            } catch (IOException e) {
                disconnect();
                throw new IllegalStateException(request + " failed", e);
            }
        }
    }

    private Answer exchange(FuzzRequest request) throws IOException {
        if (socket == null) {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
        }
        String basePath = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(basePath).append(request.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        request.headerLines().forEach(line -> head.append(line).append("\r\n"));
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        if (request.body() != null) {
            // a server that answers before reading the body (a 404, 405, 415 or a pre-matching filter's answer) may
            // leave it in the stream, where it would prefix the next request
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        Answer answer = read(request.method().equals("HEAD"));
        String connection = answer.header("Connection");
        if (request.body() != null || connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            disconnect();
        }
        return answer;
    }

    private Answer read(boolean head) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("closed before the status line");
        }
        String[] statusParts = statusLine.split(" ");
        if (!statusLine.startsWith("HTTP/") || statusParts.length < 2 || !statusParts[1].matches("[0-9]{3}")) {
            disconnect();
            return new Answer(-1, List.of(), statusLine);
        }
        int status = Integer.parseInt(statusParts[1]);
        List<String> headers = new ArrayList<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            headers.add(line);
        }
        Answer answer = new Answer(status, headers, "");
        byte[] body;
        String transferEncoding = answer.header("Transfer-Encoding");
        String contentLength = answer.header("Content-Length");
        if (head || status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked();
        } else if (contentLength != null) {
            body = in.readNBytes(Integer.parseInt(contentLength.trim()));
        } else {
            body = in.readAllBytes();
            disconnect();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            if (sizeLine == null) {
                throw new IOException("closed inside a chunked body");
            }
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected, skipped
                }
                return all.toByteArray();
            }
            all.write(in.readNBytes(size));
            line();
        }
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
    }

    @Override
    public void close() {
        disconnect();
    }
}
