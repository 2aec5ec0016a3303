package io.github.aimsplugin.schema.model;

import java.time.LocalDate;
import java.util.List;

/** A file inside the project, or a URL, that supports other records ("Kind/id"). */
public record Evidence(String id, String title, String file, String url, List<String> supports, LocalDate collectedOn)
        implements AimsRecord {

    public Evidence {
        supports = Lists.of(supports);
    }
}
