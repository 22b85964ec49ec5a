package io.maskmark.detect.ner.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Features of the tokens of one chunk for the name finder: the word and its neighbours, their
 * shapes, suffixes and lexicon classes, where the token sits on its line (addresses are laid out
 * in lines), the case of the whole chunk (in all-lower-case chat a name looks like any word, so the
 * model must lean on context and the lexicon), and the two previous outcomes.
 *
 * <p>One instance per chunk, built by whoever tags or trains on it; the same code serves both, so
 * features at run time are exactly those the model was trained with.
 */
public final class ChunkFeatures {

  private final String[] tokens;
  private final String[] real;
  private final String[] lower;
  private final String[] shapes;
  private final String[] lex;
  private final int[] linePos;
  private final String[] lineInfo;
  private String caseMode;
  private final boolean[] hideWord;
  private final boolean[] hideLexicon;

  /** Stands for a word whose identity training hides (see the three-argument constructor). */
  static final String UNKNOWN = "<unk>";

  public ChunkFeatures(String[] tokens, Lexicon lexicon) {
    this(tokens, lexicon, null, null);
  }

  /**
   * For training: the words flagged in {@code hideWord} count as unseen words and those in
   * {@code hideLexicon} as absent from the lexicon (shape and suffixes stay). Names in generated
   * text all come from the lists, so without this the model would learn that a name is a listed
   * word, and miss the unlisted names that real text is full of.
   */
  public ChunkFeatures(String[] tokens, Lexicon lexicon, boolean[] hideWord, boolean[] hideLexicon) {
    this.tokens = tokens;
    this.hideWord = hideWord;
    this.hideLexicon = hideLexicon;
    int n = tokens.length;
    real = new String[n];
    lower = new String[n];
    shapes = new String[n];
    lex = new String[n];
    linePos = new int[n];
    lineInfo = new String[n];
    analyse(lexicon);
  }

  /** The features of token {@code i} given the two previous outcomes ("O" at the start). */
  public String[] context(int i, String previous, String beforePrevious) {
    List<String> f = new ArrayList<>(48);
    int n = tokens.length;
    String w = lower[i];
    String r = real[i];
    f.add("w=" + w);
    f.add("sh=" + shapes[i]);
    f.add("shc=" + shapes[i] + caseMode);
    f.add("cm=" + caseMode);
    if (r.length() >= 4) {
      f.add("s3=" + r.substring(r.length() - 3));
      f.add("s4=" + r.substring(r.length() - 4));
      f.add("p3=" + r.substring(0, 3));
    } else {
      f.add("s2=" + r.substring(Math.max(0, r.length() - 2)));
    }
    if (!lex[i].isEmpty()) {
      f.add("lx=" + lex[i]);
      for (int k = 0; k < lex[i].length(); k++) {
        f.add("l1=" + lex[i].charAt(k));
      }
    } else {
      f.add("lx=none" + (shapes[i].indexOf('d') >= 0 ? "d" : ""));
    }
    boolean start = i == 0 || linePos[i] == 0 || isOpening(tokens[i - 1]);
    String sh = shapes[i] + (start ? "^" : "");
    f.add("shs=" + sh);
    f.add("shlx=" + sh + "|" + lex[i]);
    f.add("lp=" + Math.min(linePos[i], 3));
    f.add("li=" + lineInfo[i]);
    if (i == 0) {
      f.add("bos");
    }
    for (int d = -2; d <= 2; d++) {
      if (d == 0) {
        continue;
      }
      int j = i + d;
      if (j < 0 || j >= n) {
        f.add("w" + d + "=" + (j < 0 ? "<s>" : "</s>"));
        continue;
      }
      f.add("w" + d + "=" + lower[j]);
      f.add("lx" + d + "=" + lex[j]);
      if (d == -1 || d == 1) {
        f.add("sh" + d + "=" + shapes[j]);
      }
    }
    String prev = i > 0 ? lower[i - 1] : "<s>";
    String next = i + 1 < n ? lower[i + 1] : "</s>";
    f.add("b-=" + prev + "|" + w);
    f.add("b+=" + w + "|" + next);
    f.add("lx-+=" + (i > 0 ? lex[i - 1] : "<s>") + "|" + lex[i] + "|" + (i + 1 < n ? lex[i + 1] : "</s>"));
    f.add("po=" + previous);
    f.add("ppo=" + beforePrevious + "|" + previous);
    f.add("pow=" + previous + "|" + w);
    f.add("posh=" + previous + "|" + shapes[i]);
    return f.toArray(new String[0]);
  }

  private void analyse(Lexicon lexicon) {
    int n = tokens.length;
    int upper = 0;
    int lowerCase = 0;
    int pos = 0;
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || tokens[i].equals(Tokens.NEWLINE)) {
        int len = i - lineStart;
        boolean digit = false;
        for (int k = lineStart; k < i; k++) {
          if (shapes[k].indexOf('d') >= 0) {
            digit = true;
          }
        }
        String info = Math.min(len, 6) + (digit ? "d" : "") + (lineStart > 0 ? "n" : "");
        for (int k = lineStart; k < i; k++) {
          lineInfo[k] = info;
        }
        if (i < n) {
          lower[i] = Tokens.NEWLINE;
          real[i] = Tokens.NEWLINE;
          shapes[i] = "NL";
          lex[i] = "";
          linePos[i] = 0;
          lineInfo[i] = "nl";
        }
        lineStart = i + 1;
        pos = 0;
        continue;
      }
      String t = tokens[i];
      real[i] = t.toLowerCase(Locale.ROOT);
      lower[i] = hideWord != null && hideWord[i] ? UNKNOWN : real[i];
      shapes[i] = shape(t);
      lex[i] = hideLexicon != null && hideLexicon[i] ? "" : Lexicon.codes(lexicon.flags(t));
      linePos[i] = pos++;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lowerCase++;
        }
      }
    }
    caseMode = upper == 0 ? "L" : lowerCase == 0 ? "U" : "M";
  }

  /** Punctuation after which a capital says nothing (a new sentence or a quotation starts). */
  private static boolean isOpening(String t) {
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("\"")
        || t.equals("\u201C") || t.equals("(") || t.equals("-");
  }

  /** Collapsed character classes ({@code Xx}, {@code X.}, {@code XxXx}), digit runs with their length. */
  static String shape(String t) {
    StringBuilder sb = new StringBuilder(6);
    char last = 0;
    int digits = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
      if (cls == 'd') {
        digits++;
      }
      if (cls != last) {
        sb.append(cls);
        last = cls;
      }
      if (sb.length() > 5) {
        break;
      }
    }
    if (digits > 0 && digits == t.length()) {
      return "d" + Math.min(digits, 6);
    }
    return sb.toString();
  }
}
