package io.github.aimsplugin.site.render;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames between the build and its renderer JVM, over the child's stdin and stdout: a one-byte type, then
 * strings as a length and UTF-8 bytes (-1 for null). The build sends {@link #HTML}, {@link #PDF},
 * {@link #PREPARE_PDF} and, last, {@link #QUIT}; the renderer answers with {@link #READY} once after its boot, then per HTML request one
 * {@link #PAGE} per page and {@link #DONE}, or {@link #ERROR} with a message.
 */
final class RendererProtocol {

    static final int HTML = 'H';
    static final int PDF = 'P';
    static final int PREPARE_PDF = 'R';
    /** The build ends: exit normally (writing the class-data archive if asked). Input closed without it: the build died. */
    static final int QUIT = 'Q';
    static final int READY = 'V';
    static final int PAGE = 'p';
    static final int DONE = 'd';
    static final int ERROR = 'e';

    private RendererProtocol() {}

    static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writePath(DataOutputStream out, Path path) throws IOException {
        writeString(out, path == null ? null : path.toString());
    }

    static Path readPath(DataInputStream in) throws IOException {
        String text = readString(in);
        return text == null ? null : Path.of(text);
    }

    static void writeOptions(DataOutputStream out, RenderOptions options) throws IOException {
        writeString(out, options.backend());
        out.writeBoolean(options.standalone());
        writePath(out, options.baseDirectory());
        writePath(out, options.toFile());
        out.writeInt(options.attributes().size());
        for (Map.Entry<String, String> attribute : options.attributes().entrySet()) {
            writeString(out, attribute.getKey());
            writeString(out, attribute.getValue());
        }
    }

    static RenderOptions readOptions(DataInputStream in) throws IOException {
        String backend = readString(in);
        boolean standalone = in.readBoolean();
        Path base = readPath(in);
        Path toFile = readPath(in);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            attributes.put(readString(in), readString(in));
        }
        return new RenderOptions(backend, standalone, base, toFile, attributes);
    }

    static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(readString(in));
        }
        return texts;
    }

    static void writePaths(DataOutputStream out, List<Path> paths) throws IOException {
        writeStrings(out, paths.stream().map(Path::toString).toList());
    }

    static List<Path> readPaths(DataInputStream in) throws IOException {
        return readStrings(in).stream().map(Path::of).toList();
    }
}
