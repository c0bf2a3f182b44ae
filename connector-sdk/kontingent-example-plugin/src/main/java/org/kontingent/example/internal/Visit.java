package org.kontingent.example.internal;

import java.time.OffsetDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One recorded visit, a row of the plugin's own table {@code example_plugin.visit}.
 */
@Entity
@Table(schema = "example_plugin", name = "visit")
public class Visit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visited_at", nullable = false, updatable = false)
    private OffsetDateTime visitedAt;

    /** For JPA. */
    protected Visit() {
    }

    Visit(OffsetDateTime visitedAt) {
        this.visitedAt = visitedAt;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getVisitedAt() {
        return visitedAt;
    }
}
