package org.kontingent.connector.netschool.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

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
            return new Watermark(academicYearStart(now.toLocalDate()).atStartOfDay(), now, null, null, 0);
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The NetSchool watermark '" + text + "' is not name=value pairs");
            }
            parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        LocalDateTime since = time(parts.get("since"), text);
        if (since == null) {
            throw new IllegalArgumentException("The NetSchool watermark '" + text + "' has no since");
        }
        LocalDateTime until = time(parts.get("until"), text);
        if (until == null) {
            return new Watermark(since, now, null, null, 0);
        }
        String school = parts.get("school");
        String list = parts.get("list");
        String page = parts.getOrDefault("page", "0");
        if (school != null && !Settings.isId(school) || list != null && !STUDENTS.equals(list) && !MARKS.equals(list)
                || !page.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("The NetSchool watermark '" + text + "' names no school, list or page it could have written");
        }
        return new Watermark(since, until, school, list, Integer.parseInt(page));
    }

    /** The first of September of the academic year a day falls in. */
    static LocalDate academicYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
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
        return "since=" + until;
    }

    String text() {
        StringBuilder text = new StringBuilder("since=").append(since).append(";until=").append(until);
        if (school != null) {
            text.append(";school=").append(school).append(";list=").append(list).append(";page=").append(page);
        }
        return text.toString();
    }

    private static LocalDateTime time(String value, String text) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The NetSchool watermark '" + text + "' has a time that is not ISO: " + value, e);
        }
    }
}
