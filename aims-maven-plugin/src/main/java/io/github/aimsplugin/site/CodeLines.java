package io.github.aimsplugin.site;

import io.github.aimsplugin.code.UseSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The use sites of a system as a reader takes them in: one row per class and source line, listing the APIs used
 * there (a builder chain is one line, not one row per call). The scan reports each call, field and signature on its
 * own, and the JSON report keeps that full list.
 */
final class CodeLines {

    /** One class and line, with what it uses: methods, SDKs, API families and the APIs, each once and sorted. */
    record Line(String className, String where, List<String> methods, List<String> sdks, List<String> families,
            List<String> apis) {}

    private CodeLines() {}

    /** The rows, in the scan's order (class, then line). */
    static List<Line> of(List<UseSite> uses) {
        Map<String, List<UseSite>> byLine = new LinkedHashMap<>();
        for (UseSite use : uses) {
            byLine.computeIfAbsent(use.className() + "\n" + use.where(), key -> new ArrayList<>()).add(use);
        }
        List<Line> lines = new ArrayList<>();
        byLine.values().forEach(sites -> {
            TreeSet<String> methods = new TreeSet<>();
            TreeSet<String> sdks = new TreeSet<>();
            TreeSet<String> families = new TreeSet<>();
            TreeSet<String> apis = new TreeSet<>();
            sites.forEach(use -> {
                methods.add(use.method());
                sdks.add(use.sdk());
                families.add(use.family());
                apis.add(use.api());
            });
            UseSite first = sites.get(0);
            lines.add(new Line(first.className(), first.where(), List.copyOf(methods), List.copyOf(sdks),
                    List.copyOf(families), List.copyOf(apis)));
        });
        return lines;
    }

    /** "5 classes, 9 lines, 43 uses": the size of the code behind the rows. */
    static String counts(List<UseSite> uses) {
        long classes = uses.stream().map(UseSite::className).distinct().count();
        int lines = of(uses).size();
        return classes + (classes == 1 ? " class, " : " classes, ") + lines + (lines == 1 ? " line, " : " lines, ")
                + uses.size() + (uses.size() == 1 ? " use" : " uses");
    }
}
