package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;

/**
 * {@code encrypt}: a reversible token, {@code [[mm:PERSON:5d1c9a0e:...]]}: the exact value under
 * deterministic AES-SIV (Tink) with the primary key, so equal values give equal tokens (joins and
 * counts still work) and {@code maskmark reidentify} with the key ring restores the original.
 */
final class EncryptOperator implements Operator {

  private final KeyRing keys;

  EncryptOperator(KeyRing keys) {
    this.keys = keys;
  }

  @Override
  public String name() {
    return "encrypt";
  }

  @Override
  public String apply(Occurrence o) {
    return keys.encrypt(o.type().name(), o.value()).format();
  }

  @Override
  public boolean keyed() {
    return true;
  }

  @Override
  public boolean anonymising() {
    return false;
  }

  @Override
  public String toString() {
    return "EncryptOperator[key " + keys.primaryId() + "]";
  }
}
