package ${package}.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads the learner lists of ${systemName}: UTF-8 text, a header line, then one learner a line
 * with the columns {@code id, surname, name, patronymic, birthDate, sex, snils, school, enrolledOn}.
 * Each line is a person and, when a school is given, their membership there. Replace this with
 * the reading of your system's own format; keep the contract test passing.
 */
@Component(configurationPid = LearnerListConfiguration.PID)
@Designate(ocd = LearnerListConfiguration.class)
public class LearnerListFormat implements PackageFormat {
    static final List<String> COLUMNS = List.of("id", "surname", "name", "patronymic", "birthDate", "sex", "snils", "school",
            "enrolledOn");

    private final Pattern delimiter;

    @Activate
    public LearnerListFormat(LearnerListConfiguration configuration) {
        this(configuration.delimiter());
    }

    LearnerListFormat(String delimiter) {
        this.delimiter = Pattern.compile(Pattern.quote(delimiter));
    }

    @Override
    public String id() {
        return "${formatId}";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/vnd.${formatId}");
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        String[] lines = text(body).split("\r?\n");
        if (lines.length == 0 || !List.of(delimiter.split(lines[0].strip(), -1)).equals(COLUMNS)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "A learner list starts with the header "
                    + String.join(",", COLUMNS));
        }
        List<PersonRecord> persons = new ArrayList<>();
        List<MembershipRecord> memberships = new ArrayList<>();
        List<String> personPlaces = new ArrayList<>();
        List<String> membershipPlaces = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        int unreadable = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String place = "line " + (i + 1);
            String[] cells = delimiter.split(lines[i], -1);
            if (cells.length != COLUMNS.size()) {
                errors.add(new RecordError(ErrorCode.FORMAT, place, null, lines[i], "A line has " + COLUMNS.size()
                        + " columns; this one has " + cells.length));
                unreadable++;
                continue;
            }
            try {
                String id = cells[0].strip();
                persons.add(new PersonRecord(id, cells[1].strip(), cells[2].strip(), blank(cells[3]), date(place, "birthDate",
                        cells[4]), blank(cells[5]), blank(cells[6]), null, null, null, null, null, null, List.of()));
                personPlaces.add(place);
                if (blank(cells[7]) != null) {
                    memberships.add(new MembershipRecord(id + "@" + cells[7].strip(), id, cells[7].strip(), "learner",
                            date(place, "enrolledOn", cells[8]), null, null, null, null, null, null));
                    membershipPlaces.add(place);
                }
            } catch (BadCell e) {
                errors.add(e.error);
                unreadable++;
            }
        }
        return new ReadResult(new ExchangePackage(ExchangePackage.VERSION, persons, null, null, memberships, null, null),
                Map.of("persons", personPlaces, "memberships", membershipPlaces), errors, unreadable);
    }

    private static String text(InputStream body) throws UnreadablePackageException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, "A learner list is UTF-8 text", e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The list could not be read: " + e.getMessage(), e);
        }
    }

    private static String blank(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }

    private static LocalDate date(String place, String field, String cell) {
        try {
            return cell.isBlank() ? null : LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new BadCell(new RecordError(ErrorCode.FORMAT, place, field, cell, "A date is written YYYY-MM-DD"));
        }
    }

    /** A cell that cannot be read: the line is left out with this error. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RecordError error;

        BadCell(RecordError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
