package org.kontingent.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.kontingent.demo.cfg}: present only where a demo region is wanted (the
 * development run folder), never in the distribution a region installs.
 */
@ObjectClassDefinition(id = DemoRegionConfiguration.PID, name = "Kontingent demo region",
        description = "Loads a synthetic region into an empty registry on first start")
public @interface DemoRegionConfiguration {
    String PID = "org.kontingent.demo";

    @AttributeDefinition(name = "Learners", description = "How many learners of preschool, general and vocational organizations")
    int learners() default 300_000;

    @AttributeDefinition(name = "Seed", description = "The same seed (on the same day) gives the same region")
    long seed() default 2026;
}
