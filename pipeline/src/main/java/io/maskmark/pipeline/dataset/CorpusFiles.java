package io.maskmark.pipeline.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a corpus named by directories (walked recursively), files, or globs such as
 * {@code corpus/**}{@code /*.pdf}. A file's id is its path relative to the directory or the
 * glob's fixed prefix ('/'-separated), so the batch command, ingest and export agree on it.
 */
public final class CorpusFiles {

  /** One file of the corpus. */
  public record CorpusFile(Path path, String id, long bytes) {
  }

  private CorpusFiles() {
  }

  /**
   * @param exclude a directory never to read from (the output directory), or null
   * @throws IllegalArgumentException when an input names nothing that exists
   */
  public static List<CorpusFile> resolve(List<String> inputs, Path exclude) throws IOException {
    List<CorpusFile> files = new ArrayList<>();
    Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
    for (String input : inputs) {
      int before = files.size();
      if (isGlob(input)) {
        glob(input, skip, files);
      } else {
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
          walk(p, p, null, skip, files);
        } else if (Files.isRegularFile(p)) {
          files.add(new CorpusFile(p, p.getFileName().toString(), Files.size(p)));
        } else {
          throw new IllegalArgumentException("no such file or directory: " + input);
        }
      }
      if (files.size() == before && isGlob(input)) {
        throw new IllegalArgumentException("no file matches " + input);
      }
    }
    return files;
  }

  private static boolean isGlob(String s) {
    return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static void glob(String pattern, Path skip, List<CorpusFile> out) throws IOException {
    String norm = pattern.replace('\\', '/');
    int firstGlob = 0;
    while (firstGlob < norm.length() && "*?[{".indexOf(norm.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    int slash = norm.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    String rest = norm.substring(slash + 1);
    if (!Files.isDirectory(base)) {
      throw new IllegalArgumentException("no such directory: " + base);
    }
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    // "**/" also matches at the top level, as shells with globstar do
    PathMatcher top = rest.startsWith("**/")
        ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3)) : p -> false;
    walk(base, base, rel -> m.matches(rel) || top.matches(rel), skip, out);
  }

  private static void walk(Path root, Path dir, PathMatcher filter, Path skip, List<CorpusFile> out)
      throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> paths = s.filter(Files::isRegularFile)
          .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
          .filter(p -> !hidden(root.relativize(p)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
      for (Path p : paths) {
        Path rel = root.relativize(p);
        if (filter == null || filter.matches(rel)) {
          out.add(new CorpusFile(p, rel.toString().replace('\\', '/'), size(p)));
        }
      }
    }
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
