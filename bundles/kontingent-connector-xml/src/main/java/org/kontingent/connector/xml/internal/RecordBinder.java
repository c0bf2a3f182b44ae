package org.kontingent.connector.xml.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a record the XSD found valid to its exchange record: each component from the child
 * element of its name (the XSD names elements as the records name their components), a list from
 * the elements inside it, an extension's data from its named fields. Values are in their XSD
 * lexical form, which the Java types parse once the white space the XSD collapses is stripped.
 */
final class RecordBinder {
    private RecordBinder() {
    }

    static <T> T bind(XmlElement element, Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            XmlElement child = element.child(components[i].getName());
            values[i] = child == null ? null : value(child, components[i].getType(), components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The exchange record " + type.getName() + " cannot be made from its components", e);
        }
    }

    private static Object value(XmlElement element, Class<?> type, Type generic) {
        if (type == String.class) {
            return element.text();
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(element.text().strip());
        }
        if (type == Integer.class) {
            return Integer.valueOf(element.text().strip());
        }
        if (type.isRecord()) {
            return bind(element, type);
        }
        if (type == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            List<Object> items = new ArrayList<>();
            element.children().forEach(child -> items.add(bind(child, item)));
            return items;
        }
        if (type == Map.class) {
            Map<String, Object> fields = new LinkedHashMap<>();
            element.children().forEach(field -> fields.put(field.nameAttribute(), field.text()));
            return fields;
        }
        throw new IllegalStateException("The exchange model has a component of type " + generic
                + " that the XML connector does not bind");
    }
}
