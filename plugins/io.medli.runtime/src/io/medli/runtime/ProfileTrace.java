package io.medli.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Reads ONNX Runtime's profiling trace (Chrome trace JSON) into per-node timings. */
public final class ProfileTrace {
    private static final String KERNEL = "_kernel_time";

    private ProfileTrace() {
    }

    /**
     * Per-node kernel times, summed over the runs in the trace after skipping the first
     * {@code skipRuns} of {@code totalRuns}.
     */
    public static List<NodeTiming> parse(Path trace, int totalRuns, int skipRuns) throws IOException {
        JsonArray events;
        try (Reader r = Files.newBufferedReader(trace)) {
            JsonElement root = JsonParser.parseReader(r);
            events = root.isJsonArray() ? root.getAsJsonArray() : root.getAsJsonObject().getAsJsonArray("traceEvents");
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException("ONNX Runtime's profile " + trace + " is not valid trace JSON: " + e.getMessage(), e);
        }
        if (events == null) {
            throw new IOException("ONNX Runtime's profile " + trace + " holds no events");
        }
        int run = -1;
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, String> ops = new LinkedHashMap<>();
        for (JsonElement e : events) {
            if (!e.isJsonObject()) continue;
            JsonObject o = e.getAsJsonObject();
            String cat = str(o, "cat");
            String name = str(o, "name");
            if ("Session".equals(cat) && "model_run".equals(name)) {
                run++; // model_run closes a run: node events before it belong to run 'run'
                continue;
            }
            if (!"Node".equals(cat) || name == null || !name.endsWith(KERNEL)) continue;
            if (run + 1 < skipRuns) continue;
            String node = name.substring(0, name.length() - KERNEL.length());
            long dur = o.has("dur") ? o.get("dur").getAsLong() : 0;
            totals.computeIfAbsent(node, k -> new long[1])[0] += dur;
            JsonObject args = o.has("args") && o.get("args").isJsonObject() ? o.getAsJsonObject("args") : null;
            if (args != null && args.has("op_name")) ops.putIfAbsent(node, args.get("op_name").getAsString());
        }
        int runs = Math.max(1, totalRuns - skipRuns);
        List<NodeTiming> out = new ArrayList<>();
        totals.forEach((node, t) -> out.add(new NodeTiming(node, ops.getOrDefault(node, ""), t[0], runs)));
        out.sort((a, b) -> Long.compare(b.totalMicros(), a.totalMicros()));
        return out;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
