package io.medli.train.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Windowed time series: a folder with one sub-folder per class of recordings - WAV files (PCM 8/16/24/32-bit or
 * float, any channel count) or CSV files of floats (one column per channel, an optional header) - cut into
 * windows of {@code length} samples every {@code hop} samples. Samples have shape [channels, length].
 * Splits are by window: with overlapping windows (hop < length), or several windows of one
 * recording, validation windows resemble training windows; keep whole recordings apart for an honest
 * test (a test folder of other recordings).
 */
public final class SignalWindows {
    private SignalWindows() {
    }

    public static boolean looksLike(Path dir) {
        return ImageFolder.firstFile(dir).map(SignalWindows::isSignal).orElse(false);
    }

    static boolean isSignal(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".wav") || n.endsWith(".csv");
    }

    public static Dataset read(Path dir, int length, int hop) throws DataException {
        if (length <= 0 || hop <= 0) throw new DataException("window length and hop must be positive, not " + length + " and " + hop);
        List<String> classes = new ArrayList<>();
        List<float[]> windows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int channels = -1;
        Path channelSource = null;
        for (ClassFolders.Folder c : ClassFolders.list(dir, SignalWindows::isSignal, "recordings (.wav, .csv)")) {
            classes.add(c.name());
            List<Path> files = c.files();
            int before = windows.size();
            for (Path f : files) {
                float[][] signal = f.toString().toLowerCase(Locale.ROOT).endsWith(".wav") ? wav(f) : csv(f);
                if (channels < 0) {
                    channels = signal.length;
                    channelSource = f;
                } else if (signal.length != channels) {
                    throw new DataException(f + " has " + signal.length + " channels but " + channelSource + " has " + channels);
                }
                int n = signal[0].length;
                for (int start = 0; start + length <= n; start += hop) {
                    float[] w = new float[channels * length];
                    for (int ch = 0; ch < channels; ch++) System.arraycopy(signal[ch], start, w, ch * length, length);
                    windows.add(w);
                    labels.add(classes.size() - 1);
                }
            }
            if (windows.size() == before) {
                throw new DataException("the recordings of class " + c.name() + " are all shorter than one window of " + length + " samples");
            }
        }
        float[] x = new float[windows.size() * channels * length];
        for (int i = 0; i < windows.size(); i++) System.arraycopy(windows.get(i), 0, x, i * channels * length, channels * length);
        return new Dataset(dir.getFileName().toString(), new int[] { channels, length }, x, labels.stream().mapToInt(Integer::intValue).toArray(),
                classes);
    }

    /** Channels x frames, scaled to [-1, 1] for integer PCM. */
    static float[][] wav(Path f) throws DataException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            AudioFormat fmt = in.getFormat();
            int ch = fmt.getChannels(), bytes = fmt.getSampleSizeInBits() / 8;
            boolean isFloat = fmt.getEncoding() == AudioFormat.Encoding.PCM_FLOAT;
            boolean signed = fmt.getEncoding() == AudioFormat.Encoding.PCM_SIGNED;
            if (!isFloat && !signed && fmt.getEncoding() != AudioFormat.Encoding.PCM_UNSIGNED) {
                throw new DataException(f + " is " + fmt.getEncoding() + " encoded; only PCM and float WAV files are read");
            }
            byte[] all = in.readAllBytes();
            int frames = all.length / (bytes * ch);
            ByteBuffer b = ByteBuffer.wrap(all).order(fmt.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            float[][] out = new float[ch][frames];
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < ch; c++) {
                    int pos = (i * ch + c) * bytes;
                    float v;
                    if (isFloat) {
                        v = bytes == 8 ? (float) b.getDouble(pos) : b.getFloat(pos);
                    } else if (bytes == 1) {
                        v = signed ? all[pos] / 128f : ((all[pos] & 0xff) - 128) / 128f;
                    } else if (bytes == 2) {
                        v = b.getShort(pos) / 32768f;
                    } else if (bytes == 3) {
                        int lo = fmt.isBigEndian() ? (all[pos + 2] & 0xff) | (all[pos + 1] & 0xff) << 8 | all[pos] << 16
                                : (all[pos] & 0xff) | (all[pos + 1] & 0xff) << 8 | all[pos + 2] << 16;
                        v = lo / 8388608f;
                    } else {
                        v = b.getInt(pos) / 2147483648f;
                    }
                    out[c][i] = v;
                }
            }
            return out;
        } catch (UnsupportedAudioFileException e) {
            throw new DataException(f + " is not a WAV file this reader understands: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    static float[][] csv(Path f) throws DataException {
        List<float[]> rows = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] cells = line.split("[,;]");
                float[] r = new float[cells.length];
                try {
                    for (int i = 0; i < cells.length; i++) r[i] = Float.parseFloat(cells[i].trim());
                } catch (NumberFormatException e) {
                    if (rows.isEmpty() && lineNo == 1) continue; // a header
                    throw new DataException(f + " line " + lineNo + " is not all numbers: " + line);
                }
                if (!rows.isEmpty() && r.length != rows.get(0).length) {
                    throw new DataException(f + " line " + lineNo + " has " + r.length + " columns, the first row " + rows.get(0).length);
                }
                rows.add(r);
            }
        } catch (IOException e) {
            throw new DataException("cannot read " + f + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new DataException(f + " has no samples");
        float[][] out = new float[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) for (int c = 0; c < out.length; c++) out[c][i] = rows.get(i)[c];
        return out;
    }
}
