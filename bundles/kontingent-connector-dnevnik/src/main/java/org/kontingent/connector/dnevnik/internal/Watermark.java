package org.kontingent.connector.dnevnik.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.connector.support.pull.Watermarks;

/**
 * Where a pull stands, as the text the gateway keeps between calls.
 *
 * <p>A round reads every class of every configured school, one class a call, with the marks given in
 * the window from {@code since} to {@code until}. Mid-round the watermark names the window, the school
 * and the last class read: {@code since=2026-09-01T00:00;until=2026-11-23T10:00;school=1000002283077;after=1000003044563}.
 * Once the round is through it names only where the next round's window starts:
 * {@code since=2026-11-23T10:00}. Classes are ordered by their id, compared as numbers, so a class
 * added mid-round is read in its place or in the next round.
 *
 * @param until null once the round is through
 * @param school the school being read, or null before the first
 * @param after the id of the last class read in that school, or null before the first
 */
record Watermark(LocalDateTime since, LocalDateTime until, String school, String after) {

    /** Where a round goes on from: the first call ever reads from the start of the academic year. */
    static Watermark of(String text, LocalDateTime now) {
        if (text == null || text.isBlank()) {
            return new Watermark(Watermarks.academicYearStart(now.toLocalDate()).atStartOfDay(), now, null, null);
        }
        Watermarks parts = Watermarks.parse("Dnevnik", text);
        LocalDateTime since = parts.time("since");
        if (since == null) {
            throw parts.unreadable("has no since");
        }
        LocalDateTime until = parts.time("until");
        if (until == null) {
            return new Watermark(since, now, null, null);
        }
        String school = parts.get("school");
        String after = parts.get("after");
        if (school != null && !Settings.isId(school) || after != null && !Settings.isId(after)) {
            throw parts.unreadable("names a school or class that is not an id");
        }
        return new Watermark(since, until, school, after);
    }

    /** Whether the window holds any time at all. */
    boolean open() {
        return until.isAfter(since);
    }

    /** The same round, with a class of a school read. */
    Watermark read(String readSchool, String readClass) {
        return new Watermark(since, until, readSchool, readClass);
    }

    /** The watermark once the round is through: the next window starts where this one ended. */
    String finished() {
        return Watermarks.text(Map.of("since", until));
    }

    String text() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("since", since);
        pairs.put("until", until);
        pairs.put("school", school);
        pairs.put("after", after);
        return Watermarks.text(pairs);
    }
}
