package io.maskmark.label;

import java.util.ArrayList;
import java.util.List;

/**
 * A judgement against GB 45438-2025: {@code violations} make a label (or a file) non-compliant, {@code notes}
 * are worth reporting but do not. Reasons name fields and code points, never quote values.
 */
public record Compliance(List<String> violations, List<String> notes) {

    public Compliance {
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
    }

    public static Compliance ok() {
        return new Compliance(List.of(), List.of());
    }

    public boolean compliant() {
        return violations.isEmpty();
    }

    public Compliance plus(Compliance other) {
        List<String> v = new ArrayList<>(violations);
        v.addAll(other.violations);
        List<String> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new Compliance(v, n);
    }

    public Compliance withViolation(String reason) {
        return plus(new Compliance(List.of(reason), List.of()));
    }

    public Compliance withNote(String note) {
        return plus(new Compliance(List.of(), List.of(note)));
    }
}
