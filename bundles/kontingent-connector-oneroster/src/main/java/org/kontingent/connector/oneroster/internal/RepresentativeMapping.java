package org.kontingent.connector.oneroster.internal;

import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.support.RecordRefusal;

/**
 * A link of agentSourcedIds between a learner and a parent or guardian, as a representative. The
 * binding lists agents on both sides (a student names its parents, a parent its children); a pair
 * is read once, where it is first named. A guardian is {@code guardian}; a parent is
 * {@code mother} or {@code father} by the sex demographics.csv gives, else {@code other}. An agent
 * of any other role (a relative, a teacher, another student) is no legal representative and the
 * link is refused.
 */
final class RepresentativeMapping {
    private RepresentativeMapping() {
    }

    /**
     * @param user the row naming the agent: a student, parent or guardian that was read
     * @param agent the agent's sourcedId
     * @param users the rows of users.csv by sourcedId
     * @param sexes the sex of each person read, by sourcedId
     */
    static RepresentativeRecord representative(CsvFile.Row user, String agent, Map<String, CsvFile.Row> users,
            Map<String, String> sexes) throws RecordRefusal {
        CsvFile.Row agentRow = users.get(agent);
        if (agentRow == null) {
            throw new RecordRefusal(ErrorCode.UNKNOWN_REFERENCE, "agentSourcedIds", agent, "users.csv has no user " + agent);
        }
        if (agentRow.problem() != null) {
            throw new RecordRefusal(ErrorCode.FORMAT, "agentSourcedIds", agent, "The agent's row, " + agentRow.place() + ", "
                    + agentRow.problem());
        }
        String userRole = Values.token(user.get("role"));
        String agentRole = Values.token(agentRow.get("role"));
        boolean userIsLearner = "student".equals(userRole);
        String learner = userIsLearner ? user.get("sourcedId") : agent;
        String representative = userIsLearner ? agent : user.get("sourcedId");
        String learnerRole = userIsLearner ? userRole : agentRole;
        String representativeRole = userIsLearner ? agentRole : userRole;
        if (!"student".equals(learnerRole) || !"parent".equals(representativeRole) && !"guardian".equals(representativeRole)) {
            throw new RecordRefusal(ErrorCode.DICTIONARY, "agentSourcedIds", agent, "The link of " + user.get("sourcedId") + " ("
                    + userRole + ") and " + agent + " (" + agentRole + ") is no legal representation; the registry keeps the"
                    + " parents and guardians of students only");
        }
        String relationship = "guardian".equals(representativeRole) ? "guardian"
                : switch (String.valueOf(sexes.get(representative))) {
                    case "F" -> "mother";
                    case "M" -> "father";
                    default -> "other";
                };
        return new RepresentativeRecord(learner, representative, relationship);
    }

    /** The key of a pair, the same from either side. */
    static String pair(CsvFile.Row user, String agent) {
        return "student".equals(Values.token(user.get("role"))) ? user.get("sourcedId") + " " + agent
                : agent + " " + user.get("sourcedId");
    }
}
