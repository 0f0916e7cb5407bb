package es.viogen.partners.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Metro's answer, kept in memory until it has been looked at. */
final class CapturedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int status = 200;
    private String contentType;
    private PrintWriter writer;
    private ServletOutputStream stream;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setContentLength(int len) {
        // the real length is set when the answer is written
    }

    @Override
    public void setContentLengthLong(long len) {
        // the real length is set when the answer is written
    }

    @Override
    public void setHeader(String name, String value) {
        if (!skipped(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!skipped(name, value)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.addIntHeader(name, value);
        }
    }

    /** Length and type are set when the answer is written. */
    private boolean skipped(String name, String value) {
        if ("content-type".equalsIgnoreCase(name)) {
            contentType = value;
            return true;
        }
        return "content-length".equalsIgnoreCase(name) || "transfer-encoding".equalsIgnoreCase(name);
    }

    @Override
    public void flushBuffer() {
        // nothing goes out before the answer was looked at
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        buffer.reset();
        status = 200;
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
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
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }
}
