package io.medli.compress.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * BERT's WordPiece tokenizer as configured by a Hugging Face {@code tokenizer.json} (BertNormalizer,
 * BertPreTokenizer, WordPiece, [CLS] ... [SEP] template): turns real text into the token ids a
 * transformer model such as MiniLM was trained on, for calibration and fidelity measurements.
 */
public final class WordPieceTokenizer {
    private final Map<String, Integer> vocab;
    private final boolean lowercase;
    private final String unk;
    private final String prefix;
    private final int maxWordChars;
    private final int cls, sep;

    private WordPieceTokenizer(Map<String, Integer> vocab, boolean lowercase, String unk, String prefix, int maxWordChars) {
        this.vocab = vocab;
        this.lowercase = lowercase;
        this.unk = unk;
        this.prefix = prefix;
        this.maxWordChars = maxWordChars;
        this.cls = vocab.getOrDefault("[CLS]", -1);
        this.sep = vocab.getOrDefault("[SEP]", -1);
    }

    /** Reads a {@code tokenizer.json} with a WordPiece model. */
    public static WordPieceTokenizer load(Path tokenizerJson) throws IOException {
        try (Reader r = Files.newBufferedReader(tokenizerJson)) {
            JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
            JsonObject model = root.getAsJsonObject("model");
            if (model == null || !"WordPiece".equals(str(model, "type"))) {
                throw new IOException(tokenizerJson.getFileName() + " does not describe a WordPiece tokenizer (model.type is "
                        + (model == null ? "missing" : str(model, "type")) + ")");
            }
            Map<String, Integer> vocab = new HashMap<>();
            for (Map.Entry<String, JsonElement> e : model.getAsJsonObject("vocab").entrySet()) {
                vocab.put(e.getKey(), e.getValue().getAsInt());
            }
            JsonObject normalizer = root.has("normalizer") && root.get("normalizer").isJsonObject()
                    ? root.getAsJsonObject("normalizer") : null;
            boolean lower = normalizer == null || !normalizer.has("lowercase") || normalizer.get("lowercase").getAsBoolean();
            String unk = model.has("unk_token") ? model.get("unk_token").getAsString() : "[UNK]";
            String prefix = model.has("continuing_subword_prefix") ? model.get("continuing_subword_prefix").getAsString() : "##";
            int max = model.has("max_input_chars_per_word") ? model.get("max_input_chars_per_word").getAsInt() : 100;
            if (!vocab.containsKey(unk)) throw new IOException("the vocabulary has no unknown token '" + unk + "'");
            return new WordPieceTokenizer(vocab, lower, unk, prefix, max);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException(tokenizerJson.getFileName() + " is not a valid tokenizer.json: " + e.getMessage(), e);
        }
    }

    private static String str(JsonObject o, String k) {
        return o.has(k) && o.get(k).isJsonPrimitive() ? o.get(k).getAsString() : null;
    }

    /** Token ids of {@code text} with [CLS] and [SEP], at most {@code maxLength} of them (truncated on the right). */
    public long[] encode(String text, int maxLength) {
        List<Integer> ids = new ArrayList<>();
        if (cls >= 0) ids.add(cls);
        int room = maxLength - (cls >= 0 ? 1 : 0) - (sep >= 0 ? 1 : 0);
        for (String word : preTokenize(normalize(text))) {
            for (String piece : wordPiece(word)) {
                if (ids.size() - (cls >= 0 ? 1 : 0) >= room) break;
                ids.add(vocab.get(piece));
            }
        }
        if (sep >= 0) ids.add(sep);
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = ids.get(i);
        return out;
    }

    private String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xfffd) return;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                return;
            } else if (isCjk(c)) {
                b.append(' ').appendCodePoint(c).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        String s = b.toString();
        if (lowercase) {
            s = s.toLowerCase(java.util.Locale.ROOT);
            // BERT strips accents whenever it lowercases (strip_accents unset)
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        }
        return s;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static List<String> preTokenize(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split(" +")) {
            if (w.isEmpty()) continue;
            StringBuilder cur = new StringBuilder();
            w.codePoints().forEach(c -> {
                if (isPunctuation(c)) {
                    if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
                    out.add(new String(Character.toChars(c)));
                } else {
                    cur.appendCodePoint(c);
                }
            });
            if (cur.length() > 0) out.add(cur.toString());
        }
        return out;
    }

    /** Greedy longest-match-first, as BERT does; a word that cannot be covered is one unknown token. */
    private List<String> wordPiece(String word) {
        if (word.codePointCount(0, word.length()) > maxWordChars) return List.of(unk);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String found = null;
            while (start < end) {
                String sub = (start > 0 ? prefix : "") + word.substring(start, end);
                if (vocab.containsKey(sub)) {
                    found = sub;
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) return List.of(unk);
            pieces.add(found);
            start = end;
        }
        return pieces;
    }
}
