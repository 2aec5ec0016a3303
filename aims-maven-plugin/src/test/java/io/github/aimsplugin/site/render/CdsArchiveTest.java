package io.github.aimsplugin.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive's cache: keyed by JDK, jars and flags; made aside and published atomically; never used broken. */
class CdsArchiveTest {

    @TempDir
    Path work;

    private Path jar(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }

    private static byte[] archiveBytes(int size) {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
        buffer.putInt(CdsArchive.MAGIC);
        return buffer.array();
    }

    @Test
    void noArchiveWithoutCacheOrWithAFolderOnTheClassPath() throws IOException {
        Path jar = jar("a.jar", "a");
        assertThat(CdsArchive.of(null, List.of(jar), List.of())).isEmpty();
        assertThat(CdsArchive.of(work.resolve("cache"), List.of(jar, work), List.of())).isEmpty();
        assertThat(CdsArchive.of(work.resolve("cache"), List.of(jar), List.of())).isPresent();
    }

    @Test
    void theKeyChangesWithAJarOrAFlag() throws IOException {
        Path cache = work.resolve("cache");
        Path jar = jar("asciidoctorj-3.0.1.jar", "one");
        Path first = CdsArchive.of(cache, List.of(jar), List.of("-Xmx1g")).orElseThrow().file();
        assertThat(CdsArchive.of(cache, List.of(jar), List.of("-Xmx1g")).orElseThrow().file()).isEqualTo(first);
        assertThat(CdsArchive.of(cache, List.of(jar), List.of("-Xmx2g")).orElseThrow().file()).isNotEqualTo(first);
        Files.writeString(jar, "a rebuilt snapshot");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(0));
        assertThat(CdsArchive.of(cache, List.of(jar), List.of("-Xmx1g")).orElseThrow().file()).isNotEqualTo(first);
        assertThat(first.getParent()).isEqualTo(cache);
    }

    @Test
    void theFirstRendererMakesTheArchiveAsideAndItIsPublishedOnlyAfterACleanExit() throws IOException {
        Path jar = jar("a.jar", "a");
        CdsArchive making = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        List<String> flags = making.flags();
        assertThat(making.creating()).isTrue();
        assertThat(flags).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=").endsWith(".tmp");
        Path pending = Path.of(flags.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.write(pending, archiveBytes(2 << 20));

        making.publish(false);
        assertThat(pending).doesNotExist();
        assertThat(making.file()).doesNotExist();

        Files.write(pending, archiveBytes(2 << 20));
        making.publish(true);
        assertThat(pending).doesNotExist();
        assertThat(making.file()).isRegularFile();

        CdsArchive using = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        assertThat(using.flags()).containsExactly("-XX:SharedArchiveFile=" + making.file());
        assertThat(using.creating()).isFalse();
    }

    @Test
    void aCorruptOrPartialArchiveIsReplacedRatherThanUsed() throws IOException {
        Path jar = jar("a.jar", "a");
        CdsArchive archive = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        Files.createDirectories(archive.file().getParent());
        Files.writeString(archive.file(), "not an archive, but long enough? no");
        assertThat(archive.flags()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(archive.file()).doesNotExist();

        Files.write(archive.file(), archiveBytes(1000)); // the right start, cut short
        assertThat(CdsArchive.usable(archive.file())).isFalse();
    }

    @Test
    void anArchiveCorruptedPastItsHeaderIsDeletedAndMadeAgainNotMapped() throws IOException {
        Path jar = jar("a.jar", "a");
        CdsArchive making = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        Path pending = Path.of(making.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        byte[] bytes = archiveBytes(2 << 20);
        bytes[1 << 20] = 7;
        Files.write(pending, bytes);
        making.publish(true);
        assertThat(making.file().resolveSibling(making.file().getFileName() + ".crc")).isRegularFile();

        // a flipped byte far past the header: same size, same magic number, so it still "looks" usable
        byte[] corrupt = Files.readAllBytes(making.file());
        corrupt[(1 << 20) + 4096] ^= 0x5a;
        Files.write(making.file(), corrupt);
        assertThat(CdsArchive.usable(making.file())).isTrue();

        CdsArchive next = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        assertThat(next.flags()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(next.creating()).isTrue();
        assertThat(making.file()).doesNotExist();
    }

    @Test
    void anArchiveWithoutItsChecksumIsNotMappedAndDiscardDeletesAnArchiveInUse() throws IOException {
        Path jar = jar("a.jar", "a");
        CdsArchive archive = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        Files.createDirectories(archive.file().getParent());
        Files.write(archive.file(), archiveBytes(2 << 20)); // copied in from elsewhere, never published here
        assertThat(archive.flags()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");

        Files.write(archive.file(), archiveBytes(2 << 20));
        Files.writeString(archive.file().resolveSibling(archive.file().getFileName() + ".crc"),
                CdsArchive.fingerprint(archive.file()));
        CdsArchive using = CdsArchive.of(work.resolve("cache"), List.of(jar), List.of()).orElseThrow();
        assertThat(using.flags()).containsExactly("-XX:SharedArchiveFile=" + archive.file());
        using.discard();
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void theCacheKeepsExactlyThreeArchivesAlsoWhileANewOneIsMade() throws IOException {
        Path cache = Files.createDirectories(work.resolve("cache"));
        for (int i = 1; i <= 3; i++) {
            Files.setLastModifiedTime(Files.write(cache.resolve("renderer-old" + i + ".jsa"), archiveBytes(16)),
                    FileTime.fromMillis(System.currentTimeMillis() - (10 - i) * 60_000L));
        }
        CdsArchive making = CdsArchive.of(cache, List.of(jar("a.jar", "a")), List.of()).orElseThrow();
        Path pending = Path.of(making.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.write(pending, archiveBytes(2 << 20));
        making.publish(true);

        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jsa")))
                    .containsExactlyInAnyOrder("renderer-old2.jsa", "renderer-old3.jsa",
                            making.file().getFileName().toString());
        }
    }

    @Test
    void theCacheKeepsTheNewestArchivesAndDropsOldHalfWrittenFiles() throws IOException {
        Path cache = Files.createDirectories(work.resolve("cache"));
        for (int i = 1; i <= 5; i++) {
            Files.setLastModifiedTime(Files.write(cache.resolve("renderer-" + i + ".jsa"), archiveBytes(16)),
                    FileTime.fromMillis(System.currentTimeMillis() - (10 - i) * 60_000L));
        }
        Path stale = Files.writeString(cache.resolve("renderer-1.jsa.7-1.tmp"), "killed mid-write");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path writing = Files.writeString(cache.resolve("renderer-6.jsa.8-2.tmp"), "being written now");
        Path foreign = Files.writeString(cache.resolve("notes.txt"), "not ours");

        CdsArchive.prune(cache);

        assertThat(cache.resolve("renderer-5.jsa")).exists();
        assertThat(cache.resolve("renderer-4.jsa")).exists();
        assertThat(cache.resolve("renderer-3.jsa")).exists();
        assertThat(cache.resolve("renderer-2.jsa")).doesNotExist();
        assertThat(cache.resolve("renderer-1.jsa")).doesNotExist();
        assertThat(stale).doesNotExist();
        assertThat(writing).exists();
        assertThat(foreign).exists();
    }
}
