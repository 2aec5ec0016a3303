package io.github.aimsplugin.site.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The renderer JVM's main: boots Asciidoctor, says READY, then converts what the build asks, one request at a time,
 * with {@link InProcessAsciidoctor} (the code the in-process renderer runs). A reader thread watches stdin: when it
 * closes this JVM exits — normally after the build's QUIT, at once (even mid-conversion) when Maven was killed.
 */
public final class RendererMain {

    private final DataOutputStream out;
    private final BlockingQueue<Runnable> requests = new LinkedBlockingQueue<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final InProcessAsciidoctor asciidoctor = new InProcessAsciidoctor();

    private RendererMain(DataOutputStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        // The frames own stdout; anything a library prints goes to stderr, which the build keeps for its messages.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        RendererMain renderer = new RendererMain(out);
        // A normal exit (after the build's QUIT) closes the runtime; a halt (the build died) does not wait for it.
        Runtime.getRuntime().addShutdownHook(new Thread(renderer.asciidoctor::close, "aims-asciidoctor-close"));
        Thread reader = new Thread(() -> renderer.read(in), "aims-renderer-stdin");
        reader.setDaemon(true);
        reader.start();
        renderer.serve();
    }

    /** Boots, answers READY, then runs the requests in order; a request's failure is an ERROR frame, not an exit. */
    private void serve() throws InterruptedException {
        try {
            String version = asciidoctor.version();
            synchronized (out) {
                out.writeByte(RendererProtocol.READY);
                RendererProtocol.writeString(out, version);
                out.writeLong(asciidoctor.bootMillis());
                out.flush();
            }
        } catch (IOException e) {
            System.exit(2);
        } catch (RuntimeException | LinkageError e) {
            error(e);
        }
        while (true) {
            Runnable request = requests.take();
            busy.set(true);
            try {
                request.run();
            } finally {
                busy.set(false);
            }
        }
    }

    private void read(DataInputStream in) {
        boolean quit = false;
        try {
            while (true) {
                int type = in.read();
                if (type < 0 || quit) {
                    break;
                }
                switch (type) {
                    case RendererProtocol.HTML -> {
                        RenderOptions options = RendererProtocol.readOptions(in);
                        List<Path> sources = RendererProtocol.readPaths(in);
                        requests.add(() -> html(sources, options));
                    }
                    case RendererProtocol.PDF -> {
                        RenderOptions options = RendererProtocol.readOptions(in);
                        Path source = RendererProtocol.readPath(in);
                        requests.add(() -> pdf(source, options));
                    }
                    case RendererProtocol.PREPARE_PDF -> asciidoctor.preparePdf();
                    case RendererProtocol.QUIT -> quit = true;
                    default -> throw new IOException("unknown request type " + type);
                }
            }
        } catch (EOFException e) {
            // The build closed our input mid-frame: it is gone.
        } catch (IOException | RuntimeException e) {
            System.err.println("aims renderer: " + e);
        }
        if (!quit || busy.get()) {
            // The build died (Maven was killed): stop at once, neither finishing a page nor writing an archive that
            // nobody will publish.
            Runtime.getRuntime().halt(0);
        }
        // Exit normally, so that the JVM writes the class-data archive when the build asked for one.
        System.exit(0);
    }

    private void html(List<Path> sources, RenderOptions options) {
        try {
            Renderer.Conversion done = asciidoctor.convert(sources, options, (source, title, body) -> {
                synchronized (out) {
                    out.writeByte(RendererProtocol.PAGE);
                    RendererProtocol.writePath(out, source);
                    RendererProtocol.writeString(out, title);
                    RendererProtocol.writeString(out, body);
                }
            });
            done(done);
        } catch (RuntimeException | LinkageError e) {
            error(e);
        }
    }

    private void pdf(Path source, RenderOptions options) {
        try {
            done(asciidoctor.convertToPdf(source, options));
        } catch (RuntimeException | LinkageError e) {
            error(e);
        }
    }

    private void done(Renderer.Conversion conversion) {
        synchronized (out) {
            try {
                out.writeByte(RendererProtocol.DONE);
                out.writeLong(conversion.millis());
                RendererProtocol.writeStrings(out, conversion.messages());
                out.flush();
            } catch (IOException e) {
                System.exit(2);
            }
        }
    }

    private void error(Throwable failure) {
        synchronized (out) {
            try {
                out.writeByte(RendererProtocol.ERROR);
                RendererProtocol.writeString(out, failure.getMessage() == null ? failure.toString()
                        : failure.getMessage());
                out.flush();
            } catch (IOException e) {
                System.exit(2);
            }
        }
    }
}
