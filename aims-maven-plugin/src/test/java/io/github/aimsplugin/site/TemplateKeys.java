package io.github.aimsplugin.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template's keys against its view record without rendering it: every {@code {{name}}},
 * {@code {{#name}}} and {@code {{^name}}} must be a record component of the view or of a section around it, as
 * Mustache.java looks them up (innermost scope first; a {@link Parts} view is its parts, the last searched first).
 * A section over a list searches its element type; over a record, that record. A renamed field is a failing test,
 * not a blank on a page.
 */
final class TemplateKeys {

    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{)?\\s*([#^/>!&]?)\\s*(.*?)\\s*\\}?\\}\\}",
            Pattern.DOTALL);

    private TemplateKeys() {}

    /** The problems of a template of the site-template jar ({@code name} with its extension) with a view type. */
    static List<String> problems(String template, Class<?> view) {
        List<Type> roots = new ArrayList<>();
        if (Parts.class.isAssignableFrom(view)) {
            Arrays.stream(view.getRecordComponents()).forEach(part -> roots.add(part.getGenericType()));
        } else {
            roots.add(view);
        }
        Deque<Frame> scopes = new ArrayDeque<>();
        roots.forEach(root -> scopes.push(new Frame(null, root)));
        List<String> problems = new ArrayList<>();
        check(template, read(template), scopes, problems);
        return problems;
    }

    /** An open section: its name, and the type it searches (null when it adds no scope of its own). */
    private record Frame(String name, Type type) {}

    private static void check(String template, String text, Deque<Frame> scopes, List<String> problems) {
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String sigil = tag.group(2);
            String name = tag.group(3);
            switch (sigil) {
                case "!" -> { }
                case ">" -> check(name + ".mustache", read(name + ".mustache"), scopes, problems);
                case "/" -> {
                    Frame open = scopes.pop();
                    if (!name.equals(open.name())) {
                        problems.add(template + ": {{/" + name + "}} closes " + open.name());
                    }
                }
                default -> {
                    Type type = name.equals(".") ? Object.class : resolve(name, scopes);
                    if (type == null) {
                        problems.add(template + ": {{" + sigil + name + "}} is a key of no view in scope "
                                + scopes.stream().map(frame -> String.valueOf(frame.type())).toList());
                    }
                    if (sigil.equals("#")) {
                        scopes.push(new Frame(name, type == null ? null : sectionScope(type)));
                    } else if (sigil.equals("^")) {
                        scopes.push(new Frame(name, null));
                    }
                }
            }
        }
    }

    /** The type of a key, searched from the innermost scope out; dotted names walk into records. */
    private static Type resolve(String name, Deque<Frame> scopes) {
        String[] parts = name.split("\\.");
        for (Frame frame : scopes) {
            Type type = component(frame.type(), parts[0]);
            if (type != null) {
                for (int i = 1; i < parts.length && type != null; i++) {
                    type = component(sectionScope(type), parts[i]);
                }
                return type;
            }
        }
        return null;
    }

    private static Type component(Type type, String name) {
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            return null;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    /** What a section over a value of this type searches: a list's elements, or the value itself. */
    private static Type sectionScope(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return list.getActualTypeArguments()[0];
        }
        return type;
    }

    private static String read(String name) {
        try (InputStream in = TemplateKeys.class.getClassLoader()
                .getResourceAsStream(SiteTemplates.CLASSPATH_ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name + " in the site-template jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
