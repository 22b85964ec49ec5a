package io.maskmark.label;

import io.maskmark.label.sign.LabelSigningKey;
import io.maskmark.label.text.ExplicitLabelPosition;
import io.maskmark.label.text.ExplicitLabelWording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything labelling needs to know, shared by {@link TextLabeler} and the file labeler. Build it in code or
 * from properties ({@link #fromProperties}); the keys are listed there.
 */
public final class LabelingConfig {
    public static final String PREFIX = "maskmark.label.";

    private final Role role;
    private final String serviceCode;
    private final boolean explicitLabel;
    private final ExplicitLabelPosition position;
    private final String language;
    private final ExplicitLabelWording wording;
    private final DigitalSourceType digitalSourceType;
    private final Optional<LabelSigningKey> signingKey;
    private final Clock clock;

    private LabelingConfig(Builder b) {
        this.role = b.role;
        this.serviceCode = AnnexE.requireAllowed("service code", Objects.requireNonNull(b.serviceCode,
                "service code (" + PREFIX + "service-code) is required"));
        if (serviceCode.isEmpty()) {
            throw new IllegalArgumentException("service code (" + PREFIX + "service-code) must not be empty");
        }
        this.explicitLabel = b.explicitLabel;
        this.position = b.position;
        this.language = b.language;
        this.wording = b.wording;
        this.digitalSourceType = b.digitalSourceType;
        this.signingKey = Optional.ofNullable(b.signingKey);
        this.clock = b.clock;
    }

    public static Builder builder(String serviceCode) {
        return new Builder(serviceCode);
    }

    /**
     * Reads {@code maskmark.label.*} keys:
     * <ul>
     *   <li>{@code service-code} (required): our ContentProducer/ContentPropagator code, Annex E characters only</li>
     *   <li>{@code role}: {@code generation} (default) or {@code propagation}</li>
     *   <li>{@code explicit.enabled}: add the visible text label (default true)</li>
     *   <li>{@code explicit.position}: {@code start} (default), {@code end}, {@code both}</li>
     *   <li>{@code explicit.language}: {@code auto} (default, by script), {@code zh}, {@code en}</li>
     *   <li>{@code explicit.wording.zh}, {@code explicit.wording.en}: the Label "1" wording per language</li>
     *   <li>{@code digital-source-type}: {@code trainedAlgorithmicMedia} (default) or
     *       {@code compositeWithTrainedAlgorithmicMedia}</li>
     *   <li>{@code signing-key-file}: a PKCS#8 PEM SM2 key; when set, labels are signed (ReservedCode1/2)</li>
     * </ul>
     */
    public static LabelingConfig fromProperties(Properties p) {
        Builder b = builder(p.getProperty(PREFIX + "service-code"));
        String role = p.getProperty(PREFIX + "role", "generation").trim().toLowerCase(Locale.ROOT);
        b.role(switch (role) {
            case "generation" -> Role.GENERATION_SERVICE;
            case "propagation" -> Role.PROPAGATION_PLATFORM;
            default -> throw new IllegalArgumentException(PREFIX + "role must be generation or propagation");
        });
        b.explicitLabel(Boolean.parseBoolean(p.getProperty(PREFIX + "explicit.enabled", "true").trim()));
        b.position(ExplicitLabelPosition.valueOf(
                p.getProperty(PREFIX + "explicit.position", "start").trim().toUpperCase(Locale.ROOT)));
        b.language(p.getProperty(PREFIX + "explicit.language", "auto").trim());
        ExplicitLabelWording.Builder w = ExplicitLabelWording.defaults().toBuilder();
        for (String lang : new String[] {"zh", "en"}) {
            String v = p.getProperty(PREFIX + "explicit.wording." + lang);
            if (v != null) {
                w.put(lang, ContentAttribute.GENERATED, v);
            }
        }
        b.wording(w.build());
        b.digitalSourceType(DigitalSourceType.parse(
                p.getProperty(PREFIX + "digital-source-type", "trainedAlgorithmicMedia").trim()));
        String keyFile = p.getProperty(PREFIX + "signing-key-file");
        if (keyFile != null && !keyFile.isBlank()) {
            try {
                b.signingKey(LabelSigningKey.fromPkcs8Pem(Files.readString(Path.of(keyFile.trim()),
                        StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + PREFIX + "signing-key-file", e);
            }
        }
        return b.build();
    }

    public Role role() {
        return role;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public boolean explicitLabel() {
        return explicitLabel;
    }

    public ExplicitLabelPosition position() {
        return position;
    }

    public String language() {
        return language;
    }

    public ExplicitLabelWording wording() {
        return wording;
    }

    public DigitalSourceType digitalSourceType() {
        return digitalSourceType;
    }

    public Optional<LabelSigningKey> signingKey() {
        return signingKey;
    }

    public Clock clock() {
        return clock;
    }

    public LabelIssuer issuer() {
        return new LabelIssuer(role, serviceCode, signingKey);
    }

    @Override
    public String toString() {
        return "LabelingConfig[role=" + role + ", serviceCode=" + serviceCode + ", explicit=" + explicitLabel
                + ", position=" + position + ", dst=" + digitalSourceType.code() + ", signing="
                + signingKey.isPresent() + "]";
    }

    public static final class Builder {
        private final String serviceCode;
        private Role role = Role.GENERATION_SERVICE;
        private boolean explicitLabel = true;
        private ExplicitLabelPosition position = ExplicitLabelPosition.START;
        private String language = "auto";
        private ExplicitLabelWording wording = ExplicitLabelWording.defaults();
        private DigitalSourceType digitalSourceType = DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA;
        private LabelSigningKey signingKey;
        private Clock clock = Clock.systemUTC();

        private Builder(String serviceCode) {
            this.serviceCode = serviceCode;
        }

        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role);
            return this;
        }

        public Builder explicitLabel(boolean enabled) {
            this.explicitLabel = enabled;
            return this;
        }

        public Builder position(ExplicitLabelPosition position) {
            this.position = Objects.requireNonNull(position);
            return this;
        }

        /** "auto", "zh" or "en" (any language the wording has). */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language);
            return this;
        }

        public Builder wording(ExplicitLabelWording wording) {
            this.wording = Objects.requireNonNull(wording);
            return this;
        }

        public Builder digitalSourceType(DigitalSourceType type) {
            this.digitalSourceType = Objects.requireNonNull(type);
            return this;
        }

        public Builder signingKey(LabelSigningKey key) {
            this.signingKey = key;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public LabelingConfig build() {
            return new LabelingConfig(this);
        }
    }
}
