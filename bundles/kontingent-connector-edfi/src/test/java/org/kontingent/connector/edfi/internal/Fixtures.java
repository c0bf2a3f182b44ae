package org.kontingent.connector.edfi.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;

/** Test resources, zips made of them, and the records the Grand Bend excerpts read to. */
final class Fixtures {
    /** The StudentUniqueIds of the fifteen associations of excerpts/StudentEnrollment.xml, in order. */
    static final List<String> ENROLLED = List.of("605675", "605194", "605552", "604871", "605677", "604967", "604837",
            "605771", "604856", "605126", "604885", "604991", "605679", "605228", "605768");
    static final String GRAND_BEND_ELEMENTARY = "255901107";

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of name and content pairs, in order. */
    static byte[] zip(Object... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static PersonRecord student(String id, String surname, String name, String patronymic, LocalDate birthDate, String sex) {
        return new PersonRecord(id, surname, name, patronymic, birthDate, sex, null, null, null, null, null, null, null,
                List.of());
    }

    static PersonRecord contact(String id, String surname, String name, String sex, String residence, String phone,
            String email) {
        return new PersonRecord(id, surname, name, null, null, sex, null, null, null, null, residence, phone, email, List.of());
    }

    /** The fifteen memberships of excerpts/StudentEnrollment.xml: Grand Bend Elementary from 23 August 2021. */
    static List<MembershipRecord> enrolledAtGrandBendElementary() {
        return ENROLLED.stream().map(id -> new MembershipRecord(id + "/" + GRAND_BEND_ELEMENTARY + "/2021-08-23", id,
                GRAND_BEND_ELEMENTARY, "learner", LocalDate.of(2021, 8, 23), null, null, null, null, null, null)).toList();
    }
}
