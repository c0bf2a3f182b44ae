package org.kontingent.connector.edfi.internal;

import java.time.LocalDate;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.support.RecordRefusal;

/**
 * A StudentSchoolAssociation as a learner's membership of the school. The organization is the
 * SchoolId, the code the administrator registers the school under for the provider; the
 * registry takes no organizations from packages. The id is the association's natural key,
 * {@code StudentUniqueId/SchoolId/EntryDate}, stable across packages, so an exit sent later
 * closes the same membership.
 *
 * <p>Ed-Fi recommends inclusive dates, so ExitWithdrawDate is the last day in the school and the
 * membership ends the day after. EntryGradeLevel is not kept: the exchange model holds grades only
 * in classes, and Ed-Fi sections are courses, not classes.
 */
final class MembershipMapping {
    private MembershipMapping() {
    }

    static MembershipRecord membership(XmlElement association, References references) throws RecordRefusal {
        String person = references.student(association);
        String school = references.school(association);
        LocalDate entry = Values.date("EntryDate", Values.required(association, "EntryDate"));
        LocalDate exit = Values.optionalDate(association, "ExitWithdrawDate");
        String exitType = association.text("ExitWithdrawType");
        LocalDate endsOn = null;
        String leavingReason = null;
        if (exit != null) {
            if (exit.isBefore(entry)) {
                throw new RecordRefusal(ErrorCode.INVALID_VALUE, "ExitWithdrawDate", exit.toString(),
                        "ExitWithdrawDate is before EntryDate " + entry);
            }
            endsOn = exit.plusDays(1);
            leavingReason = Descriptors.leavingReason(exitType);
        } else if (exitType != null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "ExitWithdrawDate", null,
                    "ExitWithdrawType is given without ExitWithdrawDate; an exit needs its date");
        }
        return new MembershipRecord(person + "/" + school + "/" + entry, person, school, "learner", entry, endsOn, null, null,
                leavingReason, null, null);
    }
}
