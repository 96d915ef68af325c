package io.medli.store;

import java.time.Instant;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/** Stored measurements as CSV (one header row, RFC 4180 quoting) or JSON, for spreadsheets and scripts. */
public final class ResultsExport {
    private ResultsExport() {
    }

    public static String csv(List<MeasurementRow> rows) {
        StringBuilder b = new StringBuilder("id,measured_at,board,arch,cpu,model,model_sha256,model_bytes,runtime,runtime_version,batch,threads,runs,"
                + "mean_ms,sd_ms,min_ms,p50_ms,p90_ms,p99_ms,max_ms,items_per_s,first_load_ms,warm_load_ms,peak_memory_bytes\n");
        for (MeasurementRow r : rows) {
            Object[] v = { r.id(), r.measuredAt(), r.device(), r.arch(), r.cpuModel(), r.model(), r.modelSha256(), r.modelBytes(), r.runtime(), r.runtimeVersion(),
                    r.batch(), r.threads(), r.runs(), r.meanMs(), r.sdMs(), r.minMs(), r.p50Ms(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.throughput(), r.firstLoadMs(),
                    r.warmLoadMs(), r.peakMemoryBytes() };
            for (int i = 0; i < v.length; i++) {
                if (i > 0) b.append(',');
                b.append(field(v[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Rows of the model database as CSV. */
    public static String modelDbCsv(List<ModelDatabase.Row> rows) {
        StringBuilder b = new StringBuilder("measurement,architecture,task,parameters,macs,model,sha256,format,bytes,accuracy,dataset,board,batch,threads,p50_ms,measured_at\n");
        for (ModelDatabase.Row r : rows) {
            Object[] v = { r.measurementId(), r.architecture(), r.task(), r.parameters(), r.macs(), r.model(), r.sha256(), r.numberFormat(), r.modelBytes(), r.accuracy(),
                    r.accuracyDataset(), r.device(), r.batch(), r.threads(), r.p50Ms(), r.measuredAt() };
            for (int i = 0; i < v.length; i++) {
                if (i > 0) b.append(',');
                b.append(field(v[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String json(List<MeasurementRow> rows) {
        return new GsonBuilder().setPrettyPrinting().registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (t, type, c) -> new JsonPrimitive(t.toString()))
                .create().toJson(rows);
    }

    private static String field(Object o) {
        if (o == null) return "";
        String s = o.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
