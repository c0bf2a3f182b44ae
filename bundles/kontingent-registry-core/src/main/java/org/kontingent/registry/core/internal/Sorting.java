package org.kontingent.registry.core.internal;

import java.util.Map;

import org.kontingent.registry.api.query.PageRequest;

/** The ORDER BY of a list: its own order, or the column a page asks for, then the tie-breaker. */
final class Sorting {
    private Sorting() {
    }

    /**
     * @param columns the columns the list sorts by, by their name in the API, as SQL expressions
     *        (several, comma-separated, for a name)
     * @param own the list's own order
     * @param tieBreaker what makes the order total, e.g. {@code o.id}
     * @throws IllegalArgumentException naming the column and the ones allowed
     */
    static String orderBy(PageRequest page, Map<String, String> columns, String own, String tieBreaker) {
        if (page.sort() == null) {
            return " ORDER BY " + own + ", " + tieBreaker;
        }
        String expression = columns.get(page.sortColumn());
        if (expression == null) {
            throw new IllegalArgumentException("sort \"" + page.sort() + "\" is not one of " + new java.util.TreeSet<>(columns.keySet())
                    + " (a leading - sorts descending)");
        }
        String direction = page.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String column : expression.split(",")) {
            order.append(column.strip()).append(direction).append(", ");
        }
        return order.append(tieBreaker).toString();
    }
}
