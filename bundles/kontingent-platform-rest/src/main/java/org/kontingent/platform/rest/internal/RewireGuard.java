package org.kontingent.platform.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;

/**
 * Holds API requests over the moment in which the JAX-RS whiteboard rebuilds its application.
 *
 * <p>Aries JAX-RS Whiteboard destroys and re-creates the whole CXF server of an application
 * whenever a resource or extension joins or leaves it — every plugin installation does that.
 * For those milliseconds CXF answers every request with a bare 404 "No service was found",
 * which a client must never see for an endpoint that exists before and after. This filter
 * recognises exactly that answer (404, text/html, CXF's text; a real 404 of the API is JSON)
 * and passes the request on again, for at most {@value #HOLD_MS} ms. The request body is
 * untouched by then: CXF refuses before it reads it. The same holds for the other face of that
 * moment, a request that finds the destination just as the server leaves it. Every other
 * answer goes through as it is, unbuffered.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=kontingent-rewire-guard",
        "osgi.http.whiteboard.filter.pattern=/api/*",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class RewireGuard implements Filter {
    static final long HOLD_MS = 3_000;
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final String NO_SERVICE = "No service was found";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HOLD_MS);
        while (true) {
            HeldNotFound attempt = new HeldNotFound(http);
            try {
                chain.doFilter(request, attempt);
            } catch (NullPointerException e) {
                if (!isDetachedDestination(e) || http.isCommitted() || System.nanoTime() > deadline) {
                    throw e;
                }
                http.reset();
                LockSupport.parkNanos(PAUSE_NANOS);
                continue;
            }
            if (!attempt.isNoService() || System.nanoTime() > deadline) {
                attempt.release();
                return;
            }
            http.reset();
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    /**
     * The other face of the same moment: CXF found the application's destination just as the
     * server detached from it, and fails before the request reaches any resource.
     */
    static boolean isDetachedDestination(NullPointerException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals("org.apache.cxf.transport.http.AbstractHTTPDestination")
                && e.getMessage() != null && e.getMessage().contains("incomingObserver");
    }

    /** Passes everything through, except that a 404's body is kept until it is known whose 404 it is. */
    static final class HeldNotFound extends HttpServletResponseWrapper {
        private final HttpServletResponse target;
        private ByteArrayOutputStream held;
        private PrintWriter heldWriter;

        HeldNotFound(HttpServletResponse target) {
            super(target);
            this.target = target;
        }

        @Override
        public void setStatus(int status) {
            hold(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status == 404) {
                hold(status);
                super.setStatus(status);
                if (message != null) {
                    held.write(message.getBytes(StandardCharsets.UTF_8));
                }
            } else {
                super.sendError(status, message);
            }
        }

        private void hold(int status) {
            if (status == 404 && held == null) {
                held = new ByteArrayOutputStream();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (held == null) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    held.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    held.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("a held 404 is written synchronously");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (held == null) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
            }
            return heldWriter;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            }
        }

        /** CXF's answer for an application that has no server at this moment. */
        boolean isNoService() {
            if (held == null) {
                return false;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            String type = getContentType();
            return (type == null || type.startsWith("text/html"))
                    && held.toString(StandardCharsets.UTF_8).contains(NO_SERVICE);
        }

        /** Writes a held 404 to the client as it was. */
        void release() throws IOException {
            if (held == null) {
                return;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            target.getOutputStream().write(held.toByteArray());
        }
    }
}
