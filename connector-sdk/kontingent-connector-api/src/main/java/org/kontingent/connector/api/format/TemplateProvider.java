package org.kontingent.connector.api.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Blank files a format reads, for people to fill in by hand (the Excel templates of persons,
 * representatives, memberships, ...). A connector registers one beside its {@link PackageFormat};
 * the gateway lists and serves them for download.
 */
@ConsumerType
public interface TemplateProvider {

    /** The id of the format that reads the filled templates. */
    String formatId();

    /** The templates, in the order they are offered. */
    List<Template> templates();

    /**
     * Writes a template.
     *
     * @throws IllegalArgumentException when there is no template with the id
     */
    void write(String templateId, OutputStream out) throws IOException;

    /**
     * One template.
     *
     * @param id unique within the provider, for example persons
     * @param title what people see, in the console's language, for example «Обучающиеся»
     * @param fileName the name it downloads under
     */
    record Template(String id, String title, String fileName, String mediaType) {
    }
}
