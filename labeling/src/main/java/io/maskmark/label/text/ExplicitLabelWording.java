package io.maskmark.label.text;

import io.maskmark.label.ContentAttribute;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The visible label text per language and content attribute. Every wording must contain an AI element
 * (「人工智能」/「AI」) and a generation element (「生成」/「合成」, or "generated"/"synthesised" in English), as
 * GB 45438 §5.1 b) requires: 「由AI提供」 would be refused.
 */
public final class ExplicitLabelWording {
    private static final Pattern AI_ELEMENT = Pattern.compile("人工智能|AI|ＡＩ|(?i:artificial intelligence)");
    private static final Pattern GENERATION_ELEMENT = Pattern.compile("生成|合成|(?i:generat|synthes|synthetic)");

    private final Map<String, Map<ContentAttribute, String>> byLanguage;

    private ExplicitLabelWording(Map<String, Map<ContentAttribute, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** 「本内容由人工智能生成」 / "AI-generated content", with "possibly"/"suspected" variants for 2 and 3. */
    public static ExplicitLabelWording defaults() {
        return builder()
                .put("zh", ContentAttribute.GENERATED, "本内容由人工智能生成")
                .put("zh", ContentAttribute.POSSIBLY_GENERATED, "本内容可能由人工智能生成")
                .put("zh", ContentAttribute.SUSPECTED_GENERATED, "本内容疑似由人工智能生成")
                .put("en", ContentAttribute.GENERATED, "AI-generated content")
                .put("en", ContentAttribute.POSSIBLY_GENERATED, "Possibly AI-generated content")
                .put("en", ContentAttribute.SUSPECTED_GENERATED, "Suspected AI-generated content")
                .build();
    }

    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** A builder starting from these wordings, to override some. */
    public Builder toBuilder() {
        Map<String, Map<ContentAttribute, String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
        return new Builder(copy);
    }

    /** The wording for {@code language} ("zh", "en"), falling back to "GENERATED" wording, then to English. */
    public String wording(String language, ContentAttribute attribute) {
        Map<ContentAttribute, String> m = byLanguage.getOrDefault(language, byLanguage.get("en"));
        if (m == null) {
            m = byLanguage.values().iterator().next();
        }
        String w = m.get(attribute);
        return w != null ? w : m.get(ContentAttribute.GENERATED);
    }

    Iterable<Map<ContentAttribute, String>> all() {
        return byLanguage.values();
    }

    /** True when {@code text} has both elements GB 45438 §5.1 b) requires. */
    public static boolean hasRequiredElements(String text) {
        return AI_ELEMENT.matcher(text).find() && GENERATION_ELEMENT.matcher(text).find();
    }

    public static final class Builder {
        private final Map<String, Map<ContentAttribute, String>> byLanguage;

        private Builder(Map<String, Map<ContentAttribute, String>> byLanguage) {
            this.byLanguage = byLanguage;
        }

        public Builder put(String language, ContentAttribute attribute, String wording) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(attribute, "attribute");
            if (wording == null || wording.isBlank() || !hasRequiredElements(wording)) {
                throw new IllegalArgumentException("explicit label wording for " + language + "/" + attribute
                        + " must contain an AI element (人工智能/AI) and a generation element (生成/合成/generated)");
            }
            if (wording.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("explicit label wording must be one line");
            }
            byLanguage.computeIfAbsent(language, k -> new EnumMap<>(ContentAttribute.class)).put(attribute, wording.strip());
            return this;
        }

        public ExplicitLabelWording build() {
            if (byLanguage.isEmpty()) {
                throw new IllegalArgumentException("no explicit label wording configured");
            }
            byLanguage.forEach((lang, m) -> {
                if (!m.containsKey(ContentAttribute.GENERATED)) {
                    throw new IllegalArgumentException("wording for " + lang + " lacks the GENERATED (Label 1) text");
                }
            });
            Map<String, Map<ContentAttribute, String>> copy = new LinkedHashMap<>();
            byLanguage.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new ExplicitLabelWording(copy);
        }
    }
}
