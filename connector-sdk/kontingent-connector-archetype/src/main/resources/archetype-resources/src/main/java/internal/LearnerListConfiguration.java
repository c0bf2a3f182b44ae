package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The connector's settings ({@code etc/${package}.cfg}). */
@ObjectClassDefinition(name = "${systemName} connector")
public @interface LearnerListConfiguration {
    String PID = "${package}";

    @AttributeDefinition(name = "Column separator", description = "The character between the columns of a learner list")
    String delimiter() default ";";
}
