package io.maskmark.label;

import java.util.List;
import java.util.Optional;

/** The constants and character rule of GB 45438-2025 Annex E. */
public final class AnnexE {
    /** The key (field name, XMP property, custom property, header name) every carrier uses. */
    public static final String KEY = "AIGC";

    public static final String LABEL = "Label";
    public static final String CONTENT_PRODUCER = "ContentProducer";
    public static final String PRODUCE_ID = "ProduceID";
    public static final String RESERVED_CODE_1 = "ReservedCode1";
    public static final String CONTENT_PROPAGATOR = "ContentPropagator";
    public static final String PROPAGATE_ID = "PropagateID";
    public static final String RESERVED_CODE_2 = "ReservedCode2";

    /** The seven fields in the order Annex E b) fixes. */
    public static final List<String> FIELDS = List.of(LABEL, CONTENT_PRODUCER, PRODUCE_ID, RESERVED_CODE_1,
            CONTENT_PROPAGATOR, PROPAGATE_ID, RESERVED_CODE_2);

    /** Namespace of the {@code TC260:AIGC} XMP property (TC260 image practice guide). */
    public static final String XMP_NAMESPACE = "http://www.tc260.org.cn/ns/AIGC/1.0/";
    public static final String XMP_PREFIX = "TC260";

    private AnnexE() {
    }

    /**
     * Annex E j): values consist of GB 18030 code points 0x21, 0x23-0x5B, 0x5D-0x7E and the escape {@code \"}.
     * Decoded, that is printable ASCII without space and backslash; a double quote is allowed because it is
     * serialised as {@code \"}.
     */
    public static boolean isAllowed(int codePoint) {
        return codePoint >= 0x21 && codePoint <= 0x7E && codePoint != '\\';
    }

    /** The first code point of {@code value} outside the Annex E character set, if any. */
    public static Optional<Integer> firstDisallowed(String value) {
        return value.codePoints().filter(cp -> !isAllowed(cp)).boxed().findFirst();
    }

    public static boolean isAllowedValue(String value) {
        return firstDisallowed(value).isEmpty();
    }

    /**
     * Checks a value we are about to write ourselves (configuration, generated ids).
     *
     * @throws IllegalArgumentException naming the field and the offending code point, never the value
     */
    public static String requireAllowed(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        firstDisallowed(value).ifPresent(cp -> {
            throw new IllegalArgumentException(field + " contains " + describe(cp)
                    + ", outside the GB 45438 Annex E character set (printable ASCII without space and backslash)");
        });
        return value;
    }

    static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
