package io.github.aimsplugin.maven.mojo;

import java.lang.reflect.Field;

/** Sets a mojo field whose default expression the harness cannot evaluate (its project is a mock without a build). */
final class MojoExtensionSupport {

    private MojoExtensionSupport() {}

    /**
     * A folder under the harness project's target/, for a test's outputs: the plugin writes only inside the build
     * directory (or, when set explicitly, the project), never into the system's temporary folder.
     */
    static java.nio.file.Path buildDirectory(Object mojo) throws ReflectiveOperationException {
        Field field = AbstractAimsMojo.class.getDeclaredField("baseDirectory");
        field.setAccessible(true);
        return ((java.io.File) field.get(mojo)).toPath().resolve("target/harness");
    }

    static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
