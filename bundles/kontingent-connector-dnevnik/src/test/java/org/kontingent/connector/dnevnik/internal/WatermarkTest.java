package org.kontingent.connector.dnevnik.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.support.pull.Watermarks;

/** The text a Dnevnik pull leaves between calls. */
class WatermarkTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 10, 8, 30, 15);

    @Test
    void theFirstRoundStartsOnTheFirstOfSeptemberOfTheAcademicYear() {
        Watermark first = Watermark.of(null, NOW);
        assertEquals(LocalDateTime.of(2026, 9, 1, 0, 0), first.since());
        assertEquals(NOW, first.until());
        assertEquals(LocalDate.of(2026, 9, 1), Watermarks.academicYearStart(LocalDate.of(2026, 9, 1)));
        assertEquals(LocalDate.of(2025, 9, 1), Watermarks.academicYearStart(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aRoundMidwayIsReadBackAsWritten() {
        Watermark mid = Watermark.of(null, NOW).read("1000002283077", "9007199254740993");
        Watermark back = Watermark.of(mid.text(), NOW.plusHours(1));
        assertEquals(mid, back, "the window does not move mid-round");
    }

    @Test
    void aFinishedRoundStartsTheNextWhereItEnded() {
        Watermark next = Watermark.of(Watermark.of(null, NOW).finished(), NOW.plusDays(1));
        assertEquals(NOW, next.since());
        assertEquals(NOW.plusDays(1), next.until());
        assertNull(next.school());
        assertFalse(Watermark.of(Watermark.of(null, NOW).finished(), NOW).open(), "no time has passed");
    }
}
