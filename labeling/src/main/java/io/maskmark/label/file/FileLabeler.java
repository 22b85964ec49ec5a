package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.ContentAttribute;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelDecision;
import io.maskmark.label.LabelIssuer;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.LabelingException;
import io.maskmark.label.text.ExplicitLabelDetector;
import io.maskmark.label.text.TextLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes the implicit label into a file of any supported format, in the placement its TC260 guide fixes,
 * replacing any earlier label (never adding a second), and reads it back before returning. Thread-safe.
 *
 * <p>The explicit label is inserted into Markdown and HTML when the configuration asks for one.
 */
public final class FileLabeler {
    private final LabelingConfig config;
    private final LabelIssuer issuer;
    private final ExplicitLabelDetector detector = new ExplicitLabelDetector();

    private FileLabeler(LabelingConfig config) {
        this.config = config;
        this.issuer = config.issuer();
    }

    public static FileLabeler create(LabelingConfig config) {
        return new FileLabeler(config);
    }

    /** Labels {@code in} into {@code out} (replaced atomically when the file system allows). */
    public LabeledFile label(Path in, Path out) throws IOException {
        LabeledFile result = label(Files.readAllBytes(in), in.getFileName().toString(), false);
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".maskmark-", ".tmp");
        try {
            Files.write(tmp, result.content());
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return result;
    }

    public LabeledFile label(byte[] content, String fileName) {
        return label(content, fileName, false);
    }

    /**
     * @param fileName          used to recognise Markdown and HTML by extension; may be null
     * @param declaredGenerated the uploader declared the file AI-generated (platform role, Label "2")
     * @throws LabelingException for an unsupported or damaged file, an unreadable or conflicting existing
     *                           label (replacing it would remove a label), or a write that did not read back
     */
    public LabeledFile label(byte[] content, String fileName, boolean declaredGenerated) {
        FileType type = FileType.detect(content, fileName)
                .orElseThrow(() -> new LabelingException("not a supported file type (supported: PNG, JPEG, WebP,"
                        + " PDF, DOCX/XLSX/PPTX, MP3, WAV, MP4/M4A, FLAC, Ogg Vorbis, Markdown, HTML)"));
        LabelCarrier carrier = Carriers.forType(type);
        FileInspection before = FileInspector.inspect(content, fileName);
        if (before.verdict() == FileInspection.Verdict.UNREADABLE) {
            throw new LabelingException(before.error().orElse(type + ": the file cannot be read"));
        }
        if (before.labels().stream().anyMatch(f -> f.label().isEmpty())) {
            throw new LabelingException(type + ": the file carries an unreadable AIGC label; refusing to replace it");
        }
        if (!before.labels().isEmpty() && before.label().isEmpty()) {
            throw new LabelingException(type + ": the file carries different labels; refusing to pick one");
        }
        Optional<String> text = carrier.visibleText(content);
        boolean traces = text.map(t -> detector.find(t).stream().anyMatch(m -> m.labelLike())).orElse(false);
        LabelDecision decision = issuer.decide(before.label(), declaredGenerated, traces);
        if (decision.label().isEmpty()) {
            return new LabeledFile(type, content, Optional.empty(), decision.action(), before);
        }
        AigcLabel label = decision.label().get();
        ContentAttribute attribute = label.attribute().orElse(ContentAttribute.GENERATED);
        Optional<String> wording = config.explicitLabel() && text.isPresent()
                ? Optional.of(config.wording().wording(language(text.get()), attribute)) : Optional.empty();
        WriteOptions options = new WriteOptions(
                attribute == ContentAttribute.GENERATED ? Optional.of(config.digitalSourceType()) : Optional.empty(),
                wording, config.position());
        byte[] written;
        try {
            written = carrier.write(content, label, options);
        } catch (IOException | RuntimeException e) {
            throw new LabelingException("cannot label the file: " + FileInspector.reason(type, e), e);
        }
        verify(type, carrier, written, label);
        return new LabeledFile(type, written, Optional.of(label), decision.action(), before);
    }

    private String language(String text) {
        return "auto".equals(config.language()) ? TextLanguage.of(text) : config.language();
    }

    /** Reads the written file with the same readers the inspector uses: exactly our label must come back. */
    private static void verify(FileType type, LabelCarrier carrier, byte[] written, AigcLabel label) {
        List<FoundLabel> found;
        try {
            found = carrier.read(written);
        } catch (IOException | RuntimeException e) {
            throw new LabelingException(type + ": the labelled file cannot be read back; nothing was written", e);
        }
        FileInspection after = FileInspector.judge(type, found);
        if (found.isEmpty()) {
            throw new LabelingException(type + ": the label did not read back after writing; nothing was written");
        }
        if (!after.fileCompliance().compliant() || !label.equals(after.label().orElse(null))) {
            throw new LabelingException(type + ": the label read back differs from the one written"
                    + " (another copy may remain in a placement this writer cannot replace); nothing was written");
        }
    }
}
