package io.maskmark.label.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.CannotWriteException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.TagException;

/** jaudiotagger works on files named by extension: this runs it on a private temporary copy. */
final class AudioFiles {
    /** Held so the level sticks: jaudiotagger logs every frame it parses at INFO. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    static {
        JAUDIOTAGGER_LOG.setLevel(Level.SEVERE);
    }

    interface Edit<T> {
        T apply(AudioFile file) throws Exception;
    }

    private AudioFiles() {
    }

    /** Runs {@code edit} on a temporary file holding {@code content}; returns the edit's result. */
    static <T> T withFile(byte[] content, String extension, Edit<T> edit) throws IOException {
        Path tmp = Files.createTempFile("maskmark-label-", "." + extension);
        try {
            Files.write(tmp, content);
            AudioFile file = AudioFileIO.read(tmp.toFile());
            return edit.apply(file);
        } catch (CannotReadException | TagException | ReadOnlyFileException | InvalidAudioFrameException e) {
            throw new LabelFileException("the " + extension.toUpperCase() + " file cannot be parsed", e);
        } catch (CannotWriteException e) {
            throw new LabelFileException("the " + extension.toUpperCase() + " tag cannot be written", e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new LabelFileException("the " + extension.toUpperCase() + " file cannot be processed", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the edited tag and returns the file's new bytes. */
    static byte[] commit(AudioFile file) throws CannotWriteException, IOException {
        AudioFileIO.write(file);
        return Files.readAllBytes(file.getFile().toPath());
    }
}
