package io.github.aimsplugin.code;

import java.util.List;

/**
 * What the code scan found in a workspace's compiled classes and configuration.
 *
 * @param status SCANNED, NOT_COMPILED (no class files yet) or NOT_REQUESTED (the goal does not scan code)
 * @param note why nothing was scanned, for the log; empty when scanned
 * @param uses the AI SDK use sites, in class, line order
 * @param models the model names passed to SDKs or configured
 * @param keys constants shaped like provider API keys, masked
 * @param warnings class or configuration files that could not be read, each naming the file
 * @param classes how many class files were read
 */
public record CodeScan(Status status, String note, List<UseSite> uses, List<ModelNameUse> models,
        List<KeyConstant> keys, List<String> warnings, int classes) {

    public enum Status { SCANNED, NOT_COMPILED, NOT_REQUESTED }

    public CodeScan {
        uses = List.copyOf(uses);
        models = List.copyOf(models);
        keys = List.copyOf(keys);
        warnings = List.copyOf(warnings);
    }

    /** Nothing to scan: unit tests of other rules, goals without a module's build output. */
    public static CodeScan notRequested() {
        return new CodeScan(Status.NOT_REQUESTED, "", List.of(), List.of(), List.of(), List.of(), 0);
    }

    public static CodeScan notCompiled(String classes) {
        return new CodeScan(Status.NOT_COMPILED, "no compiled classes in " + classes + ": not scanned (run the"
                + " check after compile)", List.of(), List.of(), List.of(), List.of(), 0);
    }

    public boolean scanned() {
        return status == Status.SCANNED;
    }
}
