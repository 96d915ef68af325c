package io.medli.onnx.tests;

import java.util.Random;

import io.medli.onnx.OnnxFormatException;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.proto.ModelProto;

/**
 * Mutates a real model's bytes and reads them: every mutant must either read, or fail with
 * {@link OnnxFormatException}; what reads must also go through inference, cost and the checker
 * without an exception. Used by a CI test with a small count and by the fuzz target
 * ({@code tools/fuzz.sh}) with tens of thousands.
 */
public final class MutationFuzz {
    /** Counts of what happened. */
    public record Outcome(int read, int rejected) {
    }

    private MutationFuzz() {
    }

    /** {@code MutationFuzz COUNT SEED MODEL...}: the fuzz target, outside CI. */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        long t0 = System.nanoTime();
        int total = 0;
        for (int i = 2; i < args.length; i++) {
            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[i]));
            Outcome o = run(b, count, seed + i);
            total += o.read() + o.rejected();
            System.out.printf("%s: %d mutants, %d read, %d rejected with a format error%n", args[i], count, o.read(), o.rejected());
        }
        System.out.printf("%d mutants in %.1f s, no crash%n", total, (System.nanoTime() - t0) / 1e9);
    }

    /** Runs {@code count} mutants of {@code original}; throws AssertionError naming the seed of a failure. */
    public static Outcome run(byte[] original, int count, long seed) {
        Random rnd = new Random(seed);
        byte[] work = original.clone();
        int read = 0, rejected = 0;
        for (int i = 0; i < count; i++) {
            long mutantSeed = rnd.nextLong();
            Random m = new Random(mutantSeed);
            int length = mutate(work, m);
            try {
                ModelProto p = OnnxModel.read(java.nio.ByteBuffer.wrap(work, 0, length), null).proto();
                CostModel.analyze(p, java.util.Map.of());
                ModelChecker.check(p);
                read++;
            } catch (OnnxFormatException e) {
                if (!e.getMessage().contains("at byte") && e.offset() >= 0) {
                    throw new AssertionError("format error without an offset for mutant " + mutantSeed + ": " + e.getMessage());
                }
                rejected++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("mutant with seed " + mutantSeed + " of seed " + seed + " threw " + e, e);
            } finally {
                System.arraycopy(original, 0, work, 0, original.length);
            }
        }
        return new Outcome(read, rejected);
    }

    /** Mutates in place; returns the length to read (truncation shortens it). */
    private static int mutate(byte[] b, Random m) {
        int kind = m.nextInt(5);
        int n = b.length;
        switch (kind) {
            case 0 -> { // flip bits
                for (int k = 1 + m.nextInt(8); k > 0; k--) b[m.nextInt(n)] ^= (byte) (1 << m.nextInt(8));
            }
            case 1 -> { // random bytes
                for (int k = 1 + m.nextInt(4); k > 0; k--) b[m.nextInt(n)] = (byte) m.nextInt(256);
            }
            case 2 -> { // truncate
                return m.nextInt(n);
            }
            case 3 -> { // a huge varint where a length is likely (early bytes are structure)
                int at = m.nextInt(Math.min(n - 6, 4096));
                b[at] = (byte) 0xff; b[at + 1] = (byte) 0xff; b[at + 2] = (byte) 0xff; b[at + 3] = (byte) 0xff; b[at + 4] = 0x07;
            }
            default -> { // copy a chunk over another (structure from elsewhere)
                int len = 1 + m.nextInt(64);
                int from = m.nextInt(n - len), to = m.nextInt(n - len);
                System.arraycopy(b, from, b, to, len);
            }
        }
        return n;
    }
}
