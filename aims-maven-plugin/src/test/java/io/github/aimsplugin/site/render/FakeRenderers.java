package io.github.aimsplugin.site.render;

import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/** Renderer mains that misbehave on purpose, without JRuby: for the lifecycle tests of {@link ForkedRenderer}. */
final class FakeRenderers {

    private FakeRenderers() {}

    static void ready(DataOutputStream out) throws IOException {
        out.writeByte(RendererProtocol.READY);
        RendererProtocol.writeString(out, "fake");
        out.writeLong(1);
        out.flush();
    }

    /** Says READY, then reads every request and never answers. */
    public static final class Hanging {
        public static void main(String[] args) throws IOException, InterruptedException {
            ready(new DataOutputStream(new FileOutputStream(FileDescriptor.out)));
            while (System.in.read() >= 0) {
                // swallow
            }
            Thread.sleep(60_000);
        }
    }

    /** Says READY, then dies on the first request with a last word on stderr. */
    public static final class Crashing {
        public static void main(String[] args) throws IOException {
            ready(new DataOutputStream(new FileOutputStream(FileDescriptor.out)));
            System.in.read();
            System.err.println("boom: out of luck");
            System.exit(3);
        }
    }

    /** Ends before it is ready, as a JVM that cannot start does. */
    public static final class NeverReady {
        public static void main(String[] args) {
            System.err.println("cannot start");
            System.exit(1);
        }
    }

    /** Says READY, then crashes the JVM itself on the first request (as mapping a corrupt class-data archive can). */
    public static final class CrashingJvm {
        public static void main(String[] args) throws Exception {
            ready(new DataOutputStream(new FileOutputStream(FileDescriptor.out)));
            System.in.read();
            // a SIGSEGV the JVM cannot attribute: it writes a crash report (hs_err) and aborts
            new ProcessBuilder("kill", "-SEGV", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            Thread.sleep(30_000);
        }
    }
}
