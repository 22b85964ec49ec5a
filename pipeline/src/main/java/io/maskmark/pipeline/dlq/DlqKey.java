package io.maskmark.pipeline.dlq;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.maskmark.deid.keys.KeyException;
import io.maskmark.deid.keys.SecretFiles;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The key that seals dead-letter payloads: the DLQ holds raw input by necessity, so a deployment
 * can encrypt it (AES-256-GCM, a Google Tink keyset) and give the key only to whoever handles
 * dead letters. It is a different secret from the de-identification key ring on purpose: the
 * people who may read failed raw records are not those who may re-identify tokens.
 *
 * <p>The record key is bound as associated data, so a sealed value cannot be moved to another
 * record unnoticed. Sealed records carry {@value #ENCODING_HEADER}: {@value #ENCODING}.
 */
public final class DlqKey {

  public static final String ENCODING_HEADER = "maskmark.dlq.encoding";
  public static final String ENCODING = "tink-aes256gcm-v1";

  private static final Configuration AEAD = AeadConfig2026.get();
  private static final byte[] CONTEXT = "maskmark.dlq.v1|".getBytes(StandardCharsets.UTF_8);

  private final Aead aead;

  private DlqKey(Aead aead) {
    this.aead = aead;
  }

  /** Writes a new key file (owner-only, never overwritten). */
  public static void generate(Path file) {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, AEAD);
      SecretFiles.writeNew(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, AEAD,
          InsecureSecretKeyAccess.get()).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not generate a key: " + e.getMessage()); // none made yet
    }
  }

  public static DlqKey load(Path file) {
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(json, AEAD,
          InsecureSecretKeyAccess.get());
      return new DlqKey(handle.getPrimitive(AEAD, Aead.class));
    } catch (NoSuchFileException e) {
      throw new KeyException("DLQ key file not found: " + file);
    } catch (IOException e) {
      throw new KeyException("cannot read DLQ key file " + file + ": " + e.getClass().getSimpleName());
    } catch (GeneralSecurityException | RuntimeException e) {
      // Tink's messages may describe the keyset; say only what is wrong with the file.
      throw new KeyException(file + " is not a DLQ key file (an AES-256-GCM Tink keyset in JSON; "
          + "make one with: maskmark dlq keygen --out FILE)");
    }
  }

  /** The stream's dead-letter encoding with this key. */
  public DeadLetterPayload payload() {
    return (value, recordKey, headers) -> {
      if (value == null) {
        return null; // a tombstone holds nothing to protect
      }
      headers.remove(ENCODING_HEADER);
      headers.add(ENCODING_HEADER, ENCODING.getBytes(StandardCharsets.UTF_8));
      try {
        return aead.encrypt(value, associatedData(recordKey));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("DLQ payload encryption failed");
      }
    };
  }

  /**
   * The original value of a dead letter, or empty when it was not sealed; a sealed value that does
   * not open (another key, tampered, moved to another record) is an error.
   */
  public Optional<byte[]> open(byte[] value, byte[] recordKey, Headers headers) {
    Header h = headers.lastHeader(ENCODING_HEADER);
    if (h == null) {
      return Optional.empty();
    }
    if (!ENCODING.equals(new String(h.value(), StandardCharsets.UTF_8))) {
      throw new KeyException("unknown DLQ encoding " + new String(h.value(), StandardCharsets.UTF_8));
    }
    try {
      return Optional.of(aead.decrypt(value, associatedData(recordKey)));
    } catch (GeneralSecurityException e) {
      throw new KeyException("the dead letter does not open with this key (another key, or the "
          + "record was altered)");
    }
  }

  private static byte[] associatedData(byte[] recordKey) {
    byte[] key = recordKey == null ? new byte[0] : recordKey;
    byte[] ad = new byte[CONTEXT.length + key.length];
    System.arraycopy(CONTEXT, 0, ad, 0, CONTEXT.length);
    System.arraycopy(key, 0, ad, CONTEXT.length, key.length);
    return ad;
  }

  @Override
  public String toString() {
    return "DlqKey[AES-256-GCM, material hidden]";
  }
}
