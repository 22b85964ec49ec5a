package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.deid.values.Canonical;
import java.util.HexFormat;

/**
 * {@code hash}: a keyed pseudonym, {@code <PERSON#3f9a1c2e7b04>} / {@code [姓名#3f9a1c2e7b04]}:
 * HMAC-SHA256 of the type and the value's canonical form under the primary key, truncated to
 * {@code length} hex digits. The same value gets the same pseudonym wherever the same key is
 * used; without the key it can neither be reversed nor recomputed (an unkeyed hash of a phone
 * number falls to a dictionary attack in seconds).
 */
final class HashOperator implements Operator {

  static final String PURPOSE = "maskmark/hash/v1";

  private final KeyRing keys;
  private final int length;

  HashOperator(KeyRing keys, int length) {
    this.keys = keys;
    this.length = length;
  }

  static HashOperator create(Params p, KeyRing keys) {
    return new HashOperator(keys, p.integer("length", 12, 8, 64));
  }

  @Override
  public String name() {
    return "hash";
  }

  @Override
  public String apply(Occurrence o) {
    return Tags.tag(o.type(), o.language(), "#" + pseudonym(o));
  }

  String pseudonym(Occurrence o) {
    byte[] mac = keys.hmac(PURPOSE, o.type().name() + "\u0000" + Canonical.of(o.type(), o.value()));
    return HexFormat.of().formatHex(mac).substring(0, length);
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
    return "HashOperator[key " + keys.primaryId() + ", length " + length + "]";
  }
}
