package io.maskmark.label;

import java.util.Optional;

/** The {@code Label} value of GB 45438 Annex E c): is, possibly, or suspected AI-generated content. */
public enum ContentAttribute {
    /** 属于: the content is AI-generated (metadata or the generating service says so). */
    GENERATED("1"),
    /** 可能: possibly AI-generated (the uploader declared it, no metadata found). */
    POSSIBLY_GENERATED("2"),
    /** 疑似: suspected AI-generated (explicit label or other traces detected). */
    SUSPECTED_GENERATED("3");

    private final String code;

    ContentAttribute(String code) {
        this.code = code;
    }

    /** The Annex E string value: "1", "2" or "3". */
    public String code() {
        return code;
    }

    public static Optional<ContentAttribute> fromCode(String code) {
        for (ContentAttribute a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
