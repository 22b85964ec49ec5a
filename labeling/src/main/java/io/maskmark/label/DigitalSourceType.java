package io.maskmark.label;

/** The IPTC NewsCodes digital source types that mark AI output (EU AI Act Art. 50(2), C2PA, IPTC XMP). */
public enum DigitalSourceType {
    /** Created entirely by a generative model. */
    TRAINED_ALGORITHMIC_MEDIA("trainedAlgorithmicMedia"),
    /** Contains one or more elements created by a generative model. */
    COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA("compositeWithTrainedAlgorithmicMedia");

    /** Exact scheme and no trailing slash: validators flag https and trailing-slash variants. */
    public static final String PREFIX = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    private final String code;

    DigitalSourceType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String uri() {
        return PREFIX + code;
    }

    /** Accepts the code or the full URI. */
    public static DigitalSourceType parse(String value) {
        String code = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        for (DigitalSourceType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown digital source type; expected trainedAlgorithmicMedia or"
                + " compositeWithTrainedAlgorithmicMedia");
    }

    /** True for any IPTC digital source type that declares generative AI involvement. */
    public static boolean isAiUri(String uri) {
        return uri != null && (uri.equals(TRAINED_ALGORITHMIC_MEDIA.uri())
                || uri.equals(COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA.uri()));
    }
}
