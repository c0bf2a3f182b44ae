package org.kontingent.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.itests.Http.Answer;
import org.kontingent.registry.api.extension.ExtensionData;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/** Inside the container: what the extension tests ask of the platform, and how they send it data. */
final class Extensions {
    private Extensions() {
    }

    /** Whether an education-level extension of that id takes data now. */
    static boolean served(BundleContext context, String id) {
        try {
            for (ServiceReference<ExtensionData> reference : context.getServiceReferences(ExtensionData.class, null)) {
                ExtensionData service = context.getService(reference);
                try {
                    if (service != null && service.id().equals(id)) {
                        return true;
                    }
                } finally {
                    context.ungetService(reference);
                }
            }
            return false;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes a JSON package as a data provider; its id. */
    static long push(Http system, String json) {
        Answer sent = system.post("/api/v1/gateway/packages", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(sent.body().toString(), 202, sent.status());
        return sent.body().path("id").asLong();
    }

    /** The error codes of a package's report, in order. */
    static List<Integer> codes(JsonNode report) {
        List<Integer> codes = new ArrayList<>();
        report.path("errors").forEach(e -> codes.add(e.path("code").asInt()));
        return codes;
    }

    /** The report catalogue as JSON text. */
    static String catalogue(Http http) {
        return http.get("/api/v1/reports").body().toString();
    }
}
