package io.medli.train.internal;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import io.medli.train.TrainingEvent;
import io.medli.train.TrainingSpec;

/** One JSON line per event (or spec) between the IDE and a training worker. */
public final class EventCodec {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();
    private static final Map<String, Class<? extends TrainingEvent>> TYPES = Map.of(
            "started", TrainingEvent.Started.class, "step", TrainingEvent.Step.class, "epoch", TrainingEvent.EpochEnd.class,
            "checkpoint", TrainingEvent.Checkpoint.class, "message", TrainingEvent.Message.class, "finished", TrainingEvent.Finished.class,
            "failed", TrainingEvent.Failed.class);

    private EventCodec() {
    }

    public static String encode(TrainingEvent e) {
        String type = TYPES.entrySet().stream().filter(x -> x.getValue() == e.getClass()).findFirst().orElseThrow().getKey();
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        o.add("event", GSON.toJsonTree(e));
        return GSON.toJson(o);
    }

    /** @return the event, or null when the line is not an event */
    public static TrainingEvent decode(String line) {
        try {
            JsonObject o = GSON.fromJson(line, JsonObject.class);
            if (o == null || !o.has("type") || !o.has("event")) return null;
            Class<? extends TrainingEvent> c = TYPES.get(o.get("type").getAsString());
            return c == null ? null : GSON.fromJson(o.get("event"), c);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return null;
        }
    }

    public static String encode(TrainingSpec spec) {
        return GSON.toJson(spec);
    }

    public static TrainingSpec decodeSpec(String json) {
        TrainingSpec s = GSON.fromJson(json, TrainingSpec.class);
        if (s == null) throw new JsonParseException("empty training spec");
        return s;
    }
}
