package io.maskmark.label;

/** How a label's value was serialised in its carrier. */
public enum PayloadForm {
    /** {@code {"Label":"1",...}}: the TC260 guides' form under an AIGC-named key. */
    BARE_JSON,
    /** {@code {"AIGC":{"Label":"1",...}}}: Annex E b), used where no AIGC-named key exists. */
    WRAPPED_JSON,
    /** A YAML mapping {@code AIGC:} with the seven sub-keys (Markdown front matter). */
    YAML_MAPPING,
    /** Something named AIGC that could not be read as a label. */
    UNREADABLE
}
