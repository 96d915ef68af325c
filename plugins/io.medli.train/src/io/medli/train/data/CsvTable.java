package io.medli.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CSV table (comma or semicolon separated; a first row with any non-number is a header) of numeric feature columns and one
 * label column: samples of shape [features]. The label column is named by the header or is the
 * last column; its values are the class names (sorted, numerically when they are all numbers).
 */
public final class CsvTable {
    private CsvTable() {
    }

    public static boolean looksLike(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".csv") || n.endsWith(".csv.gz"));
    }

    /** @param labelColumn the header name of the label column, or null for the last column */
    public static Dataset read(Path file, String labelColumn) throws DataException {
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        try (BufferedReader r = reader(file)) {
            String line;
            int lineNo = 0;
            char sep = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                if (sep == 0) sep = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
                String[] cells = line.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].trim().replaceAll("^\"|\"$", "");
                if (header == null && rows.isEmpty() && !java.util.Arrays.stream(cells).allMatch(CsvTable::numeric)) {
                    header = cells;
                    continue;
                }
                if (!rows.isEmpty() && cells.length != rows.get(0).length) {
                    throw new DataException(file + " line " + lineNo + " has " + cells.length + " columns, the first row " + rows.get(0).length);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new DataException(file + " has no data rows");
        int columns = rows.get(0).length;
        if (columns < 2) throw new DataException(file + " needs feature columns and a label column; it has " + columns + " column");
        int label = columns - 1;
        if (labelColumn != null) {
            if (header == null) throw new DataException(file + " has no header row, so there is no column named " + labelColumn);
            label = List.of(header).indexOf(labelColumn);
            if (label < 0) throw new DataException(file + " has no column " + labelColumn + " (it has " + List.of(header) + ")");
        }
        Map<String, Integer> names = new TreeMap<>(CsvTable::compareLabels);
        for (String[] row : rows) names.put(row[label], 0);
        List<String> classes = new ArrayList<>(names.keySet());
        for (int i = 0; i < classes.size(); i++) names.put(classes.get(i), i);
        int features = columns - 1;
        float[] x = new float[rows.size() * features];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int k = 0;
            for (int c = 0; c < columns; c++) {
                if (c == label) continue;
                try {
                    x[i * features + k++] = Float.parseFloat(row[c]);
                } catch (NumberFormatException e) {
                    throw new DataException(file + " data row " + (i + 1) + ", column " + (c + 1) + ": '" + row[c] + "' is not a number");
                }
            }
            y[i] = names.get(row[label]);
        }
        return new Dataset(file.getFileName().toString(), new int[] { features }, x, y, classes);
    }

    private static BufferedReader reader(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return new BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static boolean numeric(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int compareLabels(String a, String b) {
        if (numeric(a) && numeric(b)) return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        return a.compareTo(b);
    }
}
