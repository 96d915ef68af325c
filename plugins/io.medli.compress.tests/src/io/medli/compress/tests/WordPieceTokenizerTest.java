package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.medli.compress.text.WordPieceTokenizer;

/** Token ids checked against an independent implementation of BERT's WordPiece on the same vocabulary. */
class WordPieceTokenizerTest {
    private static WordPieceTokenizer miniLm() throws IOException {
        return WordPieceTokenizer.load(Path.of(System.getProperty("medli.models.dir", "build/models"), "all-minilm-l6-v2-tokenizer.json"));
    }

    @Test
    void encodesLikeBert() throws Exception {
        WordPieceTokenizer t = miniLm();
        assertArrayEquals(new long[] { 101, 7592, 1010, 2088, 999, 102 }, t.encode("Hello, world!", 128));
        assertArrayEquals(new long[] { 101, 15743, 3341, 5733, 2448, 24110, 3775, 9276, 1011, 5204, 4275, 1012, 102 },
                t.encode("Na\u00efve edge devices run quantization-aware models.", 128), "accents stripped, subwords, punctuation");
        assertArrayEquals(new long[] { 101, 1996, 4007, 2003, 3024, 1000, 2004, 2003, 1000, 1012, 102 },
                t.encode("THE SOFTWARE IS PROVIDED \"AS IS\".", 128));
    }

    @Test
    void truncatesKeepingTheSeparator() throws Exception {
        long[] ids = miniLm().encode("Hello, world! Hello, world! Hello, world!", 5);
        assertArrayEquals(new long[] { 101, 7592, 1010, 2088, 102 }, ids);
        assertEquals(5, ids.length);
    }

    @Test
    void notAWordPieceFileIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"BPE\", \"vocab\": {}}}");
        IOException e = assertThrows(IOException.class, () -> WordPieceTokenizer.load(p));
        assertEquals("tokenizer.json does not describe a WordPiece tokenizer (model.type is BPE)", e.getMessage());
    }
}
