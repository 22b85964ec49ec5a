package io.maskmark.detect.ner.zh;

/**
 * What a person name looks like in the segmenter's words: the characters a Chinese name is made of,
 * and the words that may stand before and after one. Shared by the person rules.
 */
final class NameShapes {

  /** Surname characters that are far more often function words: the HMM's usual false starts. */
  static final String WEAK_SURNAMES = "和都党时那应余能有从向就也为以与其之所在对把被给让使将要会可是不这我你他国年月日上下中大小新";
  /** Characters that end a phrase, never a name. */
  static final String FUNCTION_CHARS = "的了和与及在是也都就而或并被把对向从给为着过等之其这那我你他她它们说地得";

  private final Lexicon lex;

  NameShapes(Lexicon lex) {
    this.lex = lex;
  }

  static boolean givenLike(String text, Token g) {
    for (int c = g.start(); c < g.end(); c++) {
      if (!HanlpRoles.given(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  boolean boundaryBefore(Token p) {
    return p.isPunctuation() || p.isFunction() || p.tagStarts("v") || lex.isTitle(p) || p.isPlace()
        || p.isOrganization() || p.tagStarts("m") || p.tagStarts("t");
  }

  boolean boundaryAfter(Token n) {
    return n.isPunctuation() || lex.isTitle(n) || n.tagStarts("v") && n.length() >= 2 || n.tagStarts("p")
        || n.tagStarts("c") || n.tagStarts("u") || n.tagStarts("d") && n.length() >= 2
        || n.length() == 1 && FUNCTION_CHARS.indexOf(n.word().charAt(0)) >= 0;
  }

  boolean plausibleName(String text, int start, int end) {
    return chinese(text, start, end) || end - start >= 2 && transliterated(text, start, end);
  }

  /** Surname + one or two characters (compound surname + one or two). */
  boolean chinese(String text, int start, int end) {
    int sn = lex.surnameAt(text, start);
    int given = end - start - sn;
    return sn > 0 && given >= 1 && given <= 2 && allHan(text, start, end)
        && FUNCTION_CHARS.indexOf(text.charAt(end - 1)) < 0;
  }

  boolean transliterated(String text, int start, int end) {
    return end > start && end - start <= 8 && lex.transliterated(text, start, end);
  }

  static boolean allHan(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isIdeographic(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
