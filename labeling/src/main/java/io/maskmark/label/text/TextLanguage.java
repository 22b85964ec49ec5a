package io.maskmark.label.text;

/** Picks the wording language from the script of the text: Chinese when Han characters are a real share. */
public final class TextLanguage {
    private TextLanguage() {
    }

    /** "zh" when at least a fifth of the letters are Han, otherwise "en". */
    public static String of(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "en";
    }
}
