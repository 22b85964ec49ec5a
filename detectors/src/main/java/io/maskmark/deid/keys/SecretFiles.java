package io.maskmark.deid.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files that hold key material: created owner-only, never overwritten. */
public final class SecretFiles {

  private SecretFiles() {
  }

  /**
   * Writes {@code bytes} to a new file readable and writable by its owner only (POSIX 600, set at
   * creation so there is no window where it is readable). Never overwrites.
   */
  public static void writeNew(Path file, byte[] bytes) {
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    try {
      Path created;
      try {
        created = Files.createFile(file, ownerOnly);
      } catch (UnsupportedOperationException e) {
        throw new KeyException("cannot write " + file
            + ": the file system does not support owner-only (POSIX) permissions");
      }
      try (OutputStream out = Files.newOutputStream(created)) {
        out.write(bytes);
      }
    } catch (FileAlreadyExistsException e) {
      throw new KeyException(file + " already exists; a key file is never overwritten "
          + "(choose a new name, or rotate with --from " + file + ")");
    } catch (NoSuchFileException e) {
      throw new KeyException("cannot write " + file + ": its directory does not exist");
    } catch (IOException e) {
      throw new KeyException("cannot write " + file + ": " + e.getClass().getSimpleName());
    }
  }
}
