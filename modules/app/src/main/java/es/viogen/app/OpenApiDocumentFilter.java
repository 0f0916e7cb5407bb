package es.viogen.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The served OpenAPI document as OpenAPI 3 allows it: the runtime adds a top-level {@code endpoints} key that the
 * specification does not have (validators refuse it) and serves the YAML as {@code text/plain}. This filter drops the
 * key and names the media type ({@code application/yaml}, or {@code application/json} for {@code ?format=JSON}).
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiDocumentFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        String body = buffered.text();
        if (response.getStatus() != 200 || body.isEmpty()) {
            response.getOutputStream().write(buffered.bytes());
            return;
        }
        boolean json = body.stripLeading().startsWith("{");
        String out = json ? withoutEndpoints(body) : withoutEndpointsYaml(body);
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        response.setContentType((json ? "application/json" : "application/yaml") + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String withoutEndpoints(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject doc = r.readObject();
            JsonObjectBuilder b = Json.createObjectBuilder(doc);
            b.remove("endpoints");
            return b.build().toString();
        } catch (RuntimeException e) {
            return json;
        }
    }

    /** Drops the top-level {@code endpoints:} block (up to the next top-level key). */
    static String withoutEndpointsYaml(String yaml) {
        List<String> out = new ArrayList<>();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")
                    && !line.startsWith("#");
            if (topLevel) {
                skipping = line.startsWith("endpoints:");
            }
            if (!skipping) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /** Keeps what the document servlet writes, to rewrite it. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // written at once
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(buffer, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set once rewritten
        }

        @Override
        public void setContentLengthLong(long len) {
            // set once rewritten
        }

        @Override
        public void flushBuffer() {
            // written once rewritten
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }
}
