package io.maskmark.pipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Bearer-token authentication. The token is kept only as its SHA-256 digest and compared in
 * constant time ({@link MessageDigest#isEqual} on digests of equal length), so neither timing
 * nor length reveals it; it never appears in logs, errors or {@link #toString()}.
 */
public final class BearerAuth {

  /** Environment variable holding the API token when no token file is given. */
  public static final String TOKEN_ENV = "MASKMARK_API_TOKEN";

  /** Shorter tokens are refused: a bearer token is only as strong as it is long. */
  public static final int MIN_LENGTH = 16;

  /** Lets every request through: for local use only ({@code --no-auth}). */
  public static final BearerAuth DISABLED = new BearerAuth(null);

  private final byte[] digest;

  private BearerAuth(byte[] digest) {
    this.digest = digest;
  }

  public static BearerAuth ofToken(String token) {
    if (token == null || token.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the API token must be at least " + MIN_LENGTH
          + " characters long (e.g. `openssl rand -hex 32`)");
    }
    String t = token.strip();
    if (!t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("the API token must be printable ASCII without spaces");
    }
    return new BearerAuth(sha256(t));
  }

  /**
   * The token from {@code file} (first line, surrounding whitespace removed), else from
   * {@value #TOKEN_ENV}; an error when neither is set.
   */
  public static BearerAuth load(Path file, String envValue) {
    if (file != null) {
      try {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return ofToken(content.lines().findFirst().orElse(""));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("token file not found: " + file);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read token file " + file + " ("
            + e.getClass().getSimpleName() + ")");
      }
    }
    if (envValue != null && !envValue.isBlank()) {
      return ofToken(envValue);
    }
    throw new IllegalArgumentException("an API token is required: --token-file FILE or $"
        + TOKEN_ENV + " (or --no-auth for local use only)");
  }

  public boolean enabled() {
    return digest != null;
  }

  /** 401 unless the request carries {@code Authorization: Bearer <token>}. */
  public void check(HttpExchange ex) {
    if (digest == null) {
      return;
    }
    String h = ex.getRequestHeaders().getFirst("Authorization");
    if (h == null) {
      throw unauthorized("missing Authorization: Bearer token");
    }
    String v = h.strip();
    if (v.length() < 7 || !v.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      throw unauthorized("the Authorization header must be a Bearer token");
    }
    if (!MessageDigest.isEqual(digest, sha256(v.substring(7).strip()))) {
      throw unauthorized("invalid bearer token");
    }
  }

  private static HttpError unauthorized(String message) {
    return new HttpError(401, "unauthorized", message);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return digest == null ? "BearerAuth[disabled]" : "BearerAuth[enabled]";
  }
}
