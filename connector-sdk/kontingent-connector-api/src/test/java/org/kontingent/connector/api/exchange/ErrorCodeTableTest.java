package org.kontingent.connector.api.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The table of error codes in the vendor guide is the published one: every code, nothing else. */
class ErrorCodeTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| (\\d{3}) \\| `([A-Z_]+)` \\| (\\w+) \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void theGuideListsEveryCodeWithItsNumberSeverityAndMeaning() throws IOException {
        String guide = Files.readString(Path.of("../docs/connectors.md"), StandardCharsets.UTF_8);
        TreeSet<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(guide);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4));
        }
        TreeSet<String> published = new TreeSet<>();
        Arrays.stream(ErrorCode.values()).forEach(c -> published.add(c.number() + " " + c.name() + " "
                + c.severity().name().toLowerCase(Locale.ROOT) + " " + c.meaning()));
        assertEquals(published, documented);
    }

    @Test
    void numbersAreUniqueAndFoundAgain() {
        for (ErrorCode code : ErrorCode.values()) {
            assertEquals(code, ErrorCode.of(code.number()));
        }
    }
}
