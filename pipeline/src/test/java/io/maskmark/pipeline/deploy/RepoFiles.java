package io.maskmark.pipeline.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the repository's files and the Prometheus tools for the deploy/ tests. */
public final class RepoFiles {

  private RepoFiles() {
  }

  /** The repository root: the nearest ancestor of the working directory holding deploy/. */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("pipeline"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("repository root (with deploy/) not found above "
        + Path.of("").toAbsolutePath());
  }

  public static Path deploy(String relative) {
    return root().resolve("deploy").resolve(relative);
  }

  /** An executable on the PATH (e.g. prometheus, promtool), if installed. */
  public static Optional<Path> executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
