package org.kontingent.connector.netschool.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.connector.support.pull.Watermarks;

/**
 * Where a pull stands, as the text the gateway keeps between calls.
 *
 * <p>A round reads, school by school, the pages of the students and then of the marks that changed in
 * the window from {@code since} to {@code until}, one page a call. Mid-round the watermark names the
 * window and the last page read: {@code since=2026-09-01T00:00;until=2026-11-23T10:00;school=1001;list=students;page=2};
 * after a list's last page (by the {@code pageCount} the API gave) it names the next list or school with page 0, so
 * no page past the last is ever asked for.
 * Once the round is through it names only where the next round's window starts: {@code since=2026-11-23T10:00}.
 *
 * @param until null once the round is through
 * @param school the school being read or next, or null before the first
 * @param list {@link #STUDENTS} or {@link #MARKS}, or null before the first page
 * @param page the last page of that list read, 0 before its first
 */
record Watermark(LocalDateTime since, LocalDateTime until, String school, String list, int page) {
    static final String STUDENTS = "students";
    static final String MARKS = "marks";

    /** Where a round goes on from: the first call ever reads from the start of the academic year. */
    static Watermark of(String text, LocalDateTime now) {
        if (text == null || text.isBlank()) {
            return new Watermark(Watermarks.academicYearStart(now.toLocalDate()).atStartOfDay(), now, null, null, 0);
        }
        Watermarks parts = Watermarks.parse("NetSchool", text);
        LocalDateTime since = parts.time("since");
        if (since == null) {
            throw parts.unreadable("has no since");
        }
        LocalDateTime until = parts.time("until");
        if (until == null) {
            return new Watermark(since, now, null, null, 0);
        }
        String school = parts.get("school");
        String list = parts.get("list");
        String page = parts.get("page", "0");
        if (school != null && !Settings.isId(school) || list != null && !STUDENTS.equals(list) && !MARKS.equals(list)
                || !page.matches("\\d{1,6}")) {
            throw parts.unreadable("names no school, list or page it could have written");
        }
        return new Watermark(since, until, school, list, Integer.parseInt(page));
    }

    /** Whether the window holds any time at all. */
    boolean open() {
        return until.isAfter(since);
    }

    /** The same round, with a page of a list of a school read. */
    Watermark read(String readSchool, String readList, int readPage) {
        return new Watermark(since, until, readSchool, readList, readPage);
    }

    /** The watermark once the round is through: the next window starts where this one ended. */
    String finished() {
        return Watermarks.text(Map.of("since", until));
    }

    String text() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("since", since);
        pairs.put("until", until);
        if (school != null) {
            pairs.put("school", school);
            pairs.put("list", list);
            pairs.put("page", page);
        }
        return Watermarks.text(pairs);
    }
}
