package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.deid.keys.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Restores the values that the {@code encrypt} operator turned into tokens, for whoever holds the
 * key ring. Only tokens are reversible: hashes, masks, surrogates and generalisations are not,
 * by design. Thread-safe.
 */
public final class Reidentifier {

  private final KeyRing keys;

  public Reidentifier(KeyRing keys) {
    this.keys = keys;
  }

  /** One replaced token, in UTF-16 offsets of the input and of the output. */
  public record Edit(int oldStart, int oldEnd, int newStart, int newEnd) {
  }

  /**
   * @param restored   tokens replaced by their original value
   * @param unknownKey tokens made with a key id that is not in the ring ({@code unknownKeyIds})
   * @param invalid    tokens of a known key that do not decrypt (altered, or a different key
   *                   material under a reused id)
   */
  public record Result(String text, int restored, int unknownKey, int invalid,
                       Set<String> unknownKeyIds, List<Edit> edits) {

    public int found() {
      return restored + unknownKey + invalid;
    }

    /** The output offset of an input start offset (a token start maps to the value's start). */
    public int mapStart(int oldIndex) {
      return map(oldIndex, false);
    }

    /** The output offset of an input end offset (a token end maps to the value's end). */
    public int mapEnd(int oldIndex) {
      return map(oldIndex, true);
    }

    private int map(int i, boolean end) {
      int delta = 0;
      for (Edit e : edits) {
        if (e.oldEnd() <= i) {
          delta = e.newEnd() - e.oldEnd();
        } else if (e.oldStart() < i) {
          return end ? e.newEnd() : e.newStart();
        } else {
          break;
        }
      }
      return i + delta;
    }

    @Override
    public String toString() {
      return "Reidentifier.Result[restored=" + restored + ", unknownKey=" + unknownKey
          + ", invalid=" + invalid + "]"; // never the text
    }
  }

  public Result restore(String text) {
    StringBuilder out = new StringBuilder(text.length());
    List<Edit> edits = new ArrayList<>();
    Set<String> unknownIds = new TreeSet<>();
    int restored = 0;
    int unknown = 0;
    int invalid = 0;
    int cursor = 0;
    for (Token.Found f : Token.findAll(text)) {
      if (!keys.contains(f.token().keyId())) {
        unknown++;
        unknownIds.add(f.token().keyId());
        continue;
      }
      Optional<String> value = keys.decrypt(f.token());
      if (value.isEmpty()) {
        invalid++;
        continue;
      }
      out.append(text, cursor, f.start());
      int start = out.length();
      out.append(value.get());
      edits.add(new Edit(f.start(), f.end(), start, out.length()));
      cursor = f.end();
      restored++;
    }
    out.append(text, cursor, text.length());
    return new Result(out.toString(), restored, unknown, invalid, unknownIds, List.copyOf(edits));
  }
}
