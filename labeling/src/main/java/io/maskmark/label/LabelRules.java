package io.maskmark.label;

import java.util.ArrayList;
import java.util.List;

/** The value rules of Annex E c)-j) for one label; structural rules (missing keys, types) live in the parser. */
final class LabelRules {
    private LabelRules() {
    }

    static Compliance check(AigcLabel label) {
        List<String> violations = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        if (label.attribute().isEmpty()) {
            violations.add("Label must be \"1\", \"2\" or \"3\" (Annex E c)"
                    + (label.label().isEmpty() ? "; it is empty)" : ")"));
        }
        boolean propagatorLabelled = !label.label().equals(ContentAttribute.GENERATED.code())
                && !label.contentPropagator().isEmpty() && !label.propagateId().isEmpty();
        requireProducerField(label.contentProducer(), AnnexE.CONTENT_PRODUCER, propagatorLabelled, violations, notes);
        requireProducerField(label.produceId(), AnnexE.PRODUCE_ID, propagatorLabelled, violations, notes);

        List<String> values = label.values();
        for (int i = 0; i < AnnexE.FIELDS.size(); i++) {
            String field = AnnexE.FIELDS.get(i);
            AnnexE.firstDisallowed(values.get(i)).ifPresent(cp -> violations.add(field + " contains "
                    + AnnexE.describe(cp) + ", outside the Annex E j) character set"));
        }
        if (label.contentPropagator().isEmpty() && label.propagateId().isEmpty()) {
            notes.add("ContentPropagator and PropagateID are empty (Annex E note 1: on first write they equal"
                    + " ContentProducer and ProduceID)");
        } else if (label.contentPropagator().isEmpty() != label.propagateId().isEmpty()) {
            violations.add("ContentPropagator and PropagateID must be set together");
        }
        return new Compliance(violations, notes);
    }

    private static void requireProducerField(String value, String field, boolean propagatorLabelled,
            List<String> violations, List<String> notes) {
        if (!value.isEmpty()) {
            return;
        }
        if (propagatorLabelled) {
            notes.add(field + " is empty: the producer is unknown and a propagation platform set the label");
        } else {
            violations.add(field + " must not be empty (Annex E d)/e))");
        }
    }
}
