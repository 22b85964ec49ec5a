package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.Compliance;
import io.maskmark.label.FoundLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists and judges the labels in a file of any supported format. Stateless. */
public final class FileInspector {
    private FileInspector() {
    }

    public static FileInspection inspect(Path file) throws IOException {
        return inspect(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** @param fileName used only to recognise text formats (Markdown, HTML) by extension; may be null */
    public static FileInspection inspect(byte[] content, String fileName) {
        Optional<FileType> type = FileType.detect(content, fileName);
        if (type.isEmpty()) {
            return new FileInspection(type, FileInspection.Verdict.UNSUPPORTED, List.of(), Compliance.ok(),
                    Optional.of("not a supported file type"));
        }
        List<FoundLabel> labels;
        try {
            labels = Carriers.forType(type.get()).read(content);
        } catch (IOException | RuntimeException e) {
            return new FileInspection(type, FileInspection.Verdict.UNREADABLE, List.of(), Compliance.ok(),
                    Optional.of(reason(type.get(), e)));
        }
        return judge(type.get(), labels);
    }

    static FileInspection judge(FileType type, List<FoundLabel> labels) {
        if (labels.isEmpty()) {
            return new FileInspection(Optional.of(type), FileInspection.Verdict.NOT_FOUND, labels, Compliance.ok(),
                    Optional.empty());
        }
        Compliance file = fileRules(labels);
        boolean compliant = file.compliant() && labels.stream().allMatch(FoundLabel::compliant);
        return new FileInspection(Optional.of(type), compliant ? FileInspection.Verdict.COMPLIANT
                : FileInspection.Verdict.NONCOMPLIANT, labels, file, Optional.empty());
    }

    /** GB 45438 §6.1 c): one label per file. The same label mirrored in different carriers is noted only. */
    private static Compliance fileRules(List<FoundLabel> labels) {
        List<String> violations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<AigcLabel> distinct = labels.stream().flatMap(f -> f.label().stream()).distinct().toList();
        if (distinct.size() > 1) {
            violations.add(distinct.size() + " different labels in one file (GB 45438 §6.1 c) allows one)");
        }
        Map<String, Integer> perCarrier = new LinkedHashMap<>();
        labels.forEach(f -> perCarrier.merge(f.carrier(), 1, Integer::sum));
        perCarrier.forEach((carrier, n) -> {
            if (n > 1) {
                violations.add("the label appears " + n + " times in " + carrier + " (GB 45438 §6.1 c) allows one)");
            }
        });
        if (distinct.size() == 1 && perCarrier.size() > 1) {
            notes.add("the same label is mirrored in " + perCarrier.size() + " places: "
                    + String.join("; ", perCarrier.keySet()));
        }
        return new Compliance(violations, notes);
    }

    static String reason(FileType type, Exception e) {
        if (e instanceof LabelFileException) {
            return type + ": " + e.getMessage();
        }
        return type + ": the file cannot be parsed (" + e.getClass().getSimpleName() + ")";
    }
}
