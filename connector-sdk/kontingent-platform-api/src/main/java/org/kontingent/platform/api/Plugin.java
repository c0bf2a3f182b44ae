package org.kontingent.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Declares the annotated bundle a Kontingent plugin. bnd turns it into the
 * {@value PluginCapability#NAMESPACE} capability. Put it on one class or on a package-info.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Capability(namespace = PluginCapability.NAMESPACE)
public @interface Plugin {
    /** The plugin kind: {@code connector}, {@code report} or {@code extension}. */
    @Attribute(PluginCapability.KIND)
    String kind();

    /** The plugin id; by convention the bundle symbolic name and the feature name. */
    @Attribute(PluginCapability.ID)
    String id();

    /** A human readable name. */
    @Attribute(PluginCapability.NAME)
    String name();
}
