package io.medli.monitor;

import java.util.ArrayList;
import java.util.List;

import io.medli.monitor.internal.Fft;

/**
 * Per-window statistics of a time series (vibration, sound) that drift when a sensor or a machine
 * changes: for each channel its RMS, its excess kurtosis (impacts of a damaged bearing raise it)
 * and the share of its power in each of a few equal frequency bands (a Hann window, the FFT of the
 * window's first power-of-two samples). Shares, not energies: a change of gain moves the RMS, not
 * the spectrum's shape.
 */
public final class SignalStats {
    private SignalStats() {
    }

    /** The names of {@link #of}'s values, in order. */
    public static List<String> names(int channels, int bands) {
        List<String> n = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            n.add("ch" + c + " rms");
            n.add("ch" + c + " kurtosis");
            for (int b = 0; b < bands; b++) n.add("ch" + c + " band " + (b + 1) + "/" + bands);
        }
        return n;
    }

    /** Whether a profile's inputs are these statistics (and of how many channels and bands), or null. */
    public static int[] shapeOf(List<String> names) {
        if (names.isEmpty() || !names.get(0).equals("ch0 rms")) return null;
        int bands = names.size() > 2 && names.get(2).startsWith("ch0 band ") ? Integer.parseInt(names.get(2).substring(names.get(2).indexOf('/') + 1)) : 0;
        int per = 2 + bands;
        if (names.size() % per != 0 || !names.equals(names(names.size() / per, bands))) return null;
        return new int[] { names.size() / per, bands };
    }

    /** The statistics of {@code x}: {@code channels} channels of {@code length} samples each, channel after channel. */
    public static double[] of(float[] x, int channels, int length, int bands) {
        if ((long) channels * length != x.length) throw new IllegalArgumentException(x.length + " values are not " + channels + " channels of " + length);
        if (bands < 1 || length < 2 * bands) throw new IllegalArgumentException(bands + " bands of a window of " + length + " samples");
        int n = Integer.highestOneBit(length);
        double[] out = new double[channels * (2 + bands)];
        double[] w = new double[n];
        for (int c = 0; c < channels; c++) {
            Moments m = new Moments();
            for (int i = 0; i < length; i++) m.add(x[c * length + i]);
            double mean = m.mean();
            for (int i = 0; i < n; i++) w[i] = (x[c * length + i] - mean) * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)));
            double[] p = Fft.power(w);
            double total = 0;
            for (int k = 1; k < p.length; k++) total += p[k]; // without the DC bin
            int o = c * (2 + bands);
            out[o] = m.rms();
            out[o + 1] = Double.isNaN(m.kurtosis()) ? 0 : m.kurtosis();
            for (int b = 0; b < bands; b++) {
                int from = 1 + (p.length - 1) * b / bands, to = 1 + (p.length - 1) * (b + 1) / bands;
                double e = 0;
                for (int k = from; k < to; k++) e += p[k];
                out[o + 2 + b] = total > 0 ? e / total : 0;
            }
        }
        return out;
    }
}
