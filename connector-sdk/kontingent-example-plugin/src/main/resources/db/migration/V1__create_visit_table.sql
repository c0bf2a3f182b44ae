-- The example plugin's own table. Uninstalling the plugin keeps it and its rows.
CREATE SCHEMA IF NOT EXISTS example_plugin;

CREATE TABLE example_plugin.visit (
    id         bigserial   PRIMARY KEY,
    visited_at timestamptz NOT NULL DEFAULT now()
);
