package org.kontingent.web.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the web console at {@code /} through the HTTP Whiteboard: the files Vite built (inside
 * this bundle under {@code /web}), and {@code index.html} for every other path outside
 * {@code /api}, so that a link to {@code /persons/42} opened in a new tab or reloaded shows that
 * page (the console's router takes it from there). Everything under {@code /api} goes on to the
 * REST API untouched.
 *
 * <p>It is a filter in the whiteboard's default context rather than a servlet: the JAX-RS
 * whiteboard maps its servlet to {@code /*} in that context, which no servlet pattern for the
 * root ({@code ""} or {@code /}) can win against; a filter sees the request first.
 *
 * <p>Hashed files under {@code /assets/} never change and are cached for a year; index.html is
 * revalidated every time, so a new version of the console is taken at the next load. Every
 * answer forbids framing, MIME sniffing and any script that is not one of the console's own files.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=kontingent-web-console",
        "osgi.http.whiteboard.filter.pattern=/*"})
public class ConsoleFilter implements Filter {
    static final String ROOT = "/web";
    static final String INDEX = "/index.html";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=UTF-8"));

    private final Resources resources;

    public ConsoleFilter() {
        this(path -> ConsoleFilter.class.getResource(ROOT + path));
    }

    ConsoleFilter(Resources resources) {
        this.resources = resources;
    }

    /** Where the built files are read from: the bundle, or a test's map. */
    @FunctionalInterface
    interface Resources {
        URL find(String path);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = path(request);
        String method = request.getMethod();
        if (api(path) || !("GET".equals(method) || "HEAD".equals(method))) {
            chain.doFilter(req, res);
            return;
        }
        securityHeaders(response);
        Answer answer = answer(path);
        if (answer == null) {
            response.setHeader("Cache-Control", "no-cache");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        response.setHeader("Cache-Control", answer.cacheControl());
        if ("HEAD".equals(method)) {
            return;
        }
        try (InputStream in = answer.file().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** Whether a path belongs to the REST API (or the API description), which the console leaves alone. */
    static boolean api(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** What a path is answered with: a built file, the console's page for one of its routes, or nothing (404). */
    Answer answer(String path) {
        if (path.contains("..") || path.contains("\\") || path.contains("//")) {
            return null;
        }
        boolean asset = path.startsWith("/assets/");
        URL file = path.equals("/") || path.isEmpty() || path.endsWith("/") ? null : resources.find(path);
        if (file != null) {
            boolean index = path.equals(INDEX);
            return new Answer(file, contentType(path), asset ? "public, max-age=31536000, immutable" : index ? "no-cache" : "public, max-age=3600");
        }
        if (asset || path.lastIndexOf('/') == 0 && path.indexOf('.') > 0) {
            // a file that is not there (an asset, or a top-level file such as /robots.txt): never the
            // page in its place, so a stale reference fails visibly. Deeper paths are routes, whose
            // ids may hold dots (/reports/statistics.organizations-by-type).
            return null;
        }
        URL index = resources.find(INDEX);
        return index == null ? null : new Answer(index, TYPES.get("html"), "no-cache");
    }

    record Answer(URL file, String contentType, String cacheControl) {
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }
}
