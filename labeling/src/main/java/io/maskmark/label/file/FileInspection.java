package io.maskmark.label.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.AigcLabel;
import io.maskmark.label.Compliance;
import io.maskmark.label.FoundLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every implicit label found in one file, each with its carrier, form and judgement, plus the file-level
 * judgement (one label per file, GB 45438 §6.1 c)).
 *
 * @param error why the file could not be inspected (verdict UNSUPPORTED or UNREADABLE)
 */
public record FileInspection(Optional<FileType> type, Verdict verdict, List<FoundLabel> labels,
        Compliance fileCompliance, Optional<String> error) {

    public FileInspection {
        labels = List.copyOf(labels);
    }

    public enum Verdict {
        /** Exactly one label (possibly mirrored in several carriers), and it complies. */
        COMPLIANT,
        /** A label was found, but it or the file breaks a rule: see the reasons. */
        NONCOMPLIANT,
        NOT_FOUND,
        /** Not a format this library knows. */
        UNSUPPORTED,
        /** A known format, but the file is damaged or encrypted. */
        UNREADABLE
    }

    /** The file's label when there is exactly one readable label value. */
    public Optional<AigcLabel> label() {
        List<AigcLabel> distinct = labels.stream().flatMap(f -> f.label().stream()).distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /** {@code {"type":..,"verdict":..,"labels":[..],"violations":[..],"notes":[..],"error":..}} for the CLI. */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", type.map(Enum::name).orElse(null));
        n.put("verdict", verdict.name());
        ArrayNode ls = n.putArray("labels");
        labels.forEach(f -> ls.add(f.toJson()));
        ArrayNode v = n.putArray("violations");
        fileCompliance.violations().forEach(v::add);
        ArrayNode notes = n.putArray("notes");
        fileCompliance.notes().forEach(notes::add);
        error.ifPresent(e -> n.put("error", e));
        return n;
    }

    /** Every reason, file-level first, then per label (prefixed with its carrier). */
    public List<String> reasons() {
        ArrayList<String> out = new ArrayList<>(fileCompliance.violations());
        for (FoundLabel f : labels) {
            f.compliance().violations().forEach(v -> out.add(f.carrier() + ": " + v));
        }
        return out;
    }
}
