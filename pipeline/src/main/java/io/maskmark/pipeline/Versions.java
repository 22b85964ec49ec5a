package io.maskmark.pipeline;

/** Version strings stamped on every output record. */
public final class Versions {

  /** The pipeline version, from the jar manifest ("dev" when run from classes). */
  public static final String PIPELINE = version();

  private Versions() {
  }

  private static String version() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
