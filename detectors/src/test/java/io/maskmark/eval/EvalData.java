package io.maskmark.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared evaluation data is: {@code shared/eval} beside the repository root (or beside
 * one of its parent folders), or the directory named by the system property
 * {@code maskmark.eval.dir} or the environment variable {@code MASKMARK_EVAL_DIR}. Empty when absent,
 * so gates skip instead of failing on a checkout without the data.
 */
public final class EvalData {

  private EvalData() {
  }

  public static Optional<Path> file(String relative) {
    String configured = System.getProperty("maskmark.eval.dir", System.getenv("MASKMARK_EVAL_DIR"));
    if (configured != null && !configured.isBlank()) {
      Path f = Path.of(configured).resolve(relative);
      return Files.isReadable(f) ? Optional.of(f) : Optional.empty();
    }
    // tests run in a module folder; the data sits beside the repository root, or beside one of
    // its parent folders when the checkout is a git worktree
    Path d = Path.of("").toAbsolutePath().getParent();
    for (int up = 0; up < 3 && d != null && d.getParent() != null; up++, d = d.getParent()) {
      Path f = d.resolveSibling("shared").resolve("eval").resolve(relative);
      if (Files.isReadable(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
