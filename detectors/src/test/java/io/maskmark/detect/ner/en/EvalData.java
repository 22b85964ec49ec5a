package io.maskmark.detect.ner.en;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation folder: {@code shared/eval} beside the repository root (or beside
 * one of its parent folders, as for a git worktree), or {@code -Dmaskmark.eval.dir}. Tests that
 * need it skip when it is absent; nothing from it is ever copied into the repository.
 */
final class EvalData {

  private EvalData() {
  }

  static Optional<Path> file(String relative) {
    String dir = System.getProperty("maskmark.eval.dir");
    if (dir != null && !dir.isBlank()) {
      Path p = Path.of(dir).resolve(relative);
      return Files.isReadable(p) ? Optional.of(p) : Optional.empty();
    }
    Path d = Path.of("").toAbsolutePath();
    // from the module folder: the repository root is its parent; allow two more levels up
    for (int up = 0; up < 4 && d != null; up++, d = d.getParent()) {
      Path p = d.resolveSibling("shared").resolve("eval").resolve(relative);
      if (d.getParent() != null && Files.isReadable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
