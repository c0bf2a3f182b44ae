package org.kontingent.connector.support.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.pull.PullContext;

class PullSettingsTest {

    @Test
    void anAddressLosesItsTrailingSlashes() {
        PullContext context = new PullContext("acme-1", Map.of("url", " https://api.example.org/v2// "));
        assertEquals(URI.create("https://api.example.org/v2"), PullSettings.httpAddress(context, "url"));
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedByName() {
        PullContext context = new PullContext("acme-1", Map.of("url", "ftp://example.org"));
        assertEquals("The pull setting 'url' of provider acme-1 is not an http(s) address: ftp://example.org",
                assertThrows(IllegalArgumentException.class, () -> PullSettings.httpAddress(context, "url")).getMessage());
        PullContext broken = new PullContext("acme-1", Map.of("url", "http://exa mple"));
        assertEquals("The pull setting 'url' of provider acme-1 is not an address: http://exa mple",
                assertThrows(IllegalArgumentException.class, () -> PullSettings.httpAddress(broken, "url")).getMessage());
    }

    @Test
    void idsAreListedByCommasAndChecked() {
        PullContext context = new PullContext("acme-1", Map.of("schools", " 1001, ,1002 ", "bad", "1001,x7"));
        assertEquals(List.of("1001", "1002"), PullSettings.ids(context, "schools", id -> id.matches("\\d+"), "an id"));
        assertEquals("The pull setting 'bad' of provider acme-1 lists 'x7', which is not an Acme school id (digits)",
                assertThrows(IllegalArgumentException.class,
                        () -> PullSettings.ids(context, "bad", id -> id.matches("\\d+"), "an Acme school id (digits)"))
                        .getMessage());
    }
}
