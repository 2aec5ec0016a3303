package io.github.aimsplugin.schema.validate;

import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.catalog.Catalogs;
import java.nio.file.Path;
import java.time.LocalDate;

/** What a semantic check may look at. */
public record ValidationContext(AimsModel model, Catalogs catalogs, Path baseDirectory, LocalDate today) {}
