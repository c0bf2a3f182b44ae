package org.kontingent.demo.internal;

import java.util.List;

/**
 * Children with their two legal representatives: they share the father's surname (in the form
 * for each sex) and take their patronymic from his name.
 */
record Family(DemoPerson mother, DemoPerson father, List<DemoPerson> children) {
}
