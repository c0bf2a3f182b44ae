package org.kontingent.report.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The report engine's settings (Config Admin PID {@code org.kontingent.report.engine}). */
@ObjectClassDefinition(name = "Kontingent report engine", description = "How reports run, and how long their results are kept")
public @interface ReportEngineConfiguration {

    @AttributeDefinition(name = "Workers", description = "Reports run at the same time; others wait their turn", min = "1", max = "16")
    int workers() default 2;

    @AttributeDefinition(name = "Statement timeout, s", min = "1",
            description = "A form's query that runs longer is cancelled and the run fails with a clear message")
    int statementTimeoutSeconds() default 300;

    @AttributeDefinition(name = "Result cache, MiB", min = "0",
            description = "Disk kept for finished results, reused while the data and the arguments are the same; the oldest go first")
    int cacheMegabytes() default 1024;

    @AttributeDefinition(name = "Results folder", description = "Where results are kept; empty for ${karaf.data}/reports")
    String folder() default "";

    @AttributeDefinition(name = "Run retention, min", min = "1",
            description = "How long a finished run stays available to the user who started it")
    int runRetentionMinutes() default 120;

    @AttributeDefinition(name = "Wait for an upgraded form, s", min = "0",
            description = "A run whose form bundle is being replaced waits this long for the new version and is run again on it")
    int upgradeWaitSeconds() default 30;
}
