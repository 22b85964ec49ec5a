package io.maskmark.label;

import io.maskmark.label.sign.LabelSigningKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides and issues the label for one content item, according to our {@link Role}. It never removes or
 * alters another party's producer fields: a rewrite carries them forward and changes only ours.
 */
public final class LabelIssuer {
    private final Role role;
    private final String serviceCode;
    private final Optional<LabelSigningKey> signingKey;

    /**
     * @param serviceCode our ContentProducer (generation) or ContentPropagator (platform) code, e.g. the
     *                    27-character "001" + type + USCC + product code; must satisfy Annex E j)
     */
    public LabelIssuer(Role role, String serviceCode, Optional<LabelSigningKey> signingKey) {
        this.role = Objects.requireNonNull(role, "role");
        this.serviceCode = AnnexE.requireAllowed("service code", serviceCode);
        if (serviceCode.isEmpty()) {
            throw new IllegalArgumentException("service code must not be empty");
        }
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
    }

    public Role role() {
        return role;
    }

    public String serviceCode() {
        return serviceCode;
    }

    /**
     * The label an item leaves with.
     *
     * @param existing          the label the item already carries (readable), if any
     * @param declaredGenerated the uploader or upstream declared the content generated (Measures Art. 6 (二))
     * @param tracesDetected    an explicit label or other traces were detected (Measures Art. 6 (三))
     */
    public LabelDecision decide(Optional<AigcLabel> existing, boolean declaredGenerated, boolean tracesDetected) {
        if (existing.isPresent()) {
            AigcLabel label = existing.get();
            boolean ours = role == Role.GENERATION_SERVICE
                    ? serviceCode.equals(label.contentProducer())
                    : serviceCode.equals(label.contentPropagator());
            if (ours) {
                return LabelDecision.of(label, LabelAction.KEPT);
            }
            return LabelDecision.of(propagate(label), LabelAction.PROPAGATED);
        }
        if (role == Role.GENERATION_SERVICE) {
            return LabelDecision.of(issueGenerated(), LabelAction.CREATED);
        }
        if (declaredGenerated) {
            return LabelDecision.of(issueForUnlabelled(ContentAttribute.POSSIBLY_GENERATED), LabelAction.CREATED);
        }
        if (tracesDetected) {
            return LabelDecision.of(issueForUnlabelled(ContentAttribute.SUSPECTED_GENERATED), LabelAction.CREATED);
        }
        return LabelDecision.none();
    }

    /** A generation service's first write: producer fields, propagator fields equal to them (Annex E note 1). */
    AigcLabel issueGenerated() {
        String id = ContentIds.next();
        AigcLabel label = new AigcLabel(ContentAttribute.GENERATED.code(), serviceCode, id, "", serviceCode, id, "");
        if (signingKey.isPresent()) {
            String signature = signingKey.get().signProducer(label);
            label = label.withReservedCode1(signature).withReservedCode2(signature);
        }
        return label;
    }

    /** Someone else's label passed on: producer fields untouched, only ours written. */
    AigcLabel propagate(AigcLabel upstream) {
        AigcLabel label = upstream.withPropagation(serviceCode, ContentIds.next(), "");
        return signingKey.map(k -> label.withReservedCode2(k.signPropagator(label))).orElse(label);
    }

    /** A platform's label for content without metadata: the producer is unknown, so its fields stay empty. */
    AigcLabel issueForUnlabelled(ContentAttribute attribute) {
        AigcLabel label = new AigcLabel(attribute.code(), "", "", "", serviceCode, ContentIds.next(), "");
        return signingKey.map(k -> label.withReservedCode2(k.signPropagator(label))).orElse(label);
    }

    @Override
    public String toString() {
        return "LabelIssuer[" + role + ", " + serviceCode + ", signing=" + signingKey.isPresent() + "]";
    }
}
