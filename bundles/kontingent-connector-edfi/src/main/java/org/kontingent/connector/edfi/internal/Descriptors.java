package org.kontingent.connector.edfi.internal;

import java.util.Locale;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Ed-Fi descriptors mapped to the registry's codes. A descriptor is compared by its code value,
 * the part after {@code #} ({@code uri://ed-fi.org/SexDescriptor#Female} is {@code Female}),
 * without regard to case or to the namespace, so that a state's copy of an Ed-Fi descriptor maps
 * the same. A value the table does not hold is refused as DICTIONARY.
 */
final class Descriptors {
    /** SexDescriptor: the registry knows M and F; the other Ed-Fi values leave the sex unknown. */
    private static final Map<String, String> SEX = Map.of("female", "F", "male", "M", "non-binary", "", "not selected", "");

    /**
     * ExitWithdrawTypeDescriptor to the {@code leaving-reason} dictionary. Ed-Fi's "Died or is
     * permanently incapacitated" does not tell death from incapacity and so is {@code other}, as are
     * the values without a counterpart (dropout, end of school year, no show, ...).
     */
    private static final Map<String, String> LEAVING_REASON = Map.ofEntries(
            Map.entry("graduated", "graduation"),
            Map.entry("completed", "graduation"),
            Map.entry("transferred", "transfer-within-region"),
            Map.entry("expelled", "expelled"),
            Map.entry("involuntarily removed", "expelled"),
            Map.entry("withdrawn", "parents-request"),
            Map.entry("died or is permanently incapacitated", "other"),
            Map.entry("dropout", "other"),
            Map.entry("end of school year", "other"),
            Map.entry("enrolled in a high school diploma program", "other"),
            Map.entry("incarcerated", "other"),
            Map.entry("invalid enrollment", "other"),
            Map.entry("no show", "other"),
            Map.entry("reached maximum age", "other"),
            Map.entry("other", "other"));

    /**
     * RelationDescriptor to the {@code relationship-kind} dictionary, for the relations that make a
     * legal representative by themselves. Parent, sex-neutral, is told apart by the contact's sex.
     */
    private static final Map<String, String> RELATIONSHIP = Map.of(
            "mother", "mother",
            "father", "father",
            "foster parent", "foster-parent",
            "courtappointedguardian", "guardian",
            "guardian", "guardian");

    private Descriptors() {
    }

    /** The code value of a descriptor reference. */
    static String codeValue(String descriptor) {
        int hash = descriptor.lastIndexOf('#');
        return (hash < 0 ? descriptor : descriptor.substring(hash + 1)).strip().toLowerCase(Locale.ROOT);
    }

    /** M, F, or null for a sex Ed-Fi records but the registry does not (non-binary, not selected) or none. */
    static String sex(String field, String descriptor) throws RecordRefusal {
        if (descriptor == null) {
            return null;
        }
        String sex = SEX.get(codeValue(descriptor));
        if (sex == null) {
            throw new RecordRefusal(ErrorCode.DICTIONARY, field, descriptor, field + " is not a SexDescriptor the registry maps: "
                    + "Female, Male, Non-binary or Not Selected");
        }
        return sex.isEmpty() ? null : sex;
    }

    /** The leaving reason of an exit; an exit without a type is {@code other}. */
    static String leavingReason(String descriptor) throws RecordRefusal {
        if (descriptor == null) {
            return "other";
        }
        String reason = LEAVING_REASON.get(codeValue(descriptor));
        if (reason == null) {
            throw new RecordRefusal(ErrorCode.DICTIONARY, "ExitWithdrawType", descriptor,
                    "ExitWithdrawType is not an ExitWithdrawTypeDescriptor of the Ed-Fi standard, so it has no leaving reason");
        }
        return reason;
    }

    /**
     * The kind of representation of a student–contact association. Mother, father, foster parent
     * and guardian are representatives; Parent is mother or father by the contact's sex ({@code other}
     * when it is unknown); any other relation is a representative only when LegalGuardian is true,
     * as {@code guardian}. The registry keeps legal representatives only, so an emergency contact,
     * a neighbour or a sibling is refused.
     *
     * @param contactSex M, F or null
     */
    static String relationship(String relation, boolean legalGuardian, String contactSex) throws RecordRefusal {
        String code = relation == null ? null : codeValue(relation);
        if ("parent".equals(code)) {
            return "F".equals(contactSex) ? "mother" : "M".equals(contactSex) ? "father" : "other";
        }
        String kind = code == null ? null : RELATIONSHIP.get(code);
        if (kind != null) {
            return kind;
        }
        if (legalGuardian) {
            return "guardian";
        }
        if (relation == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "Relation", null,
                    "Relation is required unless LegalGuardian is true: the registry keeps legal representatives only");
        }
        throw new RecordRefusal(ErrorCode.DICTIONARY, "Relation", relation, "The relation does not make a legal representative and"
                + " LegalGuardian is not true; the registry keeps parents, foster parents and guardians only");
    }
}
