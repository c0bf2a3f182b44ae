package org.kontingent.connector.edfi.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Small interchange documents written for one rule each, in the Ed-Fi 5.2 namespace. */
final class Interchange {
    private Interchange() {
    }

    static byte[] of(String root, String... entities) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"http://ed-fi.org/5.2.0\">\n"
                + String.join("\n", entities) + "\n</" + root + ">\n").getBytes(UTF_8);
    }

    static String student(String id, String first, String last, String birthData) {
        return "<Student><StudentUniqueId>" + id + "</StudentUniqueId><Name><FirstName>" + first + "</FirstName><LastSurname>"
                + last + "</LastSurname></Name><BirthData>" + birthData + "</BirthData></Student>";
    }

    static String schoolAssociation(String student, String school, String entry, String exit) {
        return "<StudentSchoolAssociation><StudentReference><StudentIdentity><StudentUniqueId>" + student
                + "</StudentUniqueId></StudentIdentity></StudentReference><SchoolReference><SchoolIdentity><SchoolId>" + school
                + "</SchoolId></SchoolIdentity></SchoolReference><EntryDate>" + entry + "</EntryDate>"
                + "<EntryGradeLevel>uri://ed-fi.org/GradeLevelDescriptor#Fifth grade</EntryGradeLevel>" + exit
                + "</StudentSchoolAssociation>";
    }

    static String contactAssociation(String student, String contactReference, String relationAndFlags) {
        return "<StudentContactAssociation><StudentReference><StudentIdentity><StudentUniqueId>" + student
                + "</StudentUniqueId></StudentIdentity></StudentReference>" + contactReference + relationAndFlags
                + "</StudentContactAssociation>";
    }

    static String contact(String xmlId, String id, String first, String last, String sex) {
        return "<Contact id=\"" + xmlId + "\"><ContactUniqueId>" + id + "</ContactUniqueId><Name><FirstName>" + first
                + "</FirstName><LastSurname>" + last + "</LastSurname></Name><Sex>uri://ed-fi.org/SexDescriptor#" + sex
                + "</Sex></Contact>";
    }
}
