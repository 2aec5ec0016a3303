package io.github.aimsplugin.site;

import io.github.aimsplugin.release.ServiceRelease;
import java.util.List;

/**
 * The services of an organisation's aggregate, as their bundles describe their releases: the Portfolio page's input.
 *
 * @param organisation the organisation release this aggregate stands for ({@code groupId:artifactId:version}), which
 *     a service checked against an older one is flagged against
 * @param services the released services, in the aggregate's order
 */
public record Portfolio(String organisation, List<ServiceRelease> services) {

    public Portfolio {
        organisation = organisation == null ? "" : organisation;
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static Portfolio none() {
        return new Portfolio("", List.of());
    }

    /**
     * Whether a service was checked against an older release of this organisation (or none, or another one), with
     * the reason shown; empty when it is current.
     */
    public String staleness(ServiceRelease service) {
        if (organisation.isEmpty()) {
            return "";
        }
        if (service.organisation().isEmpty()) {
            return "not checked against the organisation's records";
        }
        String ours = organisation.substring(0, organisation.lastIndexOf(':'));
        String theirs = service.organisation().substring(0, Math.max(0, service.organisation().lastIndexOf(':')));
        if (!ours.equals(theirs)) {
            return "checked against " + service.organisation() + ", not " + ours;
        }
        String version = service.organisation().substring(service.organisation().lastIndexOf(':') + 1);
        String current = organisation.substring(organisation.lastIndexOf(':') + 1);
        return compareVersions(version, current) < 0 ? "older than " + current : "";
    }

    /** Maven-like order of plain release versions: numeric parts as numbers, others as text; 1.10 after 1.9. */
    static int compareVersions(String a, String b) {
        String[] left = a.replace("-SNAPSHOT", "").split("[.-]");
        String[] right = b.replace("-SNAPSHOT", "").split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String x = i < left.length ? left[i] : "0";
            String y = i < right.length ? right[i] : "0";
            int order = x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
