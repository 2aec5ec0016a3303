package io.github.aimsplugin.site;

import io.github.aimsplugin.release.ServiceRelease;
import io.github.aimsplugin.schema.AimsModel;
import io.github.aimsplugin.schema.LoadedRecord;
import io.github.aimsplugin.schema.model.ImpactAssessment;
import io.github.aimsplugin.schema.model.Rating;
import io.github.aimsplugin.schema.model.Risk;
import io.github.aimsplugin.schema.model.RiskCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Portfolio page: one row per released service of an organisation's aggregate. */
final class PortfolioViews {

    /** The page's view; Mustache reads the accessors. */
    record Page(String title, String organisation, boolean hasOrganisation, List<Row> services, boolean anyStale,
            int staleCount) {}

    /**
     * One service. Counts are of the service's own records and of its own check's findings, as its release saw them.
     *
     * @param systemsLinks links to the pages of its AI systems (markup built from escaped parts)
     * @param openHighRisks risks not closed whose current rating (residual, else inherent) is above the appetite
     * @param metrics metrics failing their threshold or not measured (metric-within-threshold, metric-measured)
     * @param aiUseOutside AI use sites outside its inventory (ai-use-in-inventory)
     * @param governedCodeChanged systems whose code changed since their assessment (governed-code-reassessed)
     */
    record Row(String service, String version, String released, String organisation, String staleness,
            boolean stale, String systemsLinks, int openHighRisks, int metrics, int aiUseOutside,
            int governedCodeChanged, String oldestAssessment) {}

    private final AimsModel model;
    private final Portfolio portfolio;
    private final SiteLinks links;

    PortfolioViews(AimsModel model, Portfolio portfolio, SiteLinks links) {
        this.model = model;
        this.portfolio = portfolio;
        this.links = links;
    }

    Page page() {
        List<Row> rows = new ArrayList<>();
        for (ServiceRelease service : portfolio.services()) {
            rows.add(row(service));
        }
        int stale = (int) rows.stream().filter(Row::stale).count();
        return new Page("Portfolio", portfolio.organisation(), !portfolio.organisation().isEmpty(), rows, stale > 0,
                stale);
    }

    private Row row(ServiceRelease service) {
        List<String> systems = new ArrayList<>();
        int openHigh = 0;
        LocalDate oldest = null;
        RiskCriteria criteria = model.criteria();
        int appetite = criteria.rank(criteria.acceptanceThreshold());
        for (LoadedRecord record : model.records()) {
            if (!record.isValid() || !record.origin().module().equals(service.coordinates())) {
                continue;
            }
            if (record.value() instanceof io.github.aimsplugin.schema.model.AISystem) {
                systems.add(links.link("system", record.id()));
            } else if (record.value() instanceof Risk risk) {
                Rating current = risk.residual() != null ? risk.residual() : risk.inherent();
                boolean above = criteria.levelOf(current).map(level -> criteria.rank(level.id()) > appetite)
                        .orElse(false);
                openHigh += above && !"closed".equals(risk.status()) ? 1 : 0;
                oldest = older(oldest, risk.assessedOn());
            } else if (record.value() instanceof ImpactAssessment assessment) {
                oldest = older(oldest, assessment.assessedOn());
            }
        }
        String staleness = portfolio.staleness(service);
        return new Row(service.project(), service.version(),
                service.released().length() >= 10 ? service.released().substring(0, 10) : "—",
                service.organisation().isEmpty() ? "—" : service.organisation(), staleness, !staleness.isEmpty(),
                systems.isEmpty() ? "—" : String.join(", ", systems), openHigh,
                service.findings("metric-within-threshold") + service.findings("metric-measured"),
                service.findings("ai-use-in-inventory"), service.findings("governed-code-reassessed"),
                oldest == null ? "—" : oldest.toString());
    }

    private static LocalDate older(LocalDate oldest, LocalDate date) {
        return date == null ? oldest : oldest == null || date.isBefore(oldest) ? date : oldest;
    }
}
