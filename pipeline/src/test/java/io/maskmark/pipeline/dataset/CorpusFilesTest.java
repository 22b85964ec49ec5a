package io.maskmark.pipeline.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

  @TempDir
  Path dir;

  private List<String> ids(List<String> inputs, Path exclude) throws Exception {
    return CorpusFiles.resolve(inputs, exclude).stream().map(CorpusFiles.CorpusFile::id).toList();
  }

  @Test
  void directoriesFilesAndGlobsNameFilesByTheirRelativePath() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("a/b"));
    Files.createDirectories(in.resolve(".git"));
    Files.createDirectories(in.resolve("out"));
    Files.writeString(in.resolve("top.txt"), "x");
    Files.writeString(in.resolve("a/b/deep.txt"), "x");
    Files.writeString(in.resolve("a/doc.pdf"), "x");
    Files.writeString(in.resolve(".git/config"), "x");
    Files.writeString(in.resolve("out/part.jsonl"), "x");

    assertEquals(List.of("a/b/deep.txt", "a/doc.pdf", "top.txt"), ids(List.of(in.toString()), in.resolve("out")),
        "hidden files and the output directory are left out");
    assertEquals(List.of("a/b/deep.txt", "top.txt"), ids(List.of(in + "/**/*.txt"), null),
        "**/ matches at the top level too");
    assertEquals(List.of("doc.pdf"), ids(List.of(in + "/a/*.pdf"), null), "relative to the fixed prefix");
    assertEquals(List.of("top.txt"), ids(List.of(in.resolve("top.txt").toString()), null));
    assertThrows(IllegalArgumentException.class, () -> ids(List.of(in + "/missing"), null));
    assertThrows(IllegalArgumentException.class, () -> ids(List.of(in + "/*.docx"), null));
  }
}
