package org.kontingent.plugins.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kontingent.platform.api.PluginCapability;
import org.kontingent.platform.api.PluginKind;

/**
 * A plugin's declaration, read from a {@value PluginCapability#NAMESPACE} capability as a
 * Karaf feature writes it: {@code kontingent.plugin;kind=report;id=report-x;name="Report X"}.
 */
record PluginDeclaration(PluginKind kind, String id, String name) {

    /**
     * Parses one capability clause.
     *
     * @return empty when the clause is of another namespace
     * @throws IllegalArgumentException naming the clause when it is a plugin clause that lacks the kind or id
     */
    static Optional<PluginDeclaration> parse(String clause) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String namespace = parseClause(clause, attributes);
        if (!PluginCapability.NAMESPACE.equals(namespace)) {
            return Optional.empty();
        }
        return Optional.of(of(attributes, clause));
    }

    static PluginDeclaration of(Map<String, ?> attributes, String where) {
        Object kind = attributes.get(PluginCapability.KIND);
        Object id = attributes.get(PluginCapability.ID);
        if (kind == null || id == null || id.toString().isBlank()) {
            throw new IllegalArgumentException("Plugin declaration '" + where + "' needs both "
                    + PluginCapability.KIND + " and " + PluginCapability.ID);
        }
        Object name = attributes.get(PluginCapability.NAME);
        return new PluginDeclaration(PluginKind.parse(kind.toString()), id.toString(),
                name == null ? id.toString() : name.toString());
    }

    /** Splits {@code ns;a=b;c:String="d;e"} into its namespace and attributes; quotes may hold ';'. */
    static String parseClause(String clause, Map<String, String> attributes) {
        String namespace = null;
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= clause.length(); i++) {
            char c = i < clause.length() ? clause.charAt(i) : ';';
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (c == '\\' && quoted && i + 1 < clause.length()) {
                current.append(clause.charAt(++i));
                continue;
            }
            if (c == ';' && !quoted) {
                String part = current.toString().trim();
                current.setLength(0);
                if (namespace == null) {
                    namespace = part;
                } else if (!part.isEmpty()) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        String key = part.substring(0, eq).trim();
                        int typed = key.indexOf(':');
                        attributes.put(typed > 0 ? key.substring(0, typed).trim() : key, part.substring(eq + 1).trim());
                    }
                }
                continue;
            }
            current.append(c);
        }
        return namespace;
    }
}
