package org.kontingent.connector.support.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WatermarksTest {

    @Test
    void pairsAreWrittenInOrderAndReadBack() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("since", LocalDateTime.of(2026, 9, 1, 0, 0));
        pairs.put("school", "1001");
        pairs.put("after", null);
        String text = Watermarks.text(pairs);

        assertEquals("since=2026-09-01T00:00;school=1001", text);
        Watermarks read = Watermarks.parse("Acme", text);
        assertEquals(LocalDateTime.of(2026, 9, 1, 0, 0), read.time("since"));
        assertEquals("1001", read.get("school"));
        assertNull(read.get("after"));
        assertNull(read.time("until"));
        assertEquals("0", read.get("page", "0"));
    }

    @Test
    void aWatermarkThatIsNotPairsOrHasAnOddTimeIsRefusedByName() {
        assertEquals("The Acme watermark 'since' is not name=value pairs",
                assertThrows(IllegalArgumentException.class, () -> Watermarks.parse("Acme", "since")).getMessage());
        assertEquals("The Acme watermark 'since=yesterday' has a time that is not ISO: yesterday",
                assertThrows(IllegalArgumentException.class, () -> Watermarks.parse("Acme", "since=yesterday").time("since"))
                        .getMessage());
        assertEquals("The Acme watermark 'a=b' has no since", Watermarks.parse("Acme", "a=b").unreadable("has no since")
                .getMessage());
    }

    @Test
    void theAcademicYearStartsOnTheFirstOfSeptember() {
        assertEquals(LocalDate.of(2026, 9, 1), Watermarks.academicYearStart(LocalDate.of(2026, 9, 1)));
        assertEquals(LocalDate.of(2025, 9, 1), Watermarks.academicYearStart(LocalDate.of(2026, 8, 31)));
    }
}
