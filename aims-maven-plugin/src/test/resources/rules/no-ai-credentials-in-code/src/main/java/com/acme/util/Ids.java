package com.acme.util;

/** A key-shaped constant in a class without AI use: not this rule's business. */
public class Ids {
    public static final String SAMPLE = "sk-proj-Zq8xW2vN5tR7yU1iO3pL6kJ9hG4fD0sA";
}
