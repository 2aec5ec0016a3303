package io.github.aimsplugin.schema.model;

import java.time.LocalDate;

/** Who approved something (a role id) and when. */
public record Approval(String approvedBy, LocalDate approvedOn, String note) {}
