package io.maskmark.detect;

import java.util.Map;

/**
 * Creates a {@link Detector} by name from configuration. Providers are found with
 * {@link java.util.ServiceLoader}, so an optional module (such as the GPL-licensed CoreNLP engine)
 * plugs in by being on the class path.
 */
public interface DetectorProvider {

  /** The name used in configuration, e.g. {@code structured} or {@code hanlp}. */
  String name();

  /** One line for {@code maskmark detectors}: what it finds and with which engine. */
  String description();

  /** Builds the detector; expensive models load here, once per process. */
  Detector create(Map<String, String> options);
}
