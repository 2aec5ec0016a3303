package io.github.aimsplugin.release;

import java.io.IOException;
import io.github.aimsplugin.schema.load.ContainedFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, streamed so that large evidence files are not held in memory. */
public final class Sha256 {

    private Sha256() {}

    /** The digest of a regular file, opened on its real path (never a pipe or device, which could block). */
    public static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = ContainedFiles.open(ContainedFiles.real(file))) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
