package io.github.aimsplugin.schema.validate;

/** Turns JSON Pointers into the field paths users read: {@code /treatment/controls/1} becomes {@code treatment.controls[1]}. */
public final class FieldPaths {

    private FieldPaths() {}

    public static String display(String pointer) {
        if (pointer == null || pointer.isEmpty() || "/".equals(pointer)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
