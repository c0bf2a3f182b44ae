package org.kontingent.connector.netschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The text a NetSchool pull leaves between calls. */
class WatermarkTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0, 0);

    @Test
    void theFirstRoundStartsOnTheFirstOfSeptemberOfTheAcademicYear() {
        Watermark first = Watermark.of(null, NOW);
        assertEquals(LocalDateTime.of(2026, 9, 1, 0, 0), first.since());
        assertEquals(NOW, first.until());
        assertEquals(LocalDateTime.of(2025, 9, 1, 0, 0), Watermark.of(null, LocalDateTime.of(2026, 8, 31, 23, 0)).since());
    }

    @Test
    void aPageReadMidRoundIsReadBackAsWritten() {
        Watermark mid = Watermark.of(null, NOW).read("1001", Watermark.MARKS, 3);
        assertEquals(mid, Watermark.of(mid.text(), NOW.plusHours(2)), "the window does not move mid-round");
    }

    @Test
    void aFinishedRoundStartsTheNextWhereItEnded() {
        Watermark next = Watermark.of(Watermark.of(null, NOW).finished(), NOW.plusDays(1));
        assertEquals(NOW, next.since());
        assertNull(next.school());
        assertEquals(0, next.page());
        assertFalse(Watermark.of(Watermark.of(null, NOW).finished(), NOW).open());
    }
}
