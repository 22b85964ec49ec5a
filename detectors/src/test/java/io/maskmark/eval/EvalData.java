package io.maskmark.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared evaluation data is: {@code ../shared/eval} beside the repository root (tests run
 * in a module directory, one level below the root), or the directory named by the system property
 * {@code maskmark.eval.dir} or the environment variable {@code MASKMARK_EVAL_DIR}. Empty when absent,
 * so gates skip instead of failing on a checkout without the data.
 */
public final class EvalData {

  private EvalData() {
  }

  public static Optional<Path> file(String relative) {
    String configured = System.getProperty("maskmark.eval.dir", System.getenv("MASKMARK_EVAL_DIR"));
    Path moduleDir = Path.of("").toAbsolutePath();
    Path root = Files.exists(moduleDir.resolve("../pom.xml")) ? moduleDir.getParent() : moduleDir;
    Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
        : root.resolve("../shared/eval").normalize();
    Path f = dir.resolve(relative);
    return Files.isReadable(f) ? Optional.of(f) : Optional.empty();
  }
}
