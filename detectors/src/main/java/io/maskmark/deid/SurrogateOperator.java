package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.deid.surrogate.Surrogates;
import io.maskmark.deid.values.Canonical;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code surrogate}: a realistic fake of the same type, language and format (see
 * {@link Surrogates}). Keyed (the default), the choice is seeded by an HMAC of the value, so one
 * person gets one surrogate in every record, partition and restart. With {@code random: true} it
 * is seeded at random and needs no key: the output is unlinkable, as anonymisation requires
 * (within one record a repeated value still gets one surrogate, see {@link Deidentifier}).
 * A value whose format is not recognised becomes the type tag.
 */
final class SurrogateOperator implements Operator {

  static final String PURPOSE = "maskmark/surrogate/v1";

  /** The key ring, or null for random surrogates. */
  private final KeyRing keys;

  SurrogateOperator(KeyRing keys) {
    this.keys = keys;
  }

  @Override
  public String name() {
    return "surrogate";
  }

  @Override
  public String apply(Occurrence o) {
    return Surrogates.of(o.type(), o.value(), o.language(), random(o))
        .orElseGet(() -> Tags.tag(o.type(), o.language()));
  }

  private Random random(Occurrence o) {
    if (keys == null) {
      return new Random(ThreadLocalRandom.current().nextLong());
    }
    byte[] mac = keys.hmac(PURPOSE, o.type().name() + "\u0000" + Canonical.of(o.type(), o.value()));
    return new Random(ByteBuffer.wrap(mac).getLong());
  }

  @Override
  public boolean keyed() {
    return keys != null;
  }

  @Override
  public boolean anonymising() {
    return keys == null;
  }

  @Override
  public String toString() {
    return keys == null ? "SurrogateOperator[random]" : "SurrogateOperator[key " + keys.primaryId() + "]";
  }
}
