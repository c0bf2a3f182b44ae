package org.kontingent.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;

class SchemaResourceTest {
    private final SchemaResource resource = new SchemaResource();
    private final ExtensionData museum = new Museum(getClass().getResource("/schema/visit.schema.json"));

    @Test
    void listsTheExchangeModelAndTheEntitiesOfTheExtensionsInstalledNow() {
        assertEquals(List.of(), resource.list().extensions());
        resource.addExtension(museum);
        SchemaResource.Schemas schemas = resource.list();
        assertEquals(URI.create("/api/v1/gateway/schemas/exchange-1.0.schema.json"), schemas.exchange());
        assertEquals(URI.create("/api/v1/gateway/schemas/exchange-1.0.xsd"), schemas.exchangeXsd());
        assertEquals(List.of(new SchemaResource.ExtensionView("museum", List.of(new SchemaResource.EntityView("visit",
                URI.create("/api/v1/gateway/schemas/extensions/museum/visit"))))), schemas.extensions());
        resource.removeExtension(museum);
        assertEquals(List.of(), resource.list().extensions());
    }

    @Test
    void servesTheExchangeModelsSchemasFromTheConnectorApi() {
        String json = body(resource.exchange("exchange-1.0.schema.json"));
        assertTrue(json.contains("\"persons\""), json);
        String xsd = body(resource.exchange("exchange-1.0.xsd"));
        assertTrue(xsd.contains("<xs:schema"), xsd);
        ApiException unknown = assertThrows(ApiException.class, () -> resource.exchange("exchange-0.9.xsd"));
        assertEquals(404, unknown.status());
    }

    @Test
    void servesAnInstalledExtensionsEntitySchemaAndNamesWhatIsNot() {
        resource.addExtension(museum);
        assertTrue(body(resource.extension("museum", "visit")).contains("urn:kontingent:extension:museum:visit"));
        ApiException entity = assertThrows(ApiException.class, () -> resource.extension("museum", "ticket"));
        assertEquals(404, entity.status());
        assertTrue(entity.getMessage().contains("takes visit, not ticket"), entity.getMessage());
        ApiException extension = assertThrows(ApiException.class, () -> resource.extension("vocational", "programme"));
        assertTrue(extension.getMessage().contains("vocational is not installed; installed: museum"), extension.getMessage());
    }

    private static String body(javax.ws.rs.core.Response response) {
        assertEquals(200, response.getStatus());
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    private record Museum(URL schema) implements ExtensionData {
        @Override
        public String id() {
            return "museum";
        }

        @Override
        public Map<String, URL> entities() {
            return Map.of("visit", schema);
        }

        @Override
        public Written write(Connection connection, ExtensionEntry entry) {
            throw new UnsupportedOperationException("not written in this test");
        }
    }
}
