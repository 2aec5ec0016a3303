package io.github.aimsplugin.schema.model;

/** A typed AIMS record. Every record has a stable id, unique within its kind across the project. */
public interface AimsRecord {
    String id();
}
